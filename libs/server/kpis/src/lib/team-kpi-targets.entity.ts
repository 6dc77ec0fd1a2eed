import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TeamEntity } from '@consilium/server-identity';

/** Per-team KPI targets (administrators); a team without a row uses the defaults. */
@Entity({ name: 'team_kpi_targets' })
export class TeamKpiTargetsEntity {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  /** Referral → first MDT discussion, calendar days (default 28). */
  @Column({ name: 'referral_to_discussion_days', type: 'integer', default: 28 })
  referralToDiscussionDays!: number;

  /** Imaging study → final report, hours (default 48). */
  @Column({ name: 'imaging_report_hours', type: 'integer', default: 48 })
  imagingReportHours!: number;

  /** Decision proposed → signed, hours (default 72). */
  @Column({ name: 'decision_signing_hours', type: 'integer', default: 72 })
  decisionSigningHours!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

export type TeamKpiTargets = Pick<TeamKpiTargetsEntity, 'teamId' | 'referralToDiscussionDays' | 'imagingReportHours' | 'decisionSigningHours'>;

export const DEFAULT_KPI_TARGETS = {
  referralToDiscussionDays: 28,
  imagingReportHours: 48,
  decisionSigningHours: 72,
} as const;

/** The last refresh of the `kpi_facts` materialised view (one row, id 1). */
@Entity({ name: 'kpi_refresh_state' })
export class KpiRefreshStateEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ name: 'refreshed_at', type: 'timestamptz' })
  refreshedAt!: Date;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;
}
