import {
  assessContrastSafety,
  checkInteractions,
  ClinicalInputError,
  ckdEpi2021,
  cockcroftGaultWithBasis,
  bsaMosteller,
  kdigoGfrCategory,
  renalDoseAdjustment,
  SOURCES,
  type ContrastAgent,
  type ContrastRoute,
  type RenalDrug,
  type Sex,
} from '@consilium/clinical-rules';
import type { ClinicalSnapshot, DatedValue } from '@consilium/server-cases';
import { ContrastClearance, ReviewFindingKind, ReviewFindingSeverity } from './pharmacy.enums';
import type { ComputedInput, ComputedValue, ContrastAssessment, ReviewComputation } from './review-computation';

/** A contrast study requested on the case (imaging_requests, status REQUESTED, agent ≠ NONE). */
export interface ContrastRequest {
  id: string;
  modality: string;
  bodyRegion: string;
  agent: ContrastAgent;
  route: ContrastRoute | null;
  plannedDate: string;
}

/** A finding the rules raise; `fingerprint` is stable while the finding means the same thing. */
export interface AutomaticFinding {
  kind: ReviewFindingKind;
  code: string;
  severity: ReviewFindingSeverity;
  ruleSeverity: string | null;
  message: string;
  recommendation: string | null;
  source: string | null;
  basis: Record<string, unknown>;
  fingerprint: string;
}

export interface ReviewResult {
  computation: ReviewComputation;
  computedClearance: ContrastClearance | null;
  findings: AutomaticFinding[];
}

/** The drugs renalDoseAdjustment knows, as names appear in a medication list. */
const RENALLY_DOSED: readonly { drug: RenalDrug; words: string }[] = [
  { drug: 'capecitabine', words: 'capecitabine' },
  { drug: 'zoledronic-acid', words: 'zoledronic acid' },
  { drug: 'pemetrexed', words: 'pemetrexed' },
];

const CLEARANCE_RANK: Record<string, number> = { CLEARED: 0, CLEARED_WITH_PRECAUTIONS: 1, NOT_CLEARED: 2 };

const INTERACTION_SEVERITY: Record<string, ReviewFindingSeverity> = {
  CONTRAINDICATED: ReviewFindingSeverity.CRITICAL,
  MAJOR: ReviewFindingSeverity.WARNING,
  MODERATE: ReviewFindingSeverity.WARNING,
};

const RENAL_SEVERITY: Record<string, ReviewFindingSeverity> = {
  NOT_RECOMMENDED: ReviewFindingSeverity.CRITICAL,
  REDUCE: ReviewFindingSeverity.WARNING,
  FULL_DOSE: ReviewFindingSeverity.INFO,
};

