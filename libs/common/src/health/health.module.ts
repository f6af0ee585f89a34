import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { KafkaModule } from '../kafka/kafka.module';
import { KafkaHealthIndicator, RedisHealthIndicator } from './dependency-health.indicators';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), KafkaModule],
  controllers: [HealthController],
  providers: [KafkaHealthIndicator, RedisHealthIndicator],
})
export class HealthModule {}
