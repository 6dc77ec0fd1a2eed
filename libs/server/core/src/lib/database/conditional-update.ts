import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

export type ConditionalUpdateResult = 'updated' | 'missing' | 'stale';

/**
 * Optimistic concurrency by hand (STYLE.md): UPDATE … SET version = version + 1
 * WHERE id = :id AND version = :expected. One row changed means the caller saw the latest
 * version; otherwise the row is missing or someone else changed it first.
 */
export async function updateWithVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  patch: QueryDeepPartialEntity<T>,
): Promise<ConditionalUpdateResult> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...patch, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 1) return 'updated';
  const exists = await manager.getRepository(entity).createQueryBuilder('row').where('row.id = :id', { id }).getExists();
  return exists ? 'stale' : 'missing';
}

/** PostgreSQL's unique_violation, so callers can turn it into a CONFLICT naming the field. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.code ?? e?.driverError?.code;
  const name = e?.constraint ?? e?.driverError?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}
