import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@consilium/server-core';

/** How long ended sign-ins stay readable (for security review) before they are deleted. */
export const ENDED_SESSION_RETENTION_DAYS = 30;

@Injectable()
export class SessionCleanupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Deletes refresh tokens that can no longer be used (expired, or of an ended session) and
   * sessions that ended more than the retention period ago. Idempotent.
   */
  async purge(): Promise<{ tokensDeleted: number; sessionsDeleted: number }> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - ENDED_SESSION_RETENTION_DAYS * 24 * 3600 * 1000);
    return this.dataSource.transaction(async (manager) => {
      // Counted through a CTE: TypeORM returns [rows, count] for a bare DELETE, rows for a SELECT.
      const [tokens]: { n: number }[] = await manager.query(
        `WITH gone AS (
           DELETE FROM refresh_tokens t USING auth_sessions s
            WHERE t.session_id = s.id AND (t.expires_at < $1 OR s.revoked_at IS NOT NULL)
           RETURNING t.id)
         SELECT count(*)::int AS n FROM gone`,
        [now],
      );
      const [sessions]: { n: number }[] = await manager.query(
        `WITH gone AS (
           DELETE FROM auth_sessions s
            WHERE (s.revoked_at IS NOT NULL AND s.revoked_at < $1)
               OR (NOT EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.session_id = s.id) AND s.created_at < $1)
           RETURNING s.id)
         SELECT count(*)::int AS n FROM gone`,
        [cutoff],
      );
      return { tokensDeleted: tokens.n, sessionsDeleted: sessions.n };
    });
  }
}
