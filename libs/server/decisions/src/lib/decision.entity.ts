import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CaseEntity, ImagingModality } from '@consilium/server-cases';
import { ResponseCriteria } from '@consilium/server-imaging';
import { DecisionRecommendation, DecisionStatus, InterventionalProcedure, TreatmentIntent } from './decision.enums';

/** One planned follow-up scan as written on the decision; signing turns each into a follow_ups row. */
export interface FollowUpPlanItem {
  modality: ImagingModality;
  criteria: ResponseCriteria;
  /** Days after the signing date, or … */
  intervalDays: number | null;
  /** … a fixed calendar date (YYYY-MM-DD). Exactly one of the two is set. */
  dueDate: string | null;
  reminderLeadDays: number;
}

/** What was on screen when the decision was signed: the versions of the case's current evidence. */
export interface EvidenceSnapshot {
  imagingReports: { id: string; version: number; status: string }[];
  pharmacistReviews: { id: string; version: number; status: string }[];
}

/**
 * An MDT decision. A SIGNED row is immutable (a trigger refuses any change but the move to
 * SUPERSEDED, and any DELETE); an amendment is a new row (`revision` + 1, `amendsDecisionId`).
 */
@Entity({ name: 'decisions' })
@Index('decisions_case_idx', ['caseId', 'revision'])
@Index('decisions_proposed_idx', ['status', 'proposedAt'])
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  /** 1 for the first decision of a line, +1 per amendment. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'amends_decision_id', type: 'uuid', nullable: true })
  amendsDecisionId!: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amends_decision_id' })
  amends?: DecisionEntity;

  @Column({ type: 'enum', enum: DecisionStatus, enumName: 'decision_status', default: DecisionStatus.DRAFT })
  status!: DecisionStatus;

  @Column({ type: 'enum', enum: DecisionRecommendation, enumName: 'decision_recommendation' })
  recommendation!: DecisionRecommendation;

  @Column({ name: 'interventional_procedure', type: 'enum', enum: InterventionalProcedure, enumName: 'interventional_procedure', nullable: true })
  interventionalProcedure!: InterventionalProcedure | null;

  @Column({ name: 'recommendation_text', type: 'text', default: '' })
  recommendationText!: string;

  @Column({ type: 'enum', enum: TreatmentIntent, enumName: 'treatment_intent' })
  intent!: TreatmentIntent;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ name: 'dissent_notes', type: 'text', nullable: true })
  dissentNotes!: string | null;

  @Column({ name: 'follow_up_plan', type: 'jsonb', default: () => "'[]'" })
  followUpPlan!: FollowUpPlanItem[];

  @Column({ name: 'amendment_reason', type: 'text', nullable: true })
  amendmentReason!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  evidence!: EvidenceSnapshot | null;

  /** Filled by the live meeting (later issue): the meeting, the roles present and whether it was quorate. */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @Column({ name: 'roles_present', type: 'jsonb', nullable: true })
  rolesPresent!: Record<string, number> | null;

  @Column({ type: 'boolean', nullable: true })
  quorate!: boolean | null;

  /** Why the board signed although the meeting was not quorate (required then). */
  @Column({ name: 'inquorate_reason', type: 'text', nullable: true })
  inquorateReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy!: string | null;

  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true })
  proposedAt!: Date | null;

  @Column({ name: 'signed_by', type: 'uuid', nullable: true })
  signedBy!: string | null;

  @Column({ name: 'signed_by_name', type: 'varchar', length: 200, nullable: true })
  signedByName!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ name: 'superseded_by', type: 'uuid', nullable: true })
  supersededBy!: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
