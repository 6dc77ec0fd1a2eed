import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { GqlContext } from '@consilium/server-core';
import { DecisionEntity } from '../decision.entity';
import { FollowUpEntity } from '../follow-up.entity';

/** Per request: all decisions of a page of cases in one query, all follow-ups of a page of decisions in one query. */
@Injectable()
export class DecisionLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  decisionsByCase(ctx: GqlContext) {
    return ctx.loaders.get('decisions.byCase', () =>
      new DataLoader<string, DecisionEntity[]>(async (caseIds) => {
        const rows = await this.dataSource.getRepository(DecisionEntity).find({ where: { caseId: In([...caseIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        return caseIds.map((id) => rows.filter((r) => r.caseId === id));
      }),
    );
  }

  followUpsByDecision(ctx: GqlContext) {
    return ctx.loaders.get('decisions.followUps', () =>
      new DataLoader<string, FollowUpEntity[]>(async (decisionIds) => {
        const rows = await this.dataSource.getRepository(FollowUpEntity).find({ where: { decisionId: In([...decisionIds]) }, order: { dueDate: 'ASC', id: 'ASC' } });
        return decisionIds.map((id) => rows.filter((r) => r.decisionId === id));
      }),
    );
  }
}
