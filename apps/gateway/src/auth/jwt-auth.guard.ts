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
import { isPublicRoute } from './public.decorator';
import { Caller } from './roles';
import { UsersService } from './users.service';

export type AuthenticatedRequest = Request & { caller?: Caller };

// A deactivated user's token stops working within this long, without a database read per request.
const ACTIVE_CACHE_MS = 5_000;

/**
 * Every route needs a valid bearer token of an active user, unless it opts out (@Public(), or
 * /health and /metrics for the platform's probes and scrapers). A public route still learns who
 * calls when a valid token comes along (the status page shows its details to officers).
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
    if (isPublicRoute(this.reflector, context)) {
      req.caller = await this.callerIfAny(req);
      return true;
    }

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

  /** The caller of a valid token of an active user, if the request carries one; never refuses. */
  private async callerIfAny(req: Request): Promise<Caller | undefined> {
    const [scheme, token] = (req.header('authorization') ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return undefined;
    const caller = await this.tokens.read(token);
    if (!caller) return undefined;
    try {
      return (await this.isActive(caller.userId)) ? caller : undefined;
    } catch {
      return undefined;
    }
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
