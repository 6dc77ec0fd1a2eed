import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '@consilium/server-core';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  teamId?: string | null;
  /** Ids and changed fields; keep PHI out (names, MRNs, free text). */
  data?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);
/** Serialises appends so the chain has one order; taken per transaction, released at commit. */
const AUDIT_LOCK_KEY = 7_281_001;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

export function auditHash(prevHash: string, event: Omit<AuditEventEntity, 'id' | 'hash' | 'prevHash'>): string {
  return createHash('sha256')
    .update(prevHash)
    .update(
      canonical({
        occurredAt: event.occurredAt,
        actorId: event.actorId,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        teamId: event.teamId,
        data: event.data,
      }),
    )
    .digest('hex');
}

@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  /** Appends within the caller's transaction, so the audit row commits or rolls back with the change. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
    const last: { hash: string }[] = await manager.query('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const event = {
      occurredAt: this.clock.now(),
      actorId: record.actorId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      teamId: record.teamId ?? null,
      data: record.data ?? {},
    };
    await manager.query(
      `INSERT INTO audit_events (occurred_at, actor_id, action, entity_type, entity_id, team_id, data, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        event.occurredAt,
        event.actorId,
        event.action,
        event.entityType,
        event.entityId,
        event.teamId,
        JSON.stringify(event.data),
        prevHash,
        auditHash(prevHash, event),
      ],
    );
  }

  /** Re-computes the chain; returns the id of the first row that does not match, or null. */
  async verifyChain(manager: EntityManager): Promise<string | null> {
    const rows = await manager.find(AuditEventEntity, { order: { id: 'ASC' } });
    let prev = GENESIS_HASH;
    for (const row of rows) {
      if (row.prevHash !== prev || auditHash(prev, row) !== row.hash) return row.id;
      prev = row.hash;
    }
    return null;
  }
}
