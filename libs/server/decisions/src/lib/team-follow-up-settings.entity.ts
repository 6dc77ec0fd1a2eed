import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Per team: how long after the due date a follow-up scan without a report becomes OVERDUE. */
@Entity({ name: 'team_follow_up_settings' })
export class TeamFollowUpSettingsEntity {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @Column({ name: 'grace_days', type: 'integer' })
  graceDays!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/**
 * Without a team setting: 14 days. A local service choice (no guideline fixes it): a scan
 * booked for the due date is usually reported within two weeks.
 */
export const DEFAULT_GRACE_DAYS = 14;
