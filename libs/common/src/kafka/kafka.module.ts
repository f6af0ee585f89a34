import { Global, Module } from '@nestjs/common';
import { KafkaConnection } from './kafka-connection.service';

@Global()
@Module({
  providers: [KafkaConnection],
  exports: [KafkaConnection],
})
export class KafkaModule {}
