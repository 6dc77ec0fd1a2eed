import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@consilium/contracts';
import { APP_CONFIG, AppConfig, Clock, decodeCursor, encodeCursor, REDIS } from '@consilium/server-core';
import { NotificationEntity } from './notification.entity';
import { NotificationKind } from './notification-kind';
import { NotificationsErrorCode, NotificationsException } from './notifications.exception';

export interface NotificationDraft {
  kind: NotificationKind;
  title: string;
  body: string;
  caseId?: string | null;
  teamId?: string | null;
  /** The event this notification reports (e.g. `follow-up:<id>:reminder:r1`); with the user it makes delivery idempotent. */
  eventKey: string;
}

/** The Redis pub/sub channel the live gateway listens on to push new notifications to connected users. */
export function notificationsChannel(config: Pick<AppConfig, 'REDIS_PREFIX'>): string {
  return `${config.REDIS_PREFIX}:notifications`;
}

/** Stored per user; written inside the caller's transaction, published after it commits. */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Active members of a team holding any of the roles. */
  async teamMembers(manager: EntityManager, teamId: string, roles: readonly Role[]): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM team_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.team_id = $1 AND u.active AND u.roles && $2::user_role[]
        ORDER BY u.id`,
      [teamId, roles],
    );
    return rows.map((r) => r.id);
  }

  /** One row per user; a second delivery of the same event to the same user inserts nothing. */
  async notify(manager: EntityManager, userIds: readonly string[], draft: NotificationDraft): Promise<NotificationEntity[]> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return [];
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, title, body, case_id, team_id, dedupe_key, created_at)
       SELECT u, $2, $3, $4, $5, $6, $7 || ':' || u, $8 FROM unnest($1::uuid[]) AS u
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [unique, draft.kind, draft.title, draft.body, draft.caseId ?? null, draft.teamId ?? null, draft.eventKey, this.clock.now()],
    );
    if (rows.length === 0) return [];
    return manager.getRepository(NotificationEntity).findBy(rows.map((r) => ({ id: r['id'] as string })));
  }

  /** After the transaction commits: tell the live gateway. Losing a push loses nothing; the list is the truth. */
  async publish(rows: readonly NotificationEntity[]): Promise<void> {
    const channel = notificationsChannel(this.config);
    for (const row of rows) {
      const message = {
        userId: row.userId,
        notification: { id: row.id, kind: row.kind, title: row.title, body: row.body, caseId: row.caseId, createdAt: row.createdAt.toISOString(), readAt: null },
      };
      await this.redis.publish(channel, JSON.stringify(message)).catch((error: unknown) => {
        this.logger.warn(`notification ${row.id} stored but not pushed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  }

  async list(userId: string, args: { first: number; after?: string | null; unreadOnly: boolean }) {
    const qb = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(args.first + 1);
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    if (args.after) {
      const [at, id] = decodeCursor(args.after);
      qb.andWhere('(n.created_at, n.id) < (:at, :id)', { at: new Date(String(at)), id });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, args.first);
    const last = page.at(-1);
    return {
      nodes: page,
      hasNextPage: rows.length > args.first,
      endCursor: last ? encodeCursor(last.createdAt.toISOString(), last.id) : null,
    };
  }

  async unreadCount(userId: string): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).countBy({ userId, readAt: null as unknown as undefined });
  }

  /** Marks one of your own notifications read (idempotent: reading twice keeps the first time). */
  async markRead(userId: string, id: string): Promise<NotificationEntity> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const row = await repo.findOneBy({ id });
    if (!row || row.userId !== userId) throw new NotificationsException(NotificationsErrorCode.NOT_FOUND, 'id');
    if (!row.readAt) {
      await repo.createQueryBuilder().update().set({ readAt: this.clock.now() }).where('id = :id AND read_at IS NULL', { id }).execute();
    }
    return repo.findOneByOrFail({ id });
  }
}
