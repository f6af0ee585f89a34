import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Inject, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { MongooseModule } from '@nestjs/mongoose';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { ServiceName } from './config/service-catalog';
import { CommonSettings, settingsSchema } from './config/settings.schema';
import { DiagnosticsModule } from './diagnostics/diagnostics.module';
import { HealthModule } from './health/health.module';
import { KafkaModule } from './kafka/kafka.module';
import { LoggingModule } from './logging/logging.module';
import { RedisModule, redisOptionsFromUrl } from './redis/redis.module';
import { InternalTrustMiddleware } from './security/internal-trust.middleware';

const PLATFORM_SERVICE = Symbol('PLATFORM_SERVICE');

/**
 * What every service has: validated settings, JSON logs, Kafka, MongoDB, Redis and BullMQ
 * connections, /health, /metrics and the wiring probes. A service's own module imports this once.
 * Every service behind the gateway answers only requests the gateway signed
 * (InternalTrustMiddleware); the gateway, the public entry, checks its callers itself.
 */
@Module({})
export class PlatformModule implements NestModule {
  constructor(@Inject(PLATFORM_SERVICE) private readonly service: ServiceName) {}

  configure(consumer: MiddlewareConsumer): void {
    if (this.service !== 'gateway') consumer.apply(InternalTrustMiddleware).forRoutes('{*path}');
  }

  static forService(service: ServiceName): DynamicModule {
    return {
      module: PlatformModule,
      providers: [{ provide: PLATFORM_SERVICE, useValue: service }],
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          cache: true,
          validationSchema: settingsSchema(service),
          validationOptions: { abortEarly: false },
        }),
        LoggingModule,
        MongooseModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<CommonSettings, true>) => ({
            uri: config.get('MONGO_URL', { infer: true }),
            dbName: config.get('MONGO_DB', { infer: true }),
            serverSelectionTimeoutMS: 5_000,
            retryAttempts: 3,
            retryDelay: 1_000,
          }),
        }),
        BullModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<CommonSettings, true>) => ({
            // Jobs act on one database's aggregates, so queues are named after it: two deployments
            // (or test runs) sharing a Redis never take each other's jobs.
            prefix: `bull:${config.get('MONGO_DB', { infer: true })}`,
            connection: {
              ...redisOptionsFromUrl(config.get('REDIS_URL', { infer: true })),
              maxRetriesPerRequest: null,
            },
          }),
        }),
        PrometheusModule.register({
          path: '/metrics',
          defaultMetrics: { enabled: true },
          defaultLabels: { service },
        }),
        KafkaModule,
        RedisModule,
        HealthModule,
        DiagnosticsModule,
      ],
    };
  }
}
