import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Caller, USER_ROLES, UserRole } from './roles';

interface TokenClaims {
  sub: string;
  role: UserRole;
  org: string | null;
}

/** Signs and reads the gateway's access tokens (HS256, JWT_SECRET, JWT_TTL_SECONDS). */
@Injectable()
export class AccessTokens {
  constructor(private readonly jwt: JwtService) {}

  sign(caller: Caller): Promise<string> {
    const claims: TokenClaims = {
      sub: caller.userId,
      role: caller.role,
      org: caller.organisationId,
    };
    return this.jwt.signAsync(claims);
  }

  /** The caller a token names, or null when it is malformed, forged or expired. */
  async read(token: string): Promise<Caller | null> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string' || !USER_ROLES.includes(claims.role)) return null;
      return { userId: claims.sub, role: claims.role, organisationId: claims.org ?? null };
    } catch {
      return null;
    }
  }
}
