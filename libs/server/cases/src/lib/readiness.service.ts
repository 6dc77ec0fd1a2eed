import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from '@consilium/server-core';
import { CaseEntity } from './case.entity';
import { isoDate } from './dates';
import { defaultTeamCaseSettings, ReadinessItem, ReadinessRegistry, TeamCaseSettings, TeamCaseSettingsEntity } from './readiness';

export interface ReadinessResult {
  ready: boolean;
  items: ReadinessItem[];
}

/** The checklist a case must pass before it is READY: the case's own items plus every feature's. */
@Injectable()
export class ReadinessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ReadinessRegistry,
    private readonly clock: Clock,
  ) {}

  async settingsFor(teamIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, TeamCaseSettings>> {
    const rows = teamIds.length ? await manager.find(TeamCaseSettingsEntity, { where: { teamId: In(teamIds) } }) : [];
    const byTeam = new Map<string, TeamCaseSettings>(teamIds.map((id) => [id, defaultTeamCaseSettings(id)]));
    for (const row of rows) byTeam.set(row.teamId, row);
    return byTeam;
  }

  /** Evaluates many cases with a constant number of queries (one per contributor, one for settings). */
  async evaluate(cases: CaseEntity[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ReadinessResult>> {
    const today = isoDate(this.clock.now());
    const settings = await this.settingsFor([...new Set(cases.map((c) => c.teamId))], manager);
    const contributed = await Promise.all(this.registry.list().map((c) => c.evaluate(cases, settings, today)));
    const results = new Map<string, ReadinessResult>();
    for (const kase of cases) {
      const team = settings.get(kase.teamId)!;
      const items: ReadinessItem[] = [];
      if (team.requireQuestion) {
        items.push({
          key: 'question',
          label: 'a question for the MDT',
          satisfied: Boolean(kase.question?.trim()),
          detail: kase.question?.trim() ? 'Question recorded' : 'No question for the MDT yet',
        });
      }
      if (team.requireClinicalSummary) {
        items.push({
          key: 'clinical-summary',
          label: 'a clinical summary',
          satisfied: Boolean(kase.clinicalSummary?.trim()),
          detail: kase.clinicalSummary?.trim() ? 'Clinical summary recorded' : 'No clinical summary yet',
        });
      }
      for (const map of contributed) {
        const item = map.get(kase.id);
        if (item) items.push(item);
      }
      results.set(kase.id, { ready: items.every((i) => i.satisfied), items });
    }
    return results;
  }
}
