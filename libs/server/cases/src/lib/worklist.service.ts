import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, ForbiddenError, Principal } from '@consilium/server-core';
import { CaseEntity } from './case.entity';
import { OPEN_STATUSES } from './case-workflow';
import { CaseWorklistArgs, CaseWorklistOrder } from './worklist';

/** Sort key per order: a single comparable SQL expression, so keyset pagination is one row comparison. */
const SORT_KEY: Record<CaseWorklistOrder, string> = {
  REFERRAL_DATE: `to_char(c.referral_date, 'YYYY-MM-DD')`,
  TARGET_DISCUSSION_DATE: `coalesce(to_char(c.target_discussion_date, 'YYYY-MM-DD'), '9999-12-31')`,
  URGENCY: `(CASE c.priority WHEN 'URGENT' THEN '0' ELSE '1' END) || to_char(c.referral_date, 'YYYY-MM-DD')`,
};

@Injectable()
export class CaseWorklistService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Two statements whatever the page size: the page (keyset) and the total. */
  async page(args: CaseWorklistArgs, principal: Principal): Promise<{ rows: { entity: CaseEntity; cursor: string }[]; hasNextPage: boolean; totalCount: number }> {
    const teamId = args.filter?.teamId;
    if (teamId && !principal.teamIds.includes(teamId)) throw new ForbiddenError('NOT_TEAM_MEMBER', 'Only members of this team can see its worklist.');
    const teams = teamId ? [teamId] : principal.teamIds;
    const statuses = args.filter?.statuses?.length ? args.filter.statuses : OPEN_STATUSES;
    const sortKey = SORT_KEY[args.orderBy];

    const base = this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where('c.team_id = ANY(:teams::uuid[])', { teams })
      .andWhere('c.status::text = ANY(:statuses::text[])', { statuses });
    if (args.filter?.priority) base.andWhere('c.priority = :priority', { priority: args.filter.priority });

    const page = base.clone().addSelect(sortKey, 'sort_key');
    if (args.after) {
      const [afterKey, afterId] = decodeCursor(args.after);
      page.andWhere(`(${sortKey}, c.id) > (:afterKey, :afterId::uuid)`, { afterKey: String(afterKey), afterId });
    }
    const { entities, raw } = await page
      .orderBy(sortKey, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(args.first + 1)
      .getRawAndEntities();
    const totalCount = await base.getCount();

    const rows = entities.slice(0, args.first).map((entity, i) => ({ entity, cursor: encodeCursor((raw[i] as { sort_key: string }).sort_key, entity.id) }));
    return { rows, hasNextPage: entities.length > args.first, totalCount };
  }
}
