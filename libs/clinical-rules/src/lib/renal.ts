import { atLeast } from './numeric';
import { SOURCES } from './sources';
import { requireAdultAge, requireNonNegative, requireObject, requireOneOf, requirePositive } from './validate';

export type Sex = 'F' | 'M';
export type KdigoGfrCategory = 'G1' | 'G2' | 'G3a' | 'G3b' | 'G4' | 'G5';
/** Which weight the caller put into Cockcroft–Gault; the equation itself uses whatever it is given. */
export type WeightBasis = 'ACTUAL' | 'IDEAL' | 'ADJUSTED';

export interface CkdEpiInput {
  ageYears: number;
  sex: Sex;
  creatinineMgDl: number;
}

export interface CockcroftGaultInput {
  ageYears: number;
  sex: Sex;
  weightKg: number;
  creatinineMgDl: number;
}

export interface CockcroftGaultResult {
  crClMlMin: number;
  weightKg: number;
  weightBasis: WeightBasis;
  /** 0.85 for women, 1 for men. */
  sexFactor: number;
  source: string;
}

const SEXES: readonly Sex[] = ['F', 'M'];
const WEIGHT_BASES: readonly WeightBasis[] = ['ACTUAL', 'IDEAL', 'ADJUSTED'];

/** Inker 2021 (NEJM 385:1737), CKD-EPI 2021 creatinine equation, race-free coefficients. */
const CKD_EPI_2021 = {
  F: { kappa: 0.7, alpha: -0.241, sexFactor: 1.012 },
  M: { kappa: 0.9, alpha: -0.302, sexFactor: 1 },
} as const;

/** Cockcroft & Gault 1976: the female estimate is 85 % of the male one. */
const CG_SEX_FACTOR = { F: 0.85, M: 1 } as const;

/** µmol/L → mg/dL: creatinine molar mass 113.12 g/mol gives the conventional factor 88.4. */
const CREATININE_UMOL_PER_MG_DL = 88.4;

/**
 * eGFR (mL/min/1.73 m²) by CKD-EPI 2021 (Inker et al., NEJM 2021):
 * 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 [if female],
 * κ = 0.7 (F) / 0.9 (M), α = −0.241 (F) / −0.302 (M). Adults (≥ 18 y) only.
 */
export function ckdEpi2021(p: CkdEpiInput): number {
  const input = requireObject(p, 'input');
  const age = requireAdultAge(input.ageYears, 'ageYears');
  const sex = requireOneOf(input.sex, SEXES, 'sex');
  const scr = requirePositive(input.creatinineMgDl, 'creatinineMgDl');
  const { kappa, alpha, sexFactor } = CKD_EPI_2021[sex];
  const ratio = scr / kappa;
  return 142 * Math.min(ratio, 1) ** alpha * Math.max(ratio, 1) ** -1.2 * 0.9938 ** age * sexFactor;
}

function cockcroftGaultCore(p: CockcroftGaultInput): { crClMlMin: number; weightKg: number; sexFactor: number } {
  const input = requireObject(p, 'input');
  const age = requireAdultAge(input.ageYears, 'ageYears');
  const sex = requireOneOf(input.sex, SEXES, 'sex');
  const weightKg = requirePositive(input.weightKg, 'weightKg');
  const scr = requirePositive(input.creatinineMgDl, 'creatinineMgDl');
  const sexFactor = CG_SEX_FACTOR[sex];
  return { crClMlMin: (((140 - age) * weightKg) / (72 * scr)) * sexFactor, weightKg, sexFactor };
}

/**
 * Creatinine clearance (mL/min) by Cockcroft & Gault (1976): (140 − age) × weight / (72 × Scr),
 * × 0.85 if female. Uses the weight it is given: choosing actual, ideal or adjusted body
 * weight is the caller's policy (see cockcroftGaultWithBasis to carry it with the result).
 */
export function cockcroftGault(p: CockcroftGaultInput): number {
  return cockcroftGaultCore(p).crClMlMin;
}

/** Cockcroft–Gault with the basis the UI shows next to it: the weight used and its policy. */
export function cockcroftGaultWithBasis(p: CockcroftGaultInput & { weightBasis: WeightBasis }): CockcroftGaultResult {
  const core = cockcroftGaultCore(p);
  const weightBasis = requireOneOf(p.weightBasis, WEIGHT_BASES, 'weightBasis');
  return { ...core, weightBasis, source: SOURCES.COCKCROFT_GAULT };
}

/** Serum creatinine µmol/L → mg/dL (÷ 88.4). */
export function creatinineUmolToMgDl(umolPerL: number): number {
  return requirePositive(umolPerL, 'umolPerL') / CREATININE_UMOL_PER_MG_DL;
}

/**
 * KDIGO 2012 GFR category: G1 ≥ 90, G2 60–89, G3a 45–59, G3b 30–44, G4 15–29, G5 < 15
 * (mL/min/1.73 m²). The bands are contiguous on the real line: 89.5 is G2, 59.99 is G3a.
 */
export function kdigoGfrCategory(egfr: number): KdigoGfrCategory {
  const value = requireNonNegative(egfr, 'egfr');
  if (atLeast(value, 90)) return 'G1';
  if (atLeast(value, 60)) return 'G2';
  if (atLeast(value, 45)) return 'G3a';
  if (atLeast(value, 30)) return 'G3b';
  if (atLeast(value, 15)) return 'G4';
  return 'G5';
}
