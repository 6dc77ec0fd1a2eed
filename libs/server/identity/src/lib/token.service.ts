import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig, Clock, UnauthenticatedError } from '@consilium/server-core';

export interface AccessClaims {
  sub: string;
  sid: string;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issueAccessToken(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    const exp = nowSeconds + this.config.ACCESS_TOKEN_TTL_SECONDS;
    const token = await this.jwt.signAsync({ sub: claims.sub, sid: claims.sid, iat: nowSeconds, exp, typ: 'access' });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  async verifyAccessToken(token: string): Promise<AccessClaims> {
    try {
      const payload = await this.jwt.verifyAsync<AccessClaims & { typ?: string }>(token, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
      if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
        throw new Error('not an access token');
      }
      return { sub: payload.sub, sid: payload.sid };
    } catch {
      throw new UnauthenticatedError('INVALID_ACCESS_TOKEN', 'Your sign-in has expired or is invalid; please sign in again.');
    }
  }

  newRefreshToken(): { token: string; hash: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
    return { token, hash: this.hashRefreshToken(token), expiresAt };
  }

  /** Refresh tokens carry 256 random bits, so a fast hash is enough to make the stored value useless. */
  hashRefreshToken(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
