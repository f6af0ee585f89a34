import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import { AuthController } from '../auth/auth.controller';

const isLogin = (context: ExecutionContext): boolean =>
  context.getClass() === AuthController && context.getHandler() === AuthController.prototype.login;

/** The account a login names, as users are stored (trimmed, lower case), whatever its spelling. */
export function loginAccount(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

/**
 * Password guessing: few logins per client address and minute, and few per account, so guesses
 * spread over many addresses still meet a limit. Both are tied to the login handler itself,
 * however its path was spelled.
 */
export function loginThrottlers(perAddress: number, perAccount: number): ThrottlerOptions[] {
  return [
    { name: 'login', ttl: 60_000, limit: perAddress, skipIf: (context) => !isLogin(context) },
    {
      name: 'login-account',
      ttl: 60_000,
      limit: perAccount,
      skipIf: (context) => !isLogin(context),
      getTracker: (req) => `account:${loginAccount((req as unknown as Request).body)}`,
    },
  ];
}
