import { AuditService } from '@consilium/server-audit';
import { CaseEntity, ClinicalDataService } from '@consilium/server-cases';
import { SystemClock } from '@consilium/server-core';
import { UserEntity } from '@consilium/server-identity';
import { DataSource, In } from 'typeorm';
import { PharmacistReviewEntity } from './pharmacist-review.entity';
import { PharmacistReviewStatus } from './pharmacy.enums';
import { ReviewEngine } from './review-engine';

/** What the demo seed passes: the demo cases whose measures, medications and imaging requests exist. */
export interface PharmacyDemoInput {
  /**
   * Cases to open a review for, e.g. the patient with eGFR 28 on metformin booked for a
   * contrast CT and the patient on capecitabine with CrCl 40. A case that already has an OPEN
   * or SIGNED review is skipped, so seeding twice changes nothing.
   */
  caseIds: string[];
  /** Who opens the reviews (default the demo pharmacist, pharmacist@consilium.test). */
  pharmacistEmail?: string;
  /** When the reviews are computed (default now); the review date is its UTC day. */
  now?: Date;
}

export interface PharmacyDemoSummary {
  reviewsOpened: number;
}

/**
 * Opens pharmacist reviews for demo cases, exactly as `openPharmacistReview` would: numbers
 * with their inputs, automatic findings PENDING, contrast clearance pre-filled, audited.
 */
export async function seedPharmacyDemo(dataSource: DataSource, input: PharmacyDemoInput): Promise<PharmacyDemoSummary> {
  const email = input.pharmacistEmail ?? 'pharmacist@consilium.test';
  const pharmacist = await dataSource.getRepository(UserEntity).findOneBy({ email });
  if (!pharmacist) throw new Error(`seedPharmacyDemo: no user ${email}; seed the demo identity first`);
  const engine = new ReviewEngine(new ClinicalDataService(dataSource));
  const audit = new AuditService(new SystemClock());
  const now = input.now ?? new Date();
  let reviewsOpened = 0;
  await dataSource.transaction(async (manager) => {
    const cases = await manager.findBy(CaseEntity, { id: In(input.caseIds) });
    const missing = input.caseIds.filter((id) => !cases.some((c) => c.id === id));
    if (missing.length) throw new Error(`seedPharmacyDemo: no case ${missing.join(', ')}`);
    for (const caseEntity of cases) {
      const existing = await manager.existsBy(PharmacistReviewEntity, {
        caseId: caseEntity.id,
        status: In([PharmacistReviewStatus.OPEN, PharmacistReviewStatus.SIGNED]),
      });
      if (existing) continue;
      const review = await engine.create(manager, caseEntity, pharmacist.id, now);
      await audit.record(manager, {
        actorId: pharmacist.id,
        action: 'pharmacist-review.opened',
        entityType: 'PharmacistReview',
        entityId: review.id,
        teamId: caseEntity.teamId,
        data: { caseId: caseEntity.id, computedClearance: review.computedClearance, seeded: true },
      });
      reviewsOpened += 1;
    }
  });
  return { reviewsOpened };
}
