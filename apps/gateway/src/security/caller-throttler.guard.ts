import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/jwt-auth.guard';

/** Counts an authenticated caller's requests per user (many users share office IPs), others per IP. */
@Injectable()
export class CallerThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(req: AuthenticatedRequest): Promise<string> {
    return Promise.resolve(req.caller ? `user:${req.caller.userId}` : `ip:${req.ip}`);
  }
}
