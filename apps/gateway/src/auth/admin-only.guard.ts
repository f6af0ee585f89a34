import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from './jwt-auth.guard';

/**
 * Only an admin: refused with 403 before the body is read, so the door answers the same whatever
 * is sent through it (a pipe's 400 would come first).
 */
@Injectable()
export class AdminOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const caller = context.switchToHttp().getRequest<AuthenticatedRequest>().caller;
    if (caller?.role !== 'admin') throw new ForbiddenException('only an admin manages users');
    return true;
  }
}
