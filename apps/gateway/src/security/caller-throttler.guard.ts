import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/jwt-auth.guard';
import { isPlatformRoute } from '../auth/public.decorator';

/**
 * Every route is limited, public ones too: an authenticated caller's requests per user (many users
 * share office IPs), others per client address (req.ip: the peer, or what a trusted proxy says,
 * TRUSTED_PROXIES). Admins are not limited: they run the bulk work (imports, rebuilds) and are
 * trusted operators; nor are /health and /metrics, for the platform's probes and scrapers.
 */
@Injectable()
export class CallerThrottlerGuard extends ThrottlerGuard {
  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return Promise.resolve(isPlatformRoute(context) || req.caller?.role === 'admin');
  }

  protected override getTracker(req: AuthenticatedRequest): Promise<string> {
    return Promise.resolve(req.caller ? `user:${req.caller.userId}` : `ip:${req.ip}`);
  }
}
