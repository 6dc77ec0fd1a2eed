export { PharmacyModule } from './lib/pharmacy.module';
export { PharmacistReviewsService } from './lib/pharmacist-reviews.service';
export { PharmacistReviewEntity } from './lib/pharmacist-review.entity';
export { ReviewFindingEntity } from './lib/review-finding.entity';
export {
  ContrastClearance,
  PharmacistReviewStatus,
  ReviewFindingDecision,
  ReviewFindingKind,
  ReviewFindingOrigin,
  ReviewFindingSeverity,
  WorklistReviewState,
} from './lib/pharmacy.enums';
export { PharmacyErrorCode, PharmacyException } from './lib/pharmacy.exception';
export { PHARMACIST_REVIEW_READINESS_KEY } from './lib/pharmacist-readiness.contributor';
export { PharmacyDemoInput, PharmacyDemoSummary, seedPharmacyDemo } from './lib/pharmacy-demo.seed';

import { PharmacistReviewEntity } from './lib/pharmacist-review.entity';
import { ReviewFindingEntity } from './lib/review-finding.entity';

export const PHARMACY_ENTITIES = [PharmacistReviewEntity, ReviewFindingEntity];
