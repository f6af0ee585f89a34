import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Caller, USER_ROLES, UserRole } from './roles';

interface TokenClaims {
  sub: string;
  role: UserRole;
  org: string | null;
  /** The user's token version when it was issued (see UserStates). */
  ver?: number;
}

/** A token's caller and the user's token version it was issued under. */
export interface TokenHolder {
  caller: Caller;
  tokenVersion: number;
}

/** Signs and reads the gateway's access tokens (HS256, JWT_SECRET, JWT_TTL_SECONDS). */
@Injectable()
export class AccessTokens {
  constructor(private readonly jwt: JwtService) {}

  sign(caller: Caller, tokenVersion: number): Promise<string> {
    const claims: TokenClaims = {
      sub: caller.userId,
      role: caller.role,
      org: caller.organisationId,
      ver: tokenVersion,
    };
    return this.jwt.signAsync(claims);
  }

  /**
   * Who a token names, or null when it is malformed, forged (another key, another algorithm, or
   * none: only HS256 is accepted) or expired.
   */
  async read(token: string): Promise<TokenHolder | null> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string' || !USER_ROLES.includes(claims.role)) return null;
      // Tokens issued before versions existed are of version 0, as are users never changed.
      const tokenVersion = claims.ver ?? 0;
      if (!Number.isInteger(tokenVersion)) return null;
      return {
        caller: { userId: claims.sub, role: claims.role, organisationId: claims.org ?? null },
        tokenVersion,
      };
    } catch {
      return null;
    }
  }
}
