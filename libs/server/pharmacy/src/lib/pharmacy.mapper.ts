import { PharmacistReviewEntity } from './pharmacist-review.entity';
import { PharmacistReviewModel, ReviewComputationModel, ReviewFindingModel } from './pharmacist-review.model';
import { ReviewFindingEntity } from './review-finding.entity';
import type { ComputedValue, ReviewComputation } from './review-computation';

function toComputedValue(value: ComputedValue) {
  return {
    value: value.value,
    unit: value.unit,
    equation: value.equation,
    source: value.source,
    note: value.note,
    kdigoCategory: value.kdigoCategory ?? null,
    weightBasis: value.weightBasis ?? null,
    inputs: value.inputs.map((input) => ({ ...input, value: String(input.value) })),
  };
}

function toComputation(computed: ReviewComputation): ReviewComputationModel {
  return {
    reviewDate: computed.reviewDate,
    egfr: toComputedValue(computed.egfr),
    crcl: toComputedValue(computed.crcl),
    bsa: toComputedValue(computed.bsa),
    aki: computed.aki,
    onDialysis: computed.onDialysis,
    priorContrastReaction: computed.priorContrastReaction,
    medications: computed.medications,
    contrast: computed.contrast,
  } as ReviewComputationModel;
}

/** The review as clients see it; `findings` resolve through a DataLoader. */
export function toReviewModel(entity: PharmacistReviewEntity): PharmacistReviewModel {
  const model = new PharmacistReviewModel();
  model.id = entity.id;
  model.caseId = entity.caseId;
  model.status = entity.status;
  model.openedBy = entity.openedBy;
  model.reviewDate = entity.reviewDate;
  model.computed = toComputation(entity.computed);
  model.computedAt = entity.computedAt;
  model.computedClearance = entity.computedClearance;
  model.contrastClearance = entity.contrastClearance;
  model.clearanceNote = entity.clearanceNote;
  model.clearanceSetBy = entity.clearanceSetBy;
  model.signedBy = entity.signedBy;
  model.signedByName = entity.signedByName;
  model.signedAt = entity.signedAt;
  model.createdAt = entity.createdAt;
  model.updatedAt = entity.updatedAt;
  model.version = entity.version;
  return model;
}

/** The fingerprint and basis stay server-side. */
export function toFindingModel(entity: ReviewFindingEntity): ReviewFindingModel {
  const model = new ReviewFindingModel();
  model.id = entity.id;
  model.reviewId = entity.reviewId;
  model.origin = entity.origin;
  model.kind = entity.kind;
  model.code = entity.code;
  model.severity = entity.severity;
  model.ruleSeverity = entity.ruleSeverity;
  model.message = entity.message;
  model.recommendation = entity.recommendation;
  model.source = entity.source;
  model.decision = entity.decision;
  model.decisionReason = entity.decisionReason;
  model.decidedBy = entity.decidedBy;
  model.decidedAt = entity.decidedAt;
  model.createdBy = entity.createdBy;
  model.createdAt = entity.createdAt;
  return model;
}
