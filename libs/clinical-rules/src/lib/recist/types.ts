/** Public types of the RECIST 1.1 / mRECIST engine (shapes fixed by docs/clinical-rules.md). */

export type RecistMethod = 'CT' | 'MRI' | 'CALIPER' | 'XRAY';
export type RecistLesionClass = 'TARGET_ELIGIBLE' | 'NON_TARGET' | 'NORMAL_NODE';

export interface RecistLesionMeasurement {
  nodal: boolean;
  longAxisMm: number;
  /** Required for nodal lesions: nodes are judged on the short axis. */
  shortAxisMm?: number;
  /** Defaults to CT. */
  method?: RecistMethod;
  /** CT/MRI reconstruction interval; ≤ 5 mm (or absent) means the 10 mm minimum applies. */
  sliceThicknessMm?: number;
}

export interface RecistBaselineLesion {
  lesionId?: string;
  organ: string;
  nodal: boolean;
  /** Either longAxisMm (with shortAxisMm for nodes) … */
  longAxisMm?: number;
  shortAxisMm?: number;
  /** … or the single RECIST diameter used by assessRecist11 (long axis, or short axis for a node). */
  diameterMm?: number;
  method?: RecistMethod;
  sliceThicknessMm?: number;
}

export type RecistTargetResponse = 'CR' | 'PR' | 'SD' | 'PD' | 'NE' | 'NONE';
export type RecistNonTargetResponse = 'CR' | 'NON_CR_NON_PD' | 'PD' | 'NE' | 'NONE';
export type RecistNewLesion = 'NO' | 'YES' | 'EQUIVOCAL';
export type RecistOverallResponse = 'CR' | 'PR' | 'SD' | 'NON_CR_NON_PD' | 'PD' | 'NE';

/** Why the target response is what it is, for display next to the numbers. */
export type RecistTargetBasis =
  | 'NO_TARGETS'
  | 'ALL_TARGETS_RESOLVED'
  | 'SUM_INCREASE_FROM_NADIR'
  | 'MEASURED_LESIONS_PROVE_PD'
  | 'REAPPEARANCE_AFTER_CR'
  | 'TARGET_NOT_MEASURED'
  | 'SUM_DECREASE_FROM_BASELINE'
  | 'CONTINUING_PR'
  | 'NO_THRESHOLD_MET';

export interface RecistBaselineTarget {
  lesionId: string;
  organ: string;
  nodal: boolean;
  /** Longest diameter; short axis for a node. */
  diameterMm: number;
}

export interface RecistFollowUpTarget {
  lesionId: string;
  /** null = not measured (not evaluable). */
  diameterMm: number | null;
  /** Present but too small to measure: counted as 5 mm unless diameterMm gives a number. */
  tooSmallToMeasure?: boolean;
}

export interface RecistFollowUp {
  date: string;
  targets: RecistFollowUpTarget[];
  nonTarget: RecistNonTargetResponse;
  newLesion: RecistNewLesion;
}

export interface RecistInput {
  baseline: { date: string; targets: RecistBaselineTarget[]; nonTargets: number };
  followUps: RecistFollowUp[];
  confirmationRequired?: boolean;
  sdMinimumDays?: number;
}

export interface RecistTimepoint {
  date: string;
  sumMm: number | null;
  nadirMm: number;
  changeFromBaselinePct: number | null;
  changeFromNadirPct: number | null;
  changeFromNadirMm: number | null;
  target: RecistTargetResponse;
  nonTarget: RecistNonTargetResponse;
  overall: RecistOverallResponse;
  /** Days after the baseline scan. */
  daysFromBaseline: number;
  /** Sum over the lesions that were measured (equals sumMm when all were). */
  measuredSumMm: number;
  /** Baseline targets with no measurement at this time point. */
  missingLesionIds: string[];
  targetBasis: RecistTargetBasis;
  newLesion: RecistNewLesion;
  /** True when an equivocal new lesion seen here was confirmed later, so PD dates from here. */
  pdBackdated: boolean;
}

export interface RecistResult {
  baselineSumMm: number;
  timepoints: RecistTimepoint[];
  bestOverallResponse: RecistOverallResponse;
  source: string;
  confirmationRequired: boolean;
  sdMinimumDays: number;
}

export interface Recist11Result extends RecistResult {
  /** validateRecistBaseline applied to the baseline targets (empty when the selection is valid). */
  baselineViolations: string[];
}
