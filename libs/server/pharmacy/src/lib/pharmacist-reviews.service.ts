import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@consilium/server-audit';
import { CaseAccessService, CaseEntity, CasesException, ClinicalDataService, ReadinessRegistry } from '@consilium/server-cases';
import { Clock, InputError, isUniqueViolation, Principal, updateWithVersion } from '@consilium/server-core';
import { AddReviewFindingInput, DecideReviewFindingInput, SetContrastClearanceInput } from './dto/review.inputs';
import { PharmacistReadinessContributor } from './pharmacist-readiness.contributor';
import { PharmacistReviewEntity } from './pharmacist-review.entity';
import { ContrastClearance, PharmacistReviewStatus, ReviewFindingDecision, ReviewFindingKind, ReviewFindingOrigin, ReviewFindingSeverity } from './pharmacy.enums';
import { PharmacyErrorCode, PharmacyException } from './pharmacy.exception';
import { ReviewEngine } from './review-engine';
import { ReviewFindingEntity } from './review-finding.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEVERITY_ORDER: Record<ReviewFindingSeverity, number> = { CRITICAL: 0, WARNING: 1, INFO: 2 };

/** A stable order for display: findings added together share a timestamp. */
function findingOrder(a: ReviewFindingEntity, b: ReviewFindingEntity): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.kind.localeCompare(b.kind) ||
    a.code.localeCompare(b.code) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Pharmacist reviews: open (compute everything), re-compute, decide findings, add findings,
 * record the contrast clearance, sign. One transaction per mutation with its audit event; every
 * change takes the review's expectedVersion; a signed review never changes again.
 */
