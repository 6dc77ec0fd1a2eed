import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@consilium/contracts';
import { Clock, Principal, UnauthenticatedError } from '@consilium/server-core';
import { AuthSessionEntity } from './auth-session.entity';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { TokenService } from './token.service';
import { UserEntity } from './user.entity';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserEntity;
}

type RefreshOutcome = { ok: true; tokens: IssuedTokens } | { ok: false; code: IdentityErrorCode };

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly throttle: LoginThrottleService,
  ) {}

  async login(email: string, password: string): Promise<IssuedTokens> {
    const normalized = email.trim().toLowerCase();
    await this.throttle.assertAllowed(normalized);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email: normalized } });
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(normalized);
      throw new IdentityException(IdentityErrorCode.INVALID_CREDENTIALS);
    }
    await this.throttle.reset(normalized);

    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(manager.create(AuthSessionEntity, { userId: user.id }));
      return this.issue(manager, user, session.id);
    });
  }

  /**
   * Rotates a refresh token. A token presented a second time means it was copied: the whole
   * session (token family) is revoked, so neither the thief nor the owner can continue.
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const hash = this.tokens.hashRefreshToken(refreshToken);
    const outcome = await this.dataSource.transaction(async (manager): Promise<RefreshOutcome> => {
      const stored = await manager
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('token')
        .setLock('pessimistic_write')
        .where('token.tokenHash = :hash', { hash })
        .getOne();
      if (!stored) return { ok: false, code: IdentityErrorCode.INVALID_REFRESH_TOKEN };

      const session = await manager.findOneByOrFail(AuthSessionEntity, { id: stored.sessionId });
      if (session.revokedAt) return { ok: false, code: IdentityErrorCode.SESSION_REVOKED };
      if (stored.usedAt) {
        await this.revokeSession(manager, session.id, 'REFRESH_TOKEN_REUSED');
        return { ok: false, code: IdentityErrorCode.REFRESH_TOKEN_REUSED };
      }
      if (stored.expiresAt.getTime() <= this.clock.now().getTime()) {
        await this.revokeSession(manager, session.id, 'EXPIRED');
        return { ok: false, code: IdentityErrorCode.INVALID_REFRESH_TOKEN };
      }
      const user = await manager.findOneByOrFail(UserEntity, { id: session.userId });
      if (!user.active) {
        await this.revokeSession(manager, session.id, 'USER_DEACTIVATED');
        return { ok: false, code: IdentityErrorCode.SESSION_REVOKED };
      }
      await manager.update(RefreshTokenEntity, { id: stored.id }, { usedAt: this.clock.now() });
      return { ok: true, tokens: await this.issue(manager, user, session.id) };
    });
    // Thrown after the transaction so that a revocation above is committed, not rolled back.
    if (!outcome.ok) throw new IdentityException(outcome.code);
    return outcome.tokens;
  }

  /** Ends the session the refresh token belongs to; idempotent and silent about unknown tokens. */
  async logout(refreshToken: string): Promise<boolean> {
    const hash = this.tokens.hashRefreshToken(refreshToken);
    const stored = await this.dataSource.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash: hash } });
    if (stored) await this.revokeSession(this.dataSource.manager, stored.sessionId, 'LOGOUT');
    return true;
  }

  /**
   * Turns a bearer token into the caller, reading user, roles, teams and session from the
   * database every time: deactivation, role changes and logout take effect at once.
   */
  async authenticate(accessToken: string): Promise<Principal> {
    return this.principalOf(await this.tokens.verifyAccessToken(accessToken));
  }

  /**
   * The person behind a session, read from the database now (no token check): used by the live
   * gateway to re-check open sockets, whose tokens were verified when they were used.
   */
  async principalOf(claims: { sub: string; sid: string }): Promise<Principal> {
    const rows: {
      id: string;
      email: string;
      display_name: string;
      roles: string;
      active: boolean;
      revoked_at: Date | null;
      team_ids: string[];
    }[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name, u.roles::text[] AS roles, u.active, s.revoked_at,
              ARRAY(SELECT m.team_id FROM team_memberships m WHERE m.user_id = u.id ORDER BY m.team_id) AS team_ids
         FROM users u JOIN auth_sessions s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2`,
      [claims.sub, claims.sid],
    );
    const row = rows[0];
    if (!row || !row.active || row.revoked_at) {
      throw new UnauthenticatedError('SESSION_REVOKED', 'Your session has ended; please sign in again.');
    }
    return {
      userId: row.id,
      email: row.email,
      displayName: row.display_name,
      roles: row.roles as unknown as Role[],
      teamIds: row.team_ids,
      sessionId: claims.sid,
    };
  }

  async revokeAllSessions(manager: EntityManager, userId: string, reason: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: this.clock.now(), revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  private async revokeSession(manager: EntityManager, sessionId: string, reason: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: this.clock.now(), revokedReason: reason })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
  }

  private async issue(manager: EntityManager, user: UserEntity, sessionId: string): Promise<IssuedTokens> {
    const refresh = this.tokens.newRefreshToken();
    await manager.insert(RefreshTokenEntity, { sessionId, tokenHash: refresh.hash, expiresAt: refresh.expiresAt });
    const access = await this.tokens.issueAccessToken({ sub: user.id, sid: sessionId });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      user,
    };
  }
}
