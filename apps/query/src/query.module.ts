import { Module } from '@nestjs/common';
import { PlatformModule } from '@ocop/common';
import { ProjectionsModule } from '@ocop/event-sourcing';
import { integrationEventCatalog } from '@ocop/events';
import { READ_MODELS } from './projections';

@Module({
  imports: [
    PlatformModule.forService('query'),
    ProjectionsModule.forRoot(integrationEventCatalog(), READ_MODELS),
  ],
})
export class QueryModule {}
