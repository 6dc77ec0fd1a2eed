import { Injectable } from '@nestjs/common';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TeamEntity } from '@consilium/server-identity';
import type { CaseEntity } from './case.entity';

/** Per-team readiness checklist settings; a team without a row uses the defaults. */
@Entity({ name: 'team_case_settings' })
export class TeamCaseSettingsEntity {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  /** A FINAL imaging report must be at most this many days old (default 56). */
  @Column({ name: 'imaging_max_age_days', type: 'integer', default: 56 })
  imagingMaxAgeDays!: number;

  @Column({ name: 'require_pharmacist_review', type: 'boolean', default: true })
  requirePharmacistReview!: boolean;

  @Column({ name: 'require_clinical_summary', type: 'boolean', default: true })
  requireClinicalSummary!: boolean;

  @Column({ name: 'require_question', type: 'boolean', default: true })
  requireQuestion!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

export type TeamCaseSettings = Omit<TeamCaseSettingsEntity, 'version' | 'team'>;

export function defaultTeamCaseSettings(teamId: string): TeamCaseSettings {
  return { teamId, imagingMaxAgeDays: 56, requirePharmacistReview: true, requireClinicalSummary: true, requireQuestion: true };
}

/** One line of a case's readiness checklist. */
export interface ReadinessItem {
  key: string;
  label: string;
  satisfied: boolean;
  /** What was found or what is missing, in words a coordinator can act on. */
  detail: string;
}

/**
 * A feature's part of the checklist (imaging: a recent final report; pharmacy: a signed
 * review). Evaluated for many cases at once with a constant number of queries; returns one
 * item per case id, or none for a case the rule does not apply to.
 */
export interface ReadinessContributor {
  key: string;
  evaluate(cases: CaseEntity[], settings: Map<string, TeamCaseSettings>, today: string): Promise<Map<string, ReadinessItem>>;
}

/** Features register their contributors on module init; the cases feature asks them all. */
@Injectable()
export class ReadinessRegistry {
  private readonly contributors: ReadinessContributor[] = [];

  register(contributor: ReadinessContributor): void {
    if (this.contributors.some((c) => c.key === contributor.key)) return;
    this.contributors.push(contributor);
  }

  list(): readonly ReadinessContributor[] {
    return this.contributors;
  }
}
