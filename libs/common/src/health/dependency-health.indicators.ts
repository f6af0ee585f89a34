import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { CommonSettings } from '../config/settings.schema';
import { KafkaConnection, withTimeout } from '../kafka/kafka-connection.service';
import { REDIS } from '../redis/redis.module';

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

@Injectable()
export class KafkaHealthIndicator {
  constructor(
    private readonly kafka: KafkaConnection,
    private readonly indicators: HealthIndicatorService,
    private readonly config: ConfigService<CommonSettings, true>,
  ) {}

  async check(key = 'kafka'): Promise<HealthIndicatorResult> {
    const session = this.indicators.check(key);
    try {
      const cluster = await this.kafka.describeCluster(
        this.config.get('HEALTH_TIMEOUT_MS', { infer: true }),
      );
      return session.up(cluster);
    } catch (error) {
      return session.down({ message: reason(error) });
    }
  }
}

@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly indicators: HealthIndicatorService,
    private readonly config: ConfigService<CommonSettings, true>,
  ) {}

  async check(key = 'redis'): Promise<HealthIndicatorResult> {
    const session = this.indicators.check(key);
    try {
      const answer = await withTimeout(
        this.redis.ping(),
        this.config.get('HEALTH_TIMEOUT_MS', { infer: true }),
        'Redis PING',
      );
      return session.up({ answer });
    } catch (error) {
      return session.down({ message: reason(error) });
    }
  }
}
