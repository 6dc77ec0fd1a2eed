/** Types of the stored computation (pharmacist_reviews.computed); the logic is in review-rules.ts. */

export interface ComputedInput {
  /** e.g. "serum creatinine", "age". */
  name: string;
  value: string | number;
  unit: string | null;
  /** The date the value was measured (or, for age, the review date it was computed on). */
  measuredOn: string | null;
  /** As entered, when converted (e.g. "88.4 µmol/L"). */
  entered: string | null;
}

export interface ComputedValue {
  /** Unrounded; null when an input is missing or unusable (see `note`). */
  value: number | null;
  unit: string;
  equation: string;
  source: string;
  inputs: ComputedInput[];
  /** Why the value is null, or a policy the reader should know (e.g. the weight basis). */
  note: string | null;
  /** eGFR only: KDIGO 2012 G category. */
  kdigoCategory?: string | null;
  /** CrCl only: which weight went into Cockcroft–Gault. */
  weightBasis?: string | null;
}

export interface ContrastAssessment {
  imagingRequestId: string;
  modality: string;
  bodyRegion: string;
  agent: string;
  route: string;
  plannedDate: string;
  /** null when the eGFR is missing: the pharmacist must decide. */
  clearance: string | null;
  highRiskOfContrastAki: boolean | null;
  note: string | null;
}

export interface ReviewComputation {
  reviewDate: string;
  egfr: ComputedValue;
  crcl: ComputedValue;
  bsa: ComputedValue;
  aki: boolean;
  onDialysis: boolean;
  priorContrastReaction: string;
  medications: { id: string; drug: string; dose: string | null; route: string | null; frequency: string | null }[];
  contrast: ContrastAssessment[];
}
