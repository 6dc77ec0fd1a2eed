import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@consilium/server-audit';
import { Principal } from '@consilium/server-core';
import { SetTeamKpiTargetsInput } from './dto/kpi.inputs';
import { KpisErrorCode, KpisException } from './kpis.exception';
import { DEFAULT_KPI_TARGETS, TeamKpiTargets, TeamKpiTargetsEntity } from './team-kpi-targets.entity';

/** Per-team KPI targets; administrators set them, every change is audited. */
@Injectable()
export class KpiTargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(teamId: string): Promise<TeamKpiTargets> {
    const [team] = await this.dataSource.query('SELECT id FROM teams WHERE id = $1', [teamId]);
    if (!team) throw new KpisException(KpisErrorCode.TEAM_NOT_FOUND, 'teamId');
    const row = await this.dataSource.getRepository(TeamKpiTargetsEntity).findOneBy({ teamId });
    return row
      ? {
          teamId,
          referralToDiscussionDays: row.referralToDiscussionDays,
          imagingReportHours: row.imagingReportHours,
          decisionSigningHours: row.decisionSigningHours,
        }
      : { teamId, ...DEFAULT_KPI_TARGETS };
  }

  async set(input: SetTeamKpiTargetsInput, actor: Principal): Promise<TeamKpiTargets> {
    return this.dataSource.transaction(async (manager) => {
      const [team] = await manager.query('SELECT id FROM teams WHERE id = $1', [input.teamId]);
      if (!team) throw new KpisException(KpisErrorCode.TEAM_NOT_FOUND, 'input.teamId');
      const { teamId, ...targets } = input;
      await manager.query(
        `INSERT INTO team_kpi_targets (team_id, referral_to_discussion_days, imaging_report_hours, decision_signing_hours)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (team_id) DO UPDATE SET referral_to_discussion_days = EXCLUDED.referral_to_discussion_days,
           imaging_report_hours = EXCLUDED.imaging_report_hours, decision_signing_hours = EXCLUDED.decision_signing_hours,
           updated_at = now(), version = team_kpi_targets.version + 1`,
        [teamId, targets.referralToDiscussionDays, targets.imagingReportHours, targets.decisionSigningHours],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'team.kpi-targets-set',
        entityType: 'Team',
        entityId: teamId,
        teamId,
        data: { ...targets },
      });
      return { teamId, ...targets };
    });
  }
}
