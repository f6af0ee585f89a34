import { Module } from '@nestjs/common';
import { PlatformModule } from '@ocop/common';
import { BackendServices } from './status/backend-services';
import { StatusController } from './status/status.controller';

@Module({
  imports: [PlatformModule.forService('gateway')],
  controllers: [StatusController],
  providers: [BackendServices],
})
export class GatewayModule {}
