import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AccessTokens, TokenHolder } from './access-tokens';
import { isPublicRoute } from './public.decorator';
import { Caller } from './roles';
import { UserStates } from './user-states';

export type AuthenticatedRequest = Request & { caller?: Caller };

/**
 * Every route needs a valid bearer token of an active user, issued since the user's last password
 * change or deactivation (its token version), unless the route opts out (@Public(), or /health and
 * /metrics for the platform's probes and scrapers). A public route still learns who calls when a
 * valid token comes along (the status page shows its details to officers).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly users: UserStates,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (isPublicRoute(this.reflector, context)) {
      req.caller = await this.callerIfAny(req);
      return true;
    }
    const token = bearerToken(req);
    if (!token) {
      throw new UnauthorizedException(
        'a bearer access token is required (POST /api/v1/auth/login)',
      );
    }
    const holder = await this.tokens.read(token);
    if (!holder) throw new UnauthorizedException('the access token is invalid or expired');
    const problem = await this.revoked(holder);
    if (problem) throw new UnauthorizedException(problem);
    req.caller = holder.caller;
    return true;
  }

  /** Why a well-signed token no longer counts, or null when it does. */
  private async revoked({ caller, tokenVersion }: TokenHolder): Promise<string | null> {
    const state = await this.users.get(caller.userId);
    if (!state || !state.active) return 'the user is deactivated';
    if (state.tokenVersion !== tokenVersion) {
      return 'the access token was revoked (password changed or user deactivated); log in again';
    }
    return null;
  }

  /** The caller of a valid token of an active user, if the request carries one; never refuses. */
  private async callerIfAny(req: Request): Promise<Caller | undefined> {
    const token = bearerToken(req);
    const holder = token ? await this.tokens.read(token) : null;
    if (!holder) return undefined;
    try {
      return (await this.revoked(holder)) ? undefined : holder.caller;
    } catch {
      return undefined;
    }
  }
}

function bearerToken(req: Request): string | undefined {
  const [scheme, token] = (req.header('authorization') ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}
