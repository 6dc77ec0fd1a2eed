import { CaseEntity } from '@consilium/server-cases';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ContrastClearance, PharmacistReviewStatus } from './pharmacy.enums';
import type { ReviewComputation } from './review-computation';

/**
 * A pharmacist's review of a case before its meeting: the computed renal function and body
 * size with their inputs, the findings and their decisions, the contrast clearance, sign-off.
 * At most one OPEN review per case; a SIGNED review never changes again.
 */
@Entity({ name: 'pharmacist_reviews' })
@Index('pharmacist_reviews_case_idx', ['caseId', 'status'])
@Index('pharmacist_reviews_one_open_per_case', ['caseId'], { unique: true, where: `"status" = 'OPEN'` })
export class PharmacistReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: PharmacistReviewStatus, enumName: 'pharmacist_review_status', default: PharmacistReviewStatus.OPEN })
  status!: PharmacistReviewStatus;

  /** The pharmacist who opened the review. */
  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy!: string;

  /** The date the numbers were computed for (the latest measures on or before it). */
  @Column({ name: 'review_date', type: 'date' })
  reviewDate!: string;

  /** eGFR, CrCl, BSA and the contrast assessments, each with its inputs, dates and source. */
  @Column({ type: 'jsonb' })
  computed!: ReviewComputation;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;

  /** What the rules say (null when contrast is requested but the eGFR cannot be computed). */
  @Column({ name: 'computed_clearance', type: 'enum', enum: ContrastClearance, enumName: 'contrast_clearance', nullable: true })
  computedClearance!: ContrastClearance | null;

  /** What the pharmacist records; pre-filled with the computed clearance. */
  @Column({ name: 'contrast_clearance', type: 'enum', enum: ContrastClearance, enumName: 'contrast_clearance', nullable: true })
  contrastClearance!: ContrastClearance | null;

  @Column({ name: 'clearance_note', type: 'text', nullable: true })
  clearanceNote!: string | null;

  /** Null while the clearance is the pre-filled computed one. */
  @Column({ name: 'clearance_set_by', type: 'uuid', nullable: true })
  clearanceSetBy!: string | null;

  @Column({ name: 'signed_by', type: 'uuid', nullable: true })
  signedBy!: string | null;

  /** The signer's name as it was at signing, as on a paper signature. */
  @Column({ name: 'signed_by_name', type: 'varchar', length: 200, nullable: true })
  signedByName!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
