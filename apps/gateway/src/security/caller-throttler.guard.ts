import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/jwt-auth.guard';

/**
 * Counts an authenticated caller's requests per user (many users share office IPs), others per IP.
 * Admins are not limited: they run the bulk work (imports, rebuilds) and are trusted operators.
 */
@Injectable()
export class CallerThrottlerGuard extends ThrottlerGuard {
  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // /health, /metrics and /docs are for probes, scrapers and readers, not the API's clients.
    return Promise.resolve(!req.path.startsWith('/api/') || req.caller?.role === 'admin');
  }

  protected override getTracker(req: AuthenticatedRequest): Promise<string> {
    return Promise.resolve(req.caller ? `user:${req.caller.userId}` : `ip:${req.ip}`);
  }
}