/** Completed years between a birth date and a date (both YYYY-MM-DD). */
export function ageInYears(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function equationSex(sex: string): Sex | null {
  if (sex === 'FEMALE') return 'F';
  if (sex === 'MALE') return 'M';
  return null;
}

function measureInput(name: string, unit: string, measure: DatedValue): ComputedInput {
  const converted = measure.enteredUnit !== unit;
  return {
    name,
    value: measure.value,
    unit,
    measuredOn: measure.measuredOn,
    entered: converted ? `${measure.enteredValue} ${measure.enteredUnit}` : null,
  };
}

function missingNote(missing: string[]): string {
  return `Not computed — missing input: ${missing.join(', ')}.`;
}

/** The inputs every renal equation shares, or why they cannot be used. */
function renalBasics(snapshot: ClinicalSnapshot, reviewDate: string) {
  const inputs: ComputedInput[] = [];
  const missing: string[] = [];
  const age = ageInYears(snapshot.birthDate, reviewDate);
  inputs.push({ name: 'age', value: age, unit: 'years', measuredOn: reviewDate, entered: `born ${snapshot.birthDate}` });
  const sex = equationSex(snapshot.sex);
  inputs.push({ name: 'sex', value: snapshot.sex, unit: null, measuredOn: null, entered: null });
  if (!sex) missing.push(`sex (recorded as ${snapshot.sex}; the equation needs female or male)`);
  if (snapshot.creatinine) inputs.push(measureInput('serum creatinine', 'mg/dL', snapshot.creatinine));
  else missing.push('serum creatinine');
  return { age, sex, inputs, missing };
}

function unusable(error: unknown): string {
  if (error instanceof ClinicalInputError) return `Not computed — ${error.message}.`;
  throw error;
}

export function computeEgfr(snapshot: ClinicalSnapshot, reviewDate: string): ComputedValue {
  const { age, sex, inputs, missing } = renalBasics(snapshot, reviewDate);
  const base = {
    unit: 'mL/min/1.73 m²',
    equation: 'CKD-EPI 2021 creatinine equation (race-free)',
    source: SOURCES.CKD_EPI_2021,
    inputs,
    kdigoCategory: null,
  };
  if (missing.length || !sex || !snapshot.creatinine) return { ...base, value: null, note: missingNote(missing) };
  try {
    const value = ckdEpi2021({ ageYears: age, sex, creatinineMgDl: snapshot.creatinine.value });
    return {
      ...base,
      value,
      kdigoCategory: kdigoGfrCategory(value),
      note: `KDIGO 2012 category ${kdigoGfrCategory(value)} (${SOURCES.KDIGO_2012}).`,
    };
  } catch (error) {
    return { ...base, value: null, note: unusable(error) };
  }
}

/** Cockcroft–Gault with ACTUAL body weight (policy: the labels we dose from use actual weight). */
export function computeCrcl(snapshot: ClinicalSnapshot, reviewDate: string): ComputedValue {
  const { age, sex, inputs, missing } = renalBasics(snapshot, reviewDate);
  if (snapshot.weight) inputs.push(measureInput('weight (actual body weight)', 'kg', snapshot.weight));
  else missing.push('weight');
  const base = {
    unit: 'mL/min',
    equation: 'Cockcroft–Gault, actual body weight',
    source: SOURCES.COCKCROFT_GAULT,
    inputs,
    weightBasis: 'ACTUAL',
  };
  if (missing.length || !sex || !snapshot.creatinine || !snapshot.weight) {
    return { ...base, value: null, note: missingNote(missing) };
  }
  try {
    const result = cockcroftGaultWithBasis({
      ageYears: age,
      sex,
      weightKg: snapshot.weight.value,
      creatinineMgDl: snapshot.creatinine.value,
      weightBasis: 'ACTUAL',
    });
    return {
      ...base,
      value: result.crClMlMin,
      note: `Actual body weight used (policy); sex factor ${result.sexFactor}.`,
    };
  } catch (error) {
    return { ...base, value: null, note: unusable(error) };
  }
}

export function computeBsa(snapshot: ClinicalSnapshot): ComputedValue {
  const inputs: ComputedInput[] = [];
  const missing: string[] = [];
  if (snapshot.height) inputs.push(measureInput('height', 'cm', snapshot.height));
  else missing.push('height');
  if (snapshot.weight) inputs.push(measureInput('weight', 'kg', snapshot.weight));
  else missing.push('weight');
  const base = { unit: 'm²', equation: 'Mosteller', source: SOURCES.MOSTELLER, inputs };
  if (!snapshot.height || !snapshot.weight) return { ...base, value: null, note: missingNote(missing) };
  try {
    return { ...base, value: bsaMosteller({ heightCm: snapshot.height.value, weightKg: snapshot.weight.value }), note: null };
  } catch (error) {
    return { ...base, value: null, note: unusable(error) };
  }
}

/** Generic-name words of a medication: lower case, `-`/`_` as spaces, combination parts split. */
function components(drug: string): string[] {
  return drug
    .toLowerCase()
    .split(/[/+]/)
    .map((part) => part.replace(/[-_]/g, ' ').trim().split(/\s+/).join(' '))
    .filter(Boolean);
}

function renalDrugOf(drug: string): RenalDrug | null {
  for (const part of components(drug)) {
    const known = RENALLY_DOSED.find((r) => part === r.words || part.startsWith(`${r.words} `));
    if (known) return known.drug;
  }
  return null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

function renalFindings(snapshot: ClinicalSnapshot, crcl: ComputedValue, bsa: ComputedValue): AutomaticFinding[] {
  const findings: AutomaticFinding[] = [];
  const seen = new Set<RenalDrug>();
  for (const medication of snapshot.activeMedications) {
    const drug = renalDrugOf(medication.drug);
    if (!drug || seen.has(drug)) continue;
    seen.add(drug);
    if (crcl.value === null) {
      findings.push({
        kind: ReviewFindingKind.RENAL_DOSE,
        code: 'RENAL_DOSE_CRCL_MISSING',
        severity: ReviewFindingSeverity.WARNING,
        ruleSeverity: null,
        message: `${medication.drug} is dosed by creatinine clearance, which could not be computed. ${crcl.note ?? ''}`.trim(),
        recommendation: 'Record the missing measures (or dose by a measured clearance) before the meeting.',
        source: null,
        basis: { drug, medicationId: medication.id },
        fingerprint: `RENAL_DOSE|${drug}|CRCL_MISSING`,
      });
      continue;
    }
    const result = renalDoseAdjustment({ drug, crClMlMin: crcl.value });
    const perM2 = result.dose?.match(/^(\d+(?:\.\d+)?) mg\/m²/);
    const absolute =
      perM2 && bsa.value !== null
        ? ` At BSA ${round2(bsa.value)} m² this is about ${Math.round(Number(perM2[1]) * bsa.value)} mg per dose.`
        : '';
    const action = result.action.replace('_', ' ').toLowerCase();
    findings.push({
      kind: ReviewFindingKind.RENAL_DOSE,
      code: `RENAL_DOSE_${result.action}`,
      severity: RENAL_SEVERITY[result.action],
      ruleSeverity: result.action,
      message: `${medication.drug}: CrCl ${round1(crcl.value)} mL/min (Cockcroft–Gault, actual body weight) is in the label band ${result.band} — ${action}.`,
      recommendation: [result.dose ? `${result.dose}.${absolute}` : 'Not recommended at this renal function.', ...result.notes, result.binning]
        .filter(Boolean)
        .join(' '),
      source: result.source,
      basis: { drug, medicationId: medication.id, crClMlMin: result.crClMlMin, crClUsedMlMin: result.crClUsedMlMin, band: result.band },
      fingerprint: `RENAL_DOSE|${drug}|${result.action}|${result.band}`,
    });
  }
  return findings;
}

function interactionFindings(snapshot: ClinicalSnapshot): AutomaticFinding[] {
  return checkInteractions(snapshot.activeMedications.map((m) => m.drug)).map((interaction) => ({
    kind: ReviewFindingKind.INTERACTION,
    code: interaction.ruleId,
    severity: INTERACTION_SEVERITY[interaction.severity],
    ruleSeverity: interaction.severity,
    message: `${interaction.pair[0]} + ${interaction.pair[1]}: ${interaction.mechanism}`,
    recommendation: interaction.recommendation,
    source: interaction.source,
    basis: { pair: interaction.pair },
    fingerprint: `INTERACTION|${interaction.ruleId}|${[...interaction.pair].sort().join('+')}`,
  }));
}

function allergyFindings(snapshot: ClinicalSnapshot): AutomaticFinding[] {
  const findings: AutomaticFinding[] = [];
  for (const allergy of snapshot.allergies) {
    if (allergy.contrastReaction) continue;
    const substance = allergy.substance.trim().toLowerCase();
    if (!substance) continue;
    for (const medication of snapshot.activeMedications) {
      if (!components(medication.drug).some((part) => part.includes(substance))) continue;
      findings.push({
        kind: ReviewFindingKind.ALLERGY,
        code: 'ALLERGY_MEDICATION_MATCH',
        severity: ReviewFindingSeverity.CRITICAL,
        ruleSeverity: allergy.severity,
        message: `${medication.drug} matches a recorded ${allergy.severity.toLowerCase()} allergy to ${allergy.substance}.`,
        recommendation: 'Confirm the allergy and the need for this medication; consider an alternative.',
        source: 'Recorded allergy list (name match)',
        basis: { substance: allergy.substance, medicationId: medication.id },
        fingerprint: `ALLERGY|${substance}|${components(medication.drug).join('+')}`,
      });
    }
  }
  return findings;
}

function contrastSafety(
  snapshot: ClinicalSnapshot,
  egfr: ComputedValue,
  requests: readonly ContrastRequest[],
): { assessments: ContrastAssessment[]; findings: AutomaticFinding[] } {
  const assessments: ContrastAssessment[] = [];
  const findings: AutomaticFinding[] = [];
  for (const request of requests) {
    const route = request.route ?? 'IV';
    const study = { imagingRequestId: request.id, modality: request.modality, bodyRegion: request.bodyRegion, agent: request.agent, route, plannedDate: request.plannedDate };
    if (egfr.value === null) {
      assessments.push({ ...study, clearance: null, highRiskOfContrastAki: null, note: `eGFR unavailable: ${egfr.note ?? ''}`.trim() });
      findings.push({
        kind: ReviewFindingKind.CONTRAST_SAFETY,
        code: 'CONTRAST_EGFR_MISSING',
        severity: ReviewFindingSeverity.WARNING,
        ruleSeverity: null,
        message: `${request.modality} ${request.bodyRegion} with ${request.agent} contrast on ${request.plannedDate}: contrast safety cannot be assessed without an eGFR. ${egfr.note ?? ''}`.trim(),
        recommendation: 'Record a recent serum creatinine, or clear the study by hand with a note.',
        source: SOURCES.ACR_MANUAL,
        basis: study,
        fingerprint: `CONTRAST|${request.id}|EGFR_MISSING`,
      });
      continue;
    }
    const result = assessContrastSafety({
      agent: request.agent,
      route,
      egfr: egfr.value,
      aki: snapshot.aki,
      onDialysis: snapshot.onDialysis,
      medications: snapshot.activeMedications.map((m) => m.drug),
      priorContrastReaction: snapshot.priorContrastReaction,
    });
    assessments.push({ ...study, clearance: result.clearance, highRiskOfContrastAki: result.highRiskOfContrastAki, note: null });
    for (const finding of result.findings) {
      const subject = finding.code === 'NEPHROTOXIC_DRUG_WITHHOLD' ? `|${finding.message.split(' (')[0]}` : '';
      findings.push({
        kind: ReviewFindingKind.CONTRAST_SAFETY,
        code: finding.code,
        severity: finding.severity as ReviewFindingSeverity,
        ruleSeverity: finding.severity,
        message: `${request.modality} ${request.bodyRegion} (${request.agent}, ${route}, ${request.plannedDate}): ${finding.message}`,
        recommendation: finding.recommendation,
        source: finding.source,
        basis: { ...study, egfr: egfr.value, aki: snapshot.aki, onDialysis: snapshot.onDialysis },
        fingerprint: `CONTRAST|${request.id}|${finding.code}${subject}`,
      });
    }
  }
  return { assessments, findings };
}

/** The worst clearance over the requested studies; NOT_APPLICABLE with none; null when one cannot be assessed. */
export function overallClearance(assessments: readonly ContrastAssessment[]): ContrastClearance | null {
  if (assessments.length === 0) return ContrastClearance.NOT_APPLICABLE;
  if (assessments.some((a) => a.clearance === null)) return null;
  const worst = assessments.reduce((acc, a) => (CLEARANCE_RANK[a.clearance as string] > CLEARANCE_RANK[acc] ? (a.clearance as string) : acc), 'CLEARED');
  return worst as ContrastClearance;
}

/**
 * Everything the pharmacist sees on opening a review, from the latest measures on or before
 * `reviewDate`: eGFR, CrCl and BSA with their inputs, dates and sources, and the automatic
 * findings (interactions, renal dosing, allergies, contrast safety per requested study).
 */
export function computeReview(snapshot: ClinicalSnapshot, requests: readonly ContrastRequest[], reviewDate: string): ReviewResult {
  const egfr = computeEgfr(snapshot, reviewDate);
  const crcl = computeCrcl(snapshot, reviewDate);
  const bsa = computeBsa(snapshot);
  const contrast = contrastSafety(snapshot, egfr, requests);
  const findings = [...interactionFindings(snapshot), ...renalFindings(snapshot, crcl, bsa), ...allergyFindings(snapshot), ...contrast.findings];
  const unique = new Map(findings.map((f) => [f.fingerprint, f]));
  return {
    computation: {
      reviewDate,
      egfr,
      crcl,
      bsa,
      aki: snapshot.aki,
      onDialysis: snapshot.onDialysis,
      priorContrastReaction: snapshot.priorContrastReaction,
      medications: snapshot.activeMedications.map((m) => ({ ...m })),
      contrast: contrast.assessments,
    },
    computedClearance: overallClearance(contrast.assessments),
    findings: [...unique.values()],
  };
}
