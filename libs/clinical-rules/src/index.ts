// @consilium/clinical-rules — the library's only public surface.
// Pure, deterministic clinical calculations; see docs/clinical-rules.md.

export { ClinicalInputError } from './lib/errors';
export { SOURCES } from './lib/sources';

export { classifyRecistLesion } from './lib/recist/classify';
export { validateRecistBaseline } from './lib/recist/baseline';
export { assessRecist11 } from './lib/recist/assess';
export { assessMrecist } from './lib/mrecist';
export type {
  Recist11Result,
  RecistBaselineLesion,
  RecistBaselineTarget,
  RecistFollowUp,
  RecistFollowUpTarget,
  RecistInput,
  RecistLesionClass,
  RecistLesionMeasurement,
  RecistMethod,
  RecistNewLesion,
  RecistNonTargetResponse,
  RecistOverallResponse,
  RecistResult,
  RecistTargetBasis,
  RecistTargetResponse,
  RecistTimepoint,
} from './lib/recist/types';

export { assessPercist } from './lib/percist';
export type { PercistCategory, PercistInput, PercistResult } from './lib/percist';
export { assessRano } from './lib/rano';
export type { RanoFollowUp, RanoInput, RanoLesion, RanoResponse, RanoResult, RanoTimepoint } from './lib/rano';

export {
  ckdEpi2021,
  cockcroftGault,
  cockcroftGaultWithBasis,
  creatinineUmolToMgDl,
  kdigoGfrCategory,
} from './lib/renal';
export type {
  CkdEpiInput,
  CockcroftGaultInput,
  CockcroftGaultResult,
  KdigoGfrCategory,
  Sex,
  WeightBasis,
} from './lib/renal';
export { bsaDuBois, bsaMosteller } from './lib/bsa';
export type { BodySizeInput } from './lib/bsa';

export { carboplatinCalvertDose, renalDoseAdjustment } from './lib/dosing';
export type { CalvertInput, CalvertResult, RenalDoseAction, RenalDoseResult, RenalDrug } from './lib/dosing';

export { assessContrastSafety } from './lib/contrast';
export type {
  ContrastAgent,
  ContrastClearance,
  ContrastFinding,
  ContrastRoute,
  ContrastSafetyInput,
  ContrastSafetyResult,
  FindingSeverity,
  PriorContrastReaction,
} from './lib/contrast';
export { checkInteractions } from './lib/interactions';
export type { Interaction } from './lib/interactions';
export type { InteractionSeverity } from './lib/interaction-rules';
