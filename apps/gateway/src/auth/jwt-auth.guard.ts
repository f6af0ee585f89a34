import {
  CanActivate,
  ExecutionContext,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AccessTokens } from './access-tokens';
import { IS_PUBLIC } from './public.decorator';
import { Caller } from './roles';
import { UsersService } from './users.service';

export type AuthenticatedRequest = Request & { caller?: Caller };

// A deactivated user's token stops working within this long, without a database read per request.
const ACTIVE_CACHE_MS = 5_000;

/**
 * Every /api/v1 route needs a valid bearer token of an active user, unless marked @Public();
 * /health and /metrics stay open to the platform's probes and scrapers.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly active = new Map<string, { active: boolean; until: number }>();
  private readonly lookups = new Map<string, Promise<boolean>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!req.path.startsWith('/api/')) return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;

    const [scheme, token] = (req.header('authorization') ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthorizedException(
        'a bearer access token is required (POST /api/v1/auth/login)',
      );
    }
    const caller = await this.tokens.read(token);
    if (!caller) throw new UnauthorizedException('the access token is invalid or expired');
    if (!(await this.isActive(caller.userId))) {
      throw new UnauthorizedException('the user is deactivated');
    }
    req.caller = caller;
    return true;
  }

  private async isActive(userId: string): Promise<boolean> {
    const cached = this.active.get(userId);
    if (cached && cached.until > Date.now()) return cached.active;
    // One read per user when the entry runs out, however many of its requests are waiting: a read
    // per request piled up behind a busy database and held every one of them.
    return this.lookups.get(userId) ?? this.lookUp(userId);
  }

  private lookUp(userId: string): Promise<boolean> {
    const lookup = this.users
      .findById(userId)
      .then(
        (user) => {
          const active = user?.active === true;
          if (this.active.size > 10_000) this.active.clear();
          this.active.set(userId, { active, until: Date.now() + ACTIVE_CACHE_MS });
          return active;
        },
        () => {
          throw new ServiceUnavailableException('the user store is unavailable; try again');
        },
      )
      .finally(() => this.lookups.delete(userId));
    this.lookups.set(userId, lookup);
    return lookup;
  }
}
