import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CaseEntity, ImagingModality } from '@consilium/server-cases';
import { UserEntity } from '@consilium/server-identity';
import { ImagingReportStatus, NewLesionFinding, NonTargetResponse, ResponseCriteria } from './imaging-enums';

/**
 * One imaging report of a case. A FINAL report is never edited: an amendment is a new row
 * (status AMENDED, `amendsReportId` → the earlier row), and the earlier row keeps its content
 * and gets `supersededById`, so every version stays readable.
 */
@Entity({ name: 'imaging_reports' })
@Index('imaging_reports_case_idx', ['caseId', 'studyDate'])
@Index('imaging_reports_status_idx', ['status', 'studyDate'])
@Index('imaging_reports_one_baseline_key', ['caseId', 'criteria'], {
  unique: true,
  where: '"is_baseline" AND "superseded_by_id" IS NULL',
})
@Index('imaging_reports_accession_key', ['caseId', 'accessionNumber'], {
  unique: true,
  where: '"amends_report_id" IS NULL',
})
export class ImagingReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: ImagingModality, enumName: 'imaging_modality' })
  modality!: ImagingModality;

  /** ISO date (YYYY-MM-DD) the study was performed. */
  @Column({ name: 'study_date', type: 'date' })
  studyDate!: string;

  @Column({
    name: 'accession_number',
    type: 'varchar',
    length: 64,
    nullable: true,
  })
  accessionNumber!: string | null;

  @Column({ name: 'body_region', type: 'varchar', length: 100 })
  bodyRegion!: string;

  @Column({ type: 'text', default: '' })
  findings!: string;

  @Column({ type: 'text', default: '' })
  impression!: string;

  @Column({
    type: 'enum',
    enum: ResponseCriteria,
    enumName: 'response_criteria',
    default: ResponseCriteria.NONE,
  })
  criteria!: ResponseCriteria;

  @Column({
    type: 'enum',
    enum: ImagingReportStatus,
    enumName: 'imaging_report_status',
    default: ImagingReportStatus.DRAFT,
  })
  status!: ImagingReportStatus;

  /** The baseline of its case for its criteria (at most one current baseline per case and criteria). */
  @Column({ name: 'is_baseline', type: 'boolean', default: false })
  isBaseline!: boolean;

  @Column({
    name: 'non_target_response',
    type: 'enum',
    enum: NonTargetResponse,
    enumName: 'non_target_response',
    nullable: true,
  })
  nonTargetResponse!: NonTargetResponse | null;

  @Column({
    name: 'new_lesion',
    type: 'enum',
    enum: NewLesionFinding,
    enumName: 'new_lesion_finding',
    default: NewLesionFinding.NO,
  })
  newLesion!: NewLesionFinding;

  /** RANO: clear progression of non-measurable disease. */
  @Column({
    name: 'clear_non_measurable_progression',
    type: 'boolean',
    default: false,
  })
  clearNonMeasurableProgression!: boolean;

  /** RANO: on corticosteroids above physiological replacement (CR cannot be declared). */
  @Column({
    name: 'steroids_above_physiologic',
    type: 'boolean',
    default: false,
  })
  steroidsAbovePhysiologic!: boolean;

  /** PERCIST: all uptake ≤ mean liver and at background. */
  @Column({ name: 'uptake_normalized', type: 'boolean', default: false })
  uptakeNormalized!: boolean;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ name: 'finalised_at', type: 'timestamptz', nullable: true })
  finalisedAt!: Date | null;

  /** validateRecistBaseline's messages, stored when a RECIST 1.1 baseline is finalised. */
  @Column({ name: 'baseline_messages', type: 'jsonb', nullable: true })
  baselineMessages!: string[] | null;

  @Column({ name: 'amends_report_id', type: 'uuid', nullable: true })
  amendsReportId!: string | null;

  @ManyToOne(() => ImagingReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amends_report_id' })
  amends?: ImagingReportEntity;

  @Column({ name: 'amendment_reason', type: 'text', nullable: true })
  amendmentReason!: string | null;

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById!: string | null;

  @ManyToOne(() => ImagingReportEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'superseded_by_id' })
  supersededBy?: ImagingReportEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
