import { Module } from '@nestjs/common';
import { PlatformModule } from '@ocop/common';
import { EventSourcingModule } from '@ocop/event-sourcing';
import { integrationEventCatalog } from '@ocop/events';

@Module({
  imports: [
    PlatformModule.forService('trade-fairs'),
    EventSourcingModule.forService(integrationEventCatalog()),
  ],
})
export class TradeFairsModule {}
