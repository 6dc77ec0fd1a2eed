import { Module } from '@nestjs/common';
import { CasesModule } from '@consilium/server-cases';
import { CasePharmacyResolver } from './case-pharmacy.resolver';
import { PharmacistReviewsResolver } from './pharmacist-reviews.resolver';
import { PharmacistReviewsService } from './pharmacist-reviews.service';
import { PharmacistWorklistResolver } from './pharmacist-worklist.resolver';
import { PharmacistWorklistService } from './pharmacist-worklist.service';

/**
 * Pharmacist reviews. On init it registers the readiness line 'pharmacist-review' and a
 * ClinicalDataService listener that re-computes open reviews when a patient's data changes.
 */
@Module({
  imports: [CasesModule],
  providers: [PharmacistReviewsService, PharmacistWorklistService, PharmacistReviewsResolver, CasePharmacyResolver, PharmacistWorklistResolver],
  exports: [PharmacistReviewsService],
})
export class PharmacyModule {}
