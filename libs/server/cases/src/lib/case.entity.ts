import { TeamEntity } from '@consilium/server-identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CasePriority, CaseStatus } from './case-status';
import { PatientEntity } from './patient.entity';

export interface TnmStaging {
  prefix: string | null;
  t: string | null;
  n: string | null;
  m: string | null;
  stageGroup: string | null;
  edition: string | null;
}

@Entity({ name: 'cases' })
@Index('cases_team_status_idx', ['teamId', 'status', 'createdAt'])
@Index('cases_patient_idx', ['patientId'])
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'patient_id' })
  patient?: PatientEntity;

  /** The MDT team whose members may see this case (a uuid of `teams`). */
  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @Column({ name: 'referral_date', type: 'date' })
  referralDate!: string;

  @Column({ name: 'referral_source', type: 'varchar', length: 200 })
  referralSource!: string;

  @Column({ name: 'question', type: 'text', nullable: true })
  question!: string | null;

  @Column({ name: 'clinical_summary', type: 'text', nullable: true })
  clinicalSummary!: string | null;

  @Column({ name: 'diagnosis_code', type: 'varchar', length: 20, nullable: true })
  diagnosisCode!: string | null;

  @Column({ name: 'diagnosis_text', type: 'varchar', length: 300, nullable: true })
  diagnosisText!: string | null;

  /** As the user typed it; syntax checked only (AJCC tables are copyrighted). */
  @Column({ type: 'jsonb', nullable: true })
  tnm!: TnmStaging | null;

  @Column({ type: 'smallint', nullable: true })
  ecog!: number | null;

  @Column({ type: 'enum', enum: CasePriority, enumName: 'case_priority', default: CasePriority.ROUTINE })
  priority!: CasePriority;

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.REFERRED })
  status!: CaseStatus;

  @Column({ name: 'target_discussion_date', type: 'date', nullable: true })
  targetDiscussionDate!: string | null;

  /** Set when a coordinator marked the case ready although the checklist was incomplete. */
  @Column({ name: 'readiness_override_reason', type: 'text', nullable: true })
  readinessOverrideReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
