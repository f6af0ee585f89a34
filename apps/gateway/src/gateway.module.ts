import { createSecretKey } from 'node:crypto';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { ThrottlerModule } from '@nestjs/throttler';
import { CommonSettings, GatewaySettings, PlatformModule, REDIS } from '@ocop/common';
import type Redis from 'ioredis';
import { AccessTokens } from './auth/access-tokens';
import { AuthController } from './auth/auth.controller';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { UserStates } from './auth/user-states';
import { User, UserSchema } from './auth/user.schema';
import { UsersController } from './auth/users.controller';
import { UsersService } from './auth/users.service';
import { BackendServices } from './forwarding/backend-services';
import { ForwardingController, GATEWAY_ROUTE_TABLE } from './forwarding/forwarding.controller';
import { IdempotencyMiddleware } from './idempotency/idempotency.middleware';
import { GATEWAY_ROUTES } from './routes';
import { CallerThrottlerGuard } from './security/caller-throttler.guard';
import { loginThrottlers } from './security/login-throttlers';
import { RedisThrottlerStorage } from './security/redis-throttler.storage';
import { PublicPageController } from './public-page/public-page.controller';
import { StatusController } from './status/status.controller';

@Module({
  imports: [
    PlatformModule.forService('gateway'),
    MongooseModule.forFeature([{ name: User.name, schema: UserSchema }]),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<GatewaySettings, true>) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a
        // public key on every verify, which cost more CPU than the rest of a request.
        secret: createSecretKey(config.get<string>('JWT_SECRET'), 'utf8'),
        signOptions: {
          algorithm: 'HS256',
          expiresIn: config.get('JWT_TTL_SECONDS', { infer: true }),
        },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [ConfigService, REDIS],
      useFactory: (
        config: ConfigService<GatewaySettings & CommonSettings, true>,
        redis: Redis,
      ) => ({
        storage: new RedisThrottlerStorage(redis, config.get('MONGO_DB', { infer: true })),
        errorMessage: 'too many requests; try again in a minute',
        throttlers: [
          {
            name: 'default',
            ttl: 60_000,
            limit: config.get('RATE_LIMIT_PER_MINUTE', { infer: true }),
          },
          ...loginThrottlers(
            config.get('LOGIN_RATE_LIMIT_PER_MINUTE', { infer: true }),
            config.get('LOGIN_ACCOUNT_RATE_LIMIT_PER_MINUTE', { infer: true }),
          ),
        ],
      }),
    }),
  ],
  // The forwarding controller's catch-all route comes last, after the gateway's own routes.
  controllers: [
    AuthController,
    UsersController,
    StatusController,
    PublicPageController,
    ForwardingController,
  ],
  providers: [
    BackendServices,
    UsersService,
    UserStates,
    AccessTokens,
    { provide: GATEWAY_ROUTE_TABLE, useValue: GATEWAY_ROUTES },
    // Authentication first, so the rate limit counts per user.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: CallerThrottlerGuard },
  ],
})
export class GatewayModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Idempotency-Key on every command (bound once: per controller it ran twice where two match).
    consumer.apply(IdempotencyMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
