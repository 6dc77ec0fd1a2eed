import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseEntity, CaseStatus } from '@consilium/server-cases';
import { ForbiddenError, InputError, Principal } from '@consilium/server-core';
import { PharmacistWorklistArgs } from './dto/worklist.args';
import { WorklistReviewState } from './pharmacy.enums';

/** Cases still heading for a discussion: the ones a pharmacist reviews beforehand. */
export const WORKLIST_CASE_STATUSES = [CaseStatus.REFERRED, CaseStatus.TRIAGED, CaseStatus.READY, CaseStatus.LISTED, CaseStatus.DEFERRED];

interface Cursor {
  due: string | null;
  id: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(c: CaseEntity): string {
  return Buffer.from(JSON.stringify([c.targetDiscussionDate, c.id])).toString('base64url');
}

export function decodeCursor(value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && (parsed[0] === null || (typeof parsed[0] === 'string' && DATE.test(parsed[0]))) && typeof parsed[1] === 'string' && UUID.test(parsed[1])) {
      return { due: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the input error below.
  }
  throw new InputError('after', 'after must be a cursor from this list');
}

const REVIEW_EXISTS = (status: string) => `EXISTS (SELECT 1 FROM pharmacist_reviews r WHERE r.case_id = c.id AND r.status = '${status}')`;

@Injectable()
export class PharmacistWorklistService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The pharmacist's cases, due first: ordered by target discussion date (nulls last), then
   * case id; keyset pagination on that order. One statement whatever the page size.
   */
  async page(principal: Principal, args: PharmacistWorklistArgs): Promise<{ cases: CaseEntity[]; hasNextPage: boolean }> {
    const teamId = args.filter?.teamId;
    if (teamId && !principal.teamIds.includes(teamId)) throw new ForbiddenError('NOT_TEAM_MEMBER', 'Only members of this team can see its worklist.');
    const teamIds = teamId ? [teamId] : principal.teamIds;
    if (!teamIds.length) return { cases: [], hasNextPage: false };
    const query = this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where('c.team_id IN (:...teamIds)', { teamIds })
      .andWhere('c.status IN (:...statuses)', { statuses: WORKLIST_CASE_STATUSES });
    switch (args.filter?.state) {
      case WorklistReviewState.NOT_STARTED:
        query.andWhere(`NOT ${REVIEW_EXISTS('OPEN')} AND NOT ${REVIEW_EXISTS('SIGNED')}`);
        break;
      case WorklistReviewState.OPEN:
        query.andWhere(REVIEW_EXISTS('OPEN'));
        break;
      case WorklistReviewState.SIGNED:
        query.andWhere(`${REVIEW_EXISTS('SIGNED')} AND NOT ${REVIEW_EXISTS('OPEN')}`);
        break;
    }
    if (args.after) {
      const cursor = decodeCursor(args.after);
      if (cursor.due === null) {
        query.andWhere('c.target_discussion_date IS NULL AND c.id > :afterId', { afterId: cursor.id });
      } else {
        query.andWhere(
          '(c.target_discussion_date > :afterDue OR (c.target_discussion_date = :afterDue AND c.id > :afterId) OR c.target_discussion_date IS NULL)',
          { afterDue: cursor.due, afterId: cursor.id },
        );
      }
    }
    const rows = await query
      .orderBy('c.targetDiscussionDate', 'ASC', 'NULLS LAST')
      .addOrderBy('c.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    return { cases: rows.slice(0, args.first), hasNextPage: rows.length > args.first };
  }
}