@Injectable()
export class PharmacistReviewsService implements OnModuleInit {
  private readonly engine: ReviewEngine;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly clinical: ClinicalDataService,
    private readonly readiness: ReadinessRegistry,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.engine = new ReviewEngine(clinical);
  }

  onModuleInit(): void {
    this.clinical.onChange((patientId, manager) => this.recomputeOpenReviewsOfPatient(patientId, manager));
    this.readiness.register(new PharmacistReadinessContributor(this.dataSource));
  }

  async get(principal: Principal, id: string): Promise<PharmacistReviewEntity> {
    const review = UUID.test(id) ? await this.dataSource.manager.findOneBy(PharmacistReviewEntity, { id }) : null;
    if (!review) throw new PharmacyException(PharmacyErrorCode.REVIEW_NOT_FOUND, 'id');
    await this.requireCase(principal, review.caseId, this.dataSource.manager, 'id', PharmacyErrorCode.REVIEW_NOT_FOUND);
    return review;
  }

  async open(principal: Principal, caseId: string): Promise<PharmacistReviewEntity> {
    try {
      return await this.openInTransaction(principal, caseId);
    } catch (error) {
      // Two pharmacists opening at the same instant: the partial unique index decides.
      if (isUniqueViolation(error, 'pharmacist_reviews_one_open_per_case')) throw new PharmacyException(PharmacyErrorCode.REVIEW_ALREADY_OPEN, 'caseId');
      throw error;
    }
  }

  private openInTransaction(principal: Principal, caseId: string): Promise<PharmacistReviewEntity> {
    return this.dataSource.transaction(async (manager) => {
      const caseEntity = await this.access.requireCase(principal, caseId, { manager, lock: true, field: 'caseId' });
      const open = await manager.existsBy(PharmacistReviewEntity, { caseId, status: PharmacistReviewStatus.OPEN });
      if (open) throw new PharmacyException(PharmacyErrorCode.REVIEW_ALREADY_OPEN, 'caseId');
      const review = await this.engine.create(manager, caseEntity, principal.userId, this.clock.now());
      const findings = await manager.countBy(ReviewFindingEntity, { reviewId: review.id });
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'pharmacist-review.opened',
        entityType: 'PharmacistReview',
        entityId: review.id,
        teamId: caseEntity.teamId,
        data: { caseId, findings, computedClearance: review.computedClearance },
      });
      return manager.findOneByOrFail(PharmacistReviewEntity, { id: review.id });
    });
  }

  async recompute(principal: Principal, id: string, expectedVersion: number): Promise<PharmacistReviewEntity> {
    return this.change(principal, id, expectedVersion, 'id', async (manager, review, caseEntity) => {
      const summary = await this.engine.apply(manager, review, await this.engine.evaluate(manager, caseEntity, this.today()), this.clock.now());
      return { action: 'pharmacist-review.recomputed', data: { ...summary } };
    });
  }

  async decide(principal: Principal, input: DecideReviewFindingInput): Promise<PharmacistReviewEntity> {
    const finding = await this.dataSource.manager.findOneBy(ReviewFindingEntity, { id: input.findingId });
    if (!finding) throw new PharmacyException(PharmacyErrorCode.FINDING_NOT_FOUND, 'input.findingId');
    return this.change(principal, finding.reviewId, input.expectedVersion, 'input.findingId', async (manager) => {
      const updated = await manager.update(
        ReviewFindingEntity,
        { id: finding.id, reviewId: finding.reviewId },
        {
          decision: input.decision,
          decisionReason: input.reason ?? null,
          decidedBy: principal.userId,
          decidedAt: this.clock.now(),
        },
      );
      // Re-computation under the review lock may have removed it since we read it.
      if (updated.affected !== 1) throw new PharmacyException(PharmacyErrorCode.FINDING_NOT_FOUND, 'input.findingId');
      return { action: 'review-finding.decided', data: { findingId: finding.id, code: finding.code, decision: input.decision } };
    });
  }

  async addFinding(principal: Principal, input: AddReviewFindingInput): Promise<PharmacistReviewEntity> {
    return this.change(principal, input.reviewId, input.expectedVersion, 'input.reviewId', async (manager, review) => {
      const now = this.clock.now();
      const result = await manager.insert(ReviewFindingEntity, {
        reviewId: review.id,
        origin: ReviewFindingOrigin.MANUAL,
        kind: input.kind,
        code: `MANUAL_${input.kind}`,
        severity: input.severity,
        ruleSeverity: null,
        message: input.message,
        recommendation: input.recommendation ?? null,
        source: null,
        basis: null,
        fingerprint: null,
        // The pharmacist's own finding is accepted by its author.
        decision: ReviewFindingDecision.ACCEPTED,
        decidedBy: principal.userId,
        decidedAt: now,
        createdBy: principal.userId,
      });
      return { action: 'review-finding.added', data: { findingId: result.identifiers[0]?.id, kind: input.kind, severity: input.severity } };
    });
  }

  async setClearance(principal: Principal, input: SetContrastClearanceInput): Promise<PharmacistReviewEntity> {
    return this.change(principal, input.reviewId, input.expectedVersion, 'input.reviewId', async (manager, review) => {
      const requested = review.computed.contrast.length > 0;
      if (!requested && input.clearance !== ContrastClearance.NOT_APPLICABLE) {
        throw new InputError('input.clearance', 'clearance must be NOT_APPLICABLE: no contrast imaging is requested on this case');
      }
      if (requested && input.clearance === ContrastClearance.NOT_APPLICABLE) {
        throw new InputError('input.clearance', 'clearance cannot be NOT_APPLICABLE: contrast imaging is requested on this case');
      }
      if (input.clearance !== review.computedClearance && !input.note) {
        throw new InputError('input.note', 'note is required when the clearance differs from the computed one');
      }
      await manager.update(PharmacistReviewEntity, { id: review.id }, { contrastClearance: input.clearance, clearanceNote: input.note ?? null, clearanceSetBy: principal.userId });
      return { action: 'pharmacist-review.clearance-set', data: { clearance: input.clearance, computedClearance: review.computedClearance } };
    });
  }

  /**
   * Signing is refused (CONFLICT) while a finding is PENDING, while contrast imaging is requested
   * without a recorded clearance, when an accepted CRITICAL contrast finding (a contraindication)
   * stands with a clearance other than NOT_CLEARED, and when the patient's data changed since the
   * last computation. A previously signed review of the case becomes SUPERSEDED.
   */
  async sign(principal: Principal, id: string, expectedVersion: number): Promise<PharmacistReviewEntity> {
    return this.change(principal, id, expectedVersion, 'id', async (manager, review, caseEntity) => {
      const findings = await manager.findBy(ReviewFindingEntity, { reviewId: review.id });
      if (findings.some((f) => f.decision === ReviewFindingDecision.PENDING)) throw new PharmacyException(PharmacyErrorCode.FINDINGS_PENDING, 'id');
      const requested = review.computed.contrast.length > 0;
      if (requested && (review.contrastClearance === null || review.contrastClearance === ContrastClearance.NOT_APPLICABLE)) {
        throw new PharmacyException(PharmacyErrorCode.CLEARANCE_MISSING, 'id');
      }
      const contraindicated = findings.some(
        (f) => f.kind === ReviewFindingKind.CONTRAST_SAFETY && f.severity === ReviewFindingSeverity.CRITICAL && f.decision === ReviewFindingDecision.ACCEPTED,
      );
      if (contraindicated && review.contrastClearance !== ContrastClearance.NOT_CLEARED) {
        throw new PharmacyException(PharmacyErrorCode.CLEARANCE_CONTRADICTS_FINDING, 'id');
      }
      if (ReviewEngine.differs(review, findings, await this.engine.evaluate(manager, caseEntity, review.reviewDate))) {
        throw new PharmacyException(PharmacyErrorCode.REVIEW_OUTDATED, 'id');
      }
      await manager
        .createQueryBuilder()
        .update(PharmacistReviewEntity)
        .set({ status: PharmacistReviewStatus.SUPERSEDED, version: () => 'version + 1' })
        .where('case_id = :caseId AND status = :signed', { caseId: review.caseId, signed: PharmacistReviewStatus.SIGNED })
        .execute();
      await manager.update(PharmacistReviewEntity, { id: review.id }, {
        status: PharmacistReviewStatus.SIGNED,
        signedBy: principal.userId,
        signedByName: principal.displayName,
        signedAt: this.clock.now(),
      });
      return { action: 'pharmacist-review.signed', data: { caseId: review.caseId, contrastClearance: review.contrastClearance } };
    });
  }

  /** ClinicalDataService listener: re-compute the patient's OPEN reviews inside the changing transaction. */
  async recomputeOpenReviewsOfPatient(patientId: string, manager: EntityManager): Promise<void> {
    const reviews = await manager
      .getRepository(PharmacistReviewEntity)
      .createQueryBuilder('r')
      .innerJoin(CaseEntity, 'c', 'c.id = r.case_id')
      .where('c.patient_id = :patientId AND r.status = :open', { patientId, open: PharmacistReviewStatus.OPEN })
      .setLock('pessimistic_write', undefined, ['r'])
      .getMany();
    if (!reviews.length) return;
    const cases = new Map((await manager.findBy(CaseEntity, { id: In(reviews.map((r) => r.caseId)) })).map((c) => [c.id, c]));
    for (const review of reviews) {
      const caseEntity = cases.get(review.caseId) as CaseEntity;
      const summary = await this.engine.apply(manager, review, await this.engine.evaluate(manager, caseEntity, this.today()), this.clock.now());
      await manager.increment(PharmacistReviewEntity, { id: review.id }, 'version', 1);
      await this.audit.record(manager, {
        actorId: null,
        action: 'pharmacist-review.recomputed',
        entityType: 'PharmacistReview',
        entityId: review.id,
        teamId: caseEntity.teamId,
        data: { trigger: 'clinical-data-changed', ...summary },
      });
    }
  }

  /** `Case.pharmacistReviews`: newest first, one query for the whole list of cases. */
  createReviewsByCaseLoader(): DataLoader<string, PharmacistReviewEntity[]> {
    return new DataLoader(async (caseIds: readonly string[]) => {
      const rows = await this.dataSource.getRepository(PharmacistReviewEntity).find({ where: { caseId: In([...caseIds]) }, order: { createdAt: 'DESC', id: 'ASC' } });
      const byCase = new Map<string, PharmacistReviewEntity[]>();
      for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
      return caseIds.map((id) => byCase.get(id) ?? []);
    });
  }

  /** `PharmacistReview.findings`: most severe first, then oldest, then by kind and code. */
  createFindingsByReviewLoader(): DataLoader<string, ReviewFindingEntity[]> {
    return new DataLoader(async (reviewIds: readonly string[]) => {
      const rows = await this.dataSource.getRepository(ReviewFindingEntity).find({ where: { reviewId: In([...reviewIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      const byReview = new Map<string, ReviewFindingEntity[]>();
      for (const row of rows) byReview.set(row.reviewId, [...(byReview.get(row.reviewId) ?? []), row]);
      return reviewIds.map((id) => (byReview.get(id) ?? []).sort(findingOrder));
    });
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  private async requireCase(principal: Principal, caseId: string, manager: EntityManager, field: string, code: PharmacyErrorCode): Promise<CaseEntity> {
    try {
      return await this.access.requireCase(principal, caseId, { manager, field });
    } catch (error) {
      if (error instanceof CasesException) throw new PharmacyException(code, field);
      throw error;
    }
  }

  /**
   * The frame of every change to a review: check the caller's team and that it is still OPEN,
   * bump the version with a conditional UPDATE (stale → CONFLICT), run the change, audit, and
   * return the fresh row.
   */
  private async change(
    principal: Principal,
    reviewId: string,
    expectedVersion: number,
    field: string,
    work: (manager: EntityManager, review: PharmacistReviewEntity, caseEntity: CaseEntity) => Promise<{ action: string; data: Record<string, unknown> }>,
  ): Promise<PharmacistReviewEntity> {
    return this.dataSource.transaction(async (manager) => {
      const notFound = field === 'input.findingId' ? PharmacyErrorCode.FINDING_NOT_FOUND : PharmacyErrorCode.REVIEW_NOT_FOUND;
      const found = UUID.test(reviewId) ? await manager.findOneBy(PharmacistReviewEntity, { id: reviewId }) : null;
      if (!found) throw new PharmacyException(notFound, field);
      const caseEntity = await this.requireCase(principal, found.caseId, manager, field, notFound);
      if (found.status !== PharmacistReviewStatus.OPEN) throw new PharmacyException(PharmacyErrorCode.REVIEW_SIGNED, field);
      // The conditional UPDATE checks the version and holds the row lock until commit.
      const outcome = await updateWithVersion(manager, PharmacistReviewEntity, found.id, expectedVersion, {});
      if (outcome === 'missing') throw new PharmacyException(notFound, field);
      if (outcome === 'stale') {
        throw new PharmacyException(PharmacyErrorCode.STALE_VERSION, field.startsWith('input.') ? 'input.expectedVersion' : 'expectedVersion');
      }
      const review = await manager.findOneByOrFail(PharmacistReviewEntity, { id: found.id });
      if (review.status !== PharmacistReviewStatus.OPEN) throw new PharmacyException(PharmacyErrorCode.REVIEW_SIGNED, field);
      const { action, data } = await work(manager, review, caseEntity);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action,
        entityType: 'PharmacistReview',
        entityId: review.id,
        teamId: caseEntity.teamId,
        data,
      });
      return manager.findOneByOrFail(PharmacistReviewEntity, { id: review.id });
    });
  }
}
