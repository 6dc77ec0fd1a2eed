import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CaseEntity, ImagingModality } from '@consilium/server-cases';
import { ResponseCriteria } from '@consilium/server-imaging';
import { FollowUpStatus } from './decision.enums';
import { DecisionEntity } from './decision.entity';

/** A follow-up scan planned by a signed decision; PostgreSQL is the truth the worker rebuilds its jobs from. */
@Entity({ name: 'follow_ups' })
@Index('follow_ups_case_idx', ['caseId'])
@Index('follow_ups_decision_idx', ['decisionId'])
@Index('follow_ups_status_due_idx', ['status', 'dueDate'])
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: DecisionEntity;

  @Column({ type: 'enum', enum: ImagingModality, enumName: 'imaging_modality' })
  modality!: ImagingModality;

  @Column({ type: 'enum', enum: ResponseCriteria, enumName: 'response_criteria' })
  criteria!: ResponseCriteria;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'reminder_lead_days', type: 'integer' })
  reminderLeadDays!: number;

  @Column({ type: 'enum', enum: FollowUpStatus, enumName: 'follow_up_status', default: FollowUpStatus.SCHEDULED })
  status!: FollowUpStatus;

  @Column({ name: 'fulfilled_by_report_id', type: 'uuid', nullable: true })
  fulfilledByReportId!: string | null;

  @Column({ name: 'fulfilled_at', type: 'timestamptz', nullable: true })
  fulfilledAt!: Date | null;

  /** +1 on every reschedule: part of the queued jobs' ids, so jobs of an earlier date never act on the new one. */
  @Column({ name: 'schedule_revision', type: 'integer', default: 1 })
  scheduleRevision!: number;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
