import { CaseEntity, ClinicalDataService, ContrastAgent, ImagingRequestEntity, ImagingRequestStatus } from '@consilium/server-cases';
import { EntityManager, In, Not } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { PharmacistReviewEntity } from './pharmacist-review.entity';
import { PharmacistReviewStatus, ReviewFindingDecision, ReviewFindingOrigin } from './pharmacy.enums';
import { ReviewFindingEntity } from './review-finding.entity';
import { computeReview, ContrastRequest, ReviewResult } from './review-rules';

export interface SyncSummary {
  added: number;
  removed: number;
  kept: number;
}

/** The `basis` jsonb is a plain record, which TypeORM's deep-partial type cannot express. */
function row(values: Partial<ReviewFindingEntity>): QueryDeepPartialEntity<ReviewFindingEntity> {
  return values as QueryDeepPartialEntity<ReviewFindingEntity>;
}

/** The review date: the calendar day (UTC) of the clock's now. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Reads what a review is computed from and writes the result, inside the caller's
 * transaction. Shared by the service (mutations, clinical-data changes) and the demo seed.
 */
export class ReviewEngine {
  constructor(private readonly clinical: ClinicalDataService) {}

  /** "Contrast imaging requested on the case": REQUESTED studies with an agent other than NONE. */
  async contrastRequests(manager: EntityManager, caseId: string): Promise<ContrastRequest[]> {
    const rows = await manager.find(ImagingRequestEntity, {
      where: { caseId, status: ImagingRequestStatus.REQUESTED, contrastAgent: Not(ContrastAgent.NONE) },
      order: { plannedDate: 'ASC', createdAt: 'ASC' },
    });
    return rows.map((r) => ({
      id: r.id,
      modality: r.modality,
      bodyRegion: r.bodyRegion,
      agent: r.contrastAgent as ContrastRequest['agent'],
      route: r.contrastRoute,
      plannedDate: r.plannedDate,
    }));
  }

  async evaluate(manager: EntityManager, caseEntity: CaseEntity, reviewDate: string): Promise<ReviewResult> {
    const [snapshot, requests] = await Promise.all([
      this.clinical.snapshot(caseEntity.patientId, reviewDate, manager),
      this.contrastRequests(manager, caseEntity.id),
    ]);
    return computeReview(snapshot, requests, reviewDate);
  }

  /** Opens a review: computes everything and stores the findings as PENDING. */
  async create(manager: EntityManager, caseEntity: CaseEntity, openedBy: string, now: Date): Promise<PharmacistReviewEntity> {
    const reviewDate = isoDay(now);
    const result = await this.evaluate(manager, caseEntity, reviewDate);
    const review = await manager.save(
      manager.create(PharmacistReviewEntity, {
        caseId: caseEntity.id,
        status: PharmacistReviewStatus.OPEN,
        openedBy,
        reviewDate,
        computed: result.computation,
        computedAt: now,
        computedClearance: result.computedClearance,
        contrastClearance: result.computedClearance,
      }),
    );
    if (result.findings.length) {
      await manager.insert(
        ReviewFindingEntity,
        result.findings.map((f) => row({ ...f, reviewId: review.id, origin: ReviewFindingOrigin.AUTOMATIC, decision: ReviewFindingDecision.PENDING })),
      );
    }
    return review;
  }

  /**
   * Writes a fresh computation onto an OPEN review (the version is the caller's business).
   * Automatic findings with an unchanged fingerprint keep their decision (their wording is
   * refreshed); the ones that no longer apply are removed; new ones arrive PENDING. Manual
   * findings are untouched. The pharmacist's clearance is replaced by the computed one when the
   * computed clearance changed (or was never overridden).
   */
  async apply(manager: EntityManager, review: PharmacistReviewEntity, result: ReviewResult, now: Date): Promise<SyncSummary> {
    const existing = await manager.find(ReviewFindingEntity, { where: { reviewId: review.id, origin: ReviewFindingOrigin.AUTOMATIC } });
    const byFingerprint = new Map(existing.map((f) => [f.fingerprint as string, f]));
    const fresh = new Map(result.findings.map((f) => [f.fingerprint, f]));
    const stale = existing.filter((f) => !fresh.has(f.fingerprint as string)).map((f) => f.id);
    if (stale.length) await manager.delete(ReviewFindingEntity, { id: In(stale) });
    let added = 0;
    for (const finding of result.findings) {
      const current = byFingerprint.get(finding.fingerprint);
      const { fingerprint, ...content } = finding;
      if (current) {
        await manager.update(ReviewFindingEntity, { id: current.id }, row(content));
      } else {
        added += 1;
        await manager.insert(ReviewFindingEntity, row({ ...content, fingerprint, reviewId: review.id, origin: ReviewFindingOrigin.AUTOMATIC, decision: ReviewFindingDecision.PENDING }));
      }
    }
    const clearanceChanged = result.computedClearance !== review.computedClearance;
    const resetClearance = review.clearanceSetBy === null || clearanceChanged;
    await manager.update(PharmacistReviewEntity, { id: review.id }, {
      reviewDate: result.computation.reviewDate,
      computed: result.computation,
      computedAt: now,
      computedClearance: result.computedClearance,
      ...(resetClearance ? { contrastClearance: result.computedClearance, clearanceSetBy: null, clearanceNote: clearanceChanged ? null : review.clearanceNote } : {}),
    });
    return { added, removed: stale.length, kept: result.findings.length - added };
  }

  /** True when a fresh computation would change what the pharmacist saw. */
  static differs(review: PharmacistReviewEntity, findings: readonly ReviewFindingEntity[], result: ReviewResult): boolean {
    const stored = findings.filter((f) => f.origin === ReviewFindingOrigin.AUTOMATIC).map((f) => f.fingerprint).sort();
    const fresh = result.findings.map((f) => f.fingerprint).sort();
    const values = (c: PharmacistReviewEntity['computed']) => [c.egfr.value, c.crcl.value, c.bsa.value];
    return (
      JSON.stringify(stored) !== JSON.stringify(fresh) ||
      review.computedClearance !== result.computedClearance ||
      JSON.stringify(values(review.computed)) !== JSON.stringify(values(result.computation))
    );
  }
}
