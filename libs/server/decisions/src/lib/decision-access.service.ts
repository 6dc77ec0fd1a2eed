import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { CaseAccessService, CaseEntity, CasesException } from '@consilium/server-cases';
import { ConditionalUpdateResult, Principal } from '@consilium/server-core';
import { DecisionEntity } from './decision.entity';
import { DecisionsErrorCode, DecisionsException } from './decisions.exception';
import { FollowUpEntity } from './follow-up.entity';

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * Decisions and follow-ups are reached through their case: outside the caller's teams they read
 * as NOT_FOUND, exactly like rows that do not exist.
 */
@Injectable()
export class DecisionAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseAccessService,
  ) {}

  async requireDecision(principal: Principal, id: string, options: { manager?: EntityManager; lock?: boolean; field?: string } = {}) {
    return this.require(principal, DecisionEntity, DecisionsErrorCode.DECISION_NOT_FOUND, id, options);
  }

  async requireFollowUp(principal: Principal, id: string, options: { manager?: EntityManager; lock?: boolean; field?: string } = {}) {
    return this.require(principal, FollowUpEntity, DecisionsErrorCode.FOLLOW_UP_NOT_FOUND, id, options);
  }

  private async require<T extends ObjectLiteral & { caseId: string }>(
    principal: Principal,
    entity: EntityTarget<T>,
    notFound: DecisionsErrorCode,
    id: string,
    options: { manager?: EntityManager; lock?: boolean; field?: string },
  ): Promise<{ row: T; kase: CaseEntity }> {
    const manager = options.manager ?? this.dataSource.manager;
    const field = options.field ?? 'id';
    const query = manager.getRepository(entity).createQueryBuilder('row').where('row.id = :id', { id });
    if (options.lock) query.setLock('pessimistic_write');
    const row = UUID.test(id) ? await query.getOne() : null;
    if (!row) throw new DecisionsException(notFound, field);
    try {
      const kase = await this.cases.requireCase(principal, row.caseId, { manager, lock: options.lock, field });
      return { row, kase };
    } catch (error) {
      if (error instanceof CasesException) throw new DecisionsException(notFound, field);
      throw error;
    }
  }
}

/** Turns the result of a versioned update into this feature's errors. */
export function checkUpdate(result: ConditionalUpdateResult, notFound: DecisionsErrorCode, field = 'input.expectedVersion'): void {
  if (result === 'missing') throw new DecisionsException(notFound);
  if (result === 'stale') throw new DecisionsException(DecisionsErrorCode.STALE_VERSION, field);
}
