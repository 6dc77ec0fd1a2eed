import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@consilium/server-core';
import { CaseEntity } from './case.entity';
import { CasesErrorCode, CasesException } from './cases.exception';

/**
 * The one gate to a case for every feature: a case outside the caller's teams reads as
 * NOT_FOUND, exactly like a case that does not exist (its existence is not disclosed).
 */
@Injectable()
export class CaseAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async requireCase(principal: Principal, caseId: string, options: { manager?: EntityManager; lock?: boolean; field?: string } = {}): Promise<CaseEntity> {
    const manager = options.manager ?? this.dataSource.manager;
    const query = manager.getRepository(CaseEntity).createQueryBuilder('c').where('c.id = :caseId', { caseId });
    if (options.lock) query.setLock('pessimistic_write');
    const found = /^[0-9a-f-]{36}$/i.test(caseId) ? await query.getOne() : null;
    if (!found || !principal.teamIds.includes(found.teamId)) {
      throw new CasesException(CasesErrorCode.CASE_NOT_FOUND, options.field ?? 'caseId');
    }
    return found;
  }
}
