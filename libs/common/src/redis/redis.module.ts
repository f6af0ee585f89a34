import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Redis, { RedisOptions } from 'ioredis';
import { CommonSettings } from '../config/settings.schema';

export const REDIS = Symbol('REDIS');

/** ioredis options from a redis:// URL, for clients (like BullMQ's) that take options, not URLs. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.replace('/', '');
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: db ? Number(db) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * The short-lived-state client (rate limits, idempotency keys, caches). Commands fail fast while
 * Redis is away instead of queueing without bound, so callers and /health see the outage.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<CommonSettings, true>) =>
        new Redis({
          ...redisOptionsFromUrl(config.get('REDIS_URL', { infer: true })),
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectionName: config.get('KAFKA_CLIENT_ID', { infer: true }),
        }),
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
