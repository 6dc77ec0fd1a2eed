import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PharmacistReviewEntity } from './pharmacist-review.entity';
import { ReviewFindingDecision, ReviewFindingKind, ReviewFindingOrigin, ReviewFindingSeverity } from './pharmacy.enums';

/**
 * One finding of a review. AUTOMATIC findings come from the clinical rules and carry a stable
 * `fingerprint`: re-computation keeps the decision of a finding whose fingerprint is unchanged,
 * drops the ones that no longer apply and adds new ones as PENDING. MANUAL findings are the
 * pharmacist's own and survive re-computation.
 */
@Entity({ name: 'review_findings' })
@Index('review_findings_review_idx', ['reviewId', 'createdAt'])
@Index('review_findings_fingerprint_key', ['reviewId', 'fingerprint'], { unique: true, where: '"fingerprint" IS NOT NULL' })
export class ReviewFindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => PharmacistReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: PharmacistReviewEntity;

  @Column({ type: 'enum', enum: ReviewFindingOrigin, enumName: 'review_finding_origin' })
  origin!: ReviewFindingOrigin;

  @Column({ type: 'enum', enum: ReviewFindingKind, enumName: 'review_finding_kind' })
  kind!: ReviewFindingKind;

  /** The rule's code (e.g. METFORMIN_HOLD, capecitabine-warfarin) or the pharmacist's own. */
  @Column({ type: 'varchar', length: 80 })
  code!: string;

  @Column({ type: 'enum', enum: ReviewFindingSeverity, enumName: 'review_finding_severity' })
  severity!: ReviewFindingSeverity;

  /** The rule's own grade where it has one (CONTRAINDICATED, MAJOR, MODERATE, REDUCE …). */
  @Column({ name: 'rule_severity', type: 'varchar', length: 30, nullable: true })
  ruleSeverity!: string | null;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'text', nullable: true })
  recommendation!: string | null;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  /** What the finding was derived from (drug names, CrCl used and band, imaging request …). */
  @Column({ type: 'jsonb', nullable: true })
  basis!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  fingerprint!: string | null;

  @Column({ type: 'enum', enum: ReviewFindingDecision, enumName: 'review_finding_decision', default: ReviewFindingDecision.PENDING })
  decision!: ReviewFindingDecision;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The pharmacist who added a MANUAL finding; null for AUTOMATIC ones. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
