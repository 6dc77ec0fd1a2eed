export { PharmacistReviewEntity } from './lib/pharmacist-review.entity';
export { ReviewFindingEntity } from './lib/review-finding.entity';

import { PharmacistReviewEntity } from './lib/pharmacist-review.entity';
import { ReviewFindingEntity } from './lib/review-finding.entity';

export const PHARMACY_ENTITIES = [PharmacistReviewEntity, ReviewFindingEntity];
