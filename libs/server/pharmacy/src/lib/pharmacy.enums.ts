import { registerEnumType } from '@nestjs/graphql';

/** OPEN while the pharmacist works; SIGNED is immutable; SUPERSEDED when a later review of the case is signed. */
export enum PharmacistReviewStatus {
  OPEN = 'OPEN',
  SIGNED = 'SIGNED',
  SUPERSEDED = 'SUPERSEDED',
}

/** The pharmacist's clearance of the contrast imaging requested on the case. */
export enum ContrastClearance {
  CLEARED = 'CLEARED',
  CLEARED_WITH_PRECAUTIONS = 'CLEARED_WITH_PRECAUTIONS',
  NOT_CLEARED = 'NOT_CLEARED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export enum ReviewFindingOrigin {
  AUTOMATIC = 'AUTOMATIC',
  MANUAL = 'MANUAL',
}

export enum ReviewFindingKind {
  INTERACTION = 'INTERACTION',
  RENAL_DOSE = 'RENAL_DOSE',
  CONTRAST_SAFETY = 'CONTRAST_SAFETY',
  ALLERGY = 'ALLERGY',
  OTHER = 'OTHER',
}

/** One scale for every finding; the rule's own grade (e.g. MAJOR) is kept in `ruleSeverity`. */
export enum ReviewFindingSeverity {
  INFO = 'INFO',
  WARNING = 'WARNING',
  CRITICAL = 'CRITICAL',
}

export enum ReviewFindingDecision {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DISMISSED = 'DISMISSED',
}

/** Where a case stands on the pharmacist's worklist. */
export enum WorklistReviewState {
  NOT_STARTED = 'NOT_STARTED',
  OPEN = 'OPEN',
  SIGNED = 'SIGNED',
}

registerEnumType(PharmacistReviewStatus, { name: 'PharmacistReviewStatus' });
registerEnumType(ContrastClearance, { name: 'ContrastClearance', description: 'NOT_CLEARED only for a contraindication (ACR / ESUR).' });
registerEnumType(ReviewFindingOrigin, { name: 'ReviewFindingOrigin' });
registerEnumType(ReviewFindingKind, { name: 'ReviewFindingKind' });
registerEnumType(ReviewFindingSeverity, { name: 'ReviewFindingSeverity' });
registerEnumType(ReviewFindingDecision, { name: 'ReviewFindingDecision' });
registerEnumType(WorklistReviewState, { name: 'WorklistReviewState' });
