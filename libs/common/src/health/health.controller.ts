import { Controller, Get } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthCheck, HealthCheckService, MongooseHealthIndicator } from '@nestjs/terminus';
import { CommonSettings } from '../config/settings.schema';
import { KafkaHealthIndicator, RedisHealthIndicator } from './dependency-health.indicators';

/** 200 when Kafka, MongoDB and Redis all answer; 503 naming each one that does not. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly mongo: MongooseHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly config: ConfigService<CommonSettings, true>,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    const timeout = this.config.get('HEALTH_TIMEOUT_MS', { infer: true });
    return this.health.check([
      () => this.kafka.check('kafka'),
      () => this.mongo.pingCheck('mongodb', { timeout }),
      () => this.redis.check('redis'),
    ]);
  }
}
