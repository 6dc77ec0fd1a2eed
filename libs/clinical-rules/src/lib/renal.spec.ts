import { ClinicalInputError } from './errors';
import {
  ckdEpi2021,
  cockcroftGault,
  cockcroftGaultWithBasis,
  creatinineUmolToMgDl,
  kdigoGfrCategory,
  type CockcroftGaultInput,
  type CkdEpiInput,
} from './renal';

describe('ckdEpi2021 (Inker 2021), hand-worked', () => {
  it('woman, 58 y, Scr 0.8 mg/dL → 85.35', () => {
    // Scr/κ = 0.8/0.7 = 1.142857 > 1, so min term = 1 and max term = 1.142857^−1.200 = 0.851941.
    // 0.9938^58 = 0.697175. 142 × 0.851941 × 0.697175 × 1.012 = 85.353.
    expect(ckdEpi2021({ ageYears: 58, sex: 'F', creatinineMgDl: 0.8 })).toBeCloseTo(85.3533, 3);
  });

  it('man, 60 y, Scr exactly κ = 0.9 → both ratio terms are 1: 142 × 0.9938^60 = 97.78', () => {
    // 0.9938^60 = e^(60 × ln 0.9938) = e^(−0.373161) = 0.688556; 142 × 0.688556 = 97.775.
    expect(ckdEpi2021({ ageYears: 60, sex: 'M', creatinineMgDl: 0.9 })).toBeCloseTo(97.775, 3);
  });

  it('woman, 40 y, Scr exactly κ = 0.7 → 142 × 0.9938^40 × 1.012 = 112.05', () => {
    // 0.9938^40 = 0.779758; 142 × 0.779758 × 1.012 = 112.054.
    expect(ckdEpi2021({ ageYears: 40, sex: 'F', creatinineMgDl: 0.7 })).toBeCloseTo(112.0543, 3);
  });

  it('woman, 70 y, Scr 0.6 (< κ) uses α = −0.241 → 96.50', () => {
    // (0.6/0.7)^−0.241 = 0.857143^−0.241 = 1.037849; 0.9938^70 = 0.647038.
    // 142 × 1.037849 × 0.647038 × 1.012 = 96.501.
    expect(ckdEpi2021({ ageYears: 70, sex: 'F', creatinineMgDl: 0.6 })).toBeCloseTo(96.5012, 3);
  });

  it('man, 45 y, Scr 1.5 (> κ) uses the −1.200 exponent → 58.15', () => {
    // (1.5/0.9)^−1.2 = 1.666667^−1.2 = 0.541728; 0.9938^45 = 0.755883; 142 × 0.541728 × 0.755883 = 58.147.
    expect(ckdEpi2021({ ageYears: 45, sex: 'M', creatinineMgDl: 1.5 })).toBeCloseTo(58.1466, 3);
  });

  it('is continuous at Scr = κ (the two branches meet)', () => {
    const at = ckdEpi2021({ ageYears: 50, sex: 'M', creatinineMgDl: 0.9 });
    expect(ckdEpi2021({ ageYears: 50, sex: 'M', creatinineMgDl: 0.9 - 1e-9 })).toBeCloseTo(at, 6);
    expect(ckdEpi2021({ ageYears: 50, sex: 'M', creatinineMgDl: 0.9 + 1e-9 })).toBeCloseTo(at, 6);
  });

  it.each<[Partial<CkdEpiInput>, RegExp]>([
    [{ creatinineMgDl: 0 }, /^creatinineMgDl must be greater than 0/],
    [{ creatinineMgDl: -0.5 }, /^creatinineMgDl must be greater than 0/],
    [{ creatinineMgDl: Number.NaN }, /^creatinineMgDl must be a finite number/],
    [{ ageYears: 17 }, /^ageYears must be between 18 and 120/],
    [{ ageYears: 121 }, /^ageYears/],
    [{ sex: 'X' as 'F' }, /^sex must be one of F, M/],
    [{ ageYears: undefined }, /^ageYears must be a finite number/],
  ])('rejects %o', (override, message) => {
    expect(() => ckdEpi2021({ ageYears: 50, sex: 'F', creatinineMgDl: 1, ...override })).toThrow(message);
  });

  it('accepts exactly 18 years', () => {
    expect(ckdEpi2021({ ageYears: 18, sex: 'M', creatinineMgDl: 1 })).toBeGreaterThan(0);
  });
});

describe('cockcroftGault (1976), hand-worked', () => {
  it('man, 60 y, 72 kg, Scr 1.0 → (140 − 60) × 72 / (72 × 1.0) = 80 mL/min', () => {
    expect(cockcroftGault({ ageYears: 60, sex: 'M', weightKg: 72, creatinineMgDl: 1 })).toBeCloseTo(80, 10);
  });

  it('the same woman gets the 0.85 factor: 80 × 0.85 = 68 mL/min', () => {
    expect(cockcroftGault({ ageYears: 60, sex: 'F', weightKg: 72, creatinineMgDl: 1 })).toBeCloseTo(68, 10);
  });

  it('woman, 70 y, 60 kg, Scr 1.2 → 70 × 60 / 86.4 × 0.85 = 41.32 mL/min', () => {
    // (140 − 70) × 60 = 4200; 72 × 1.2 = 86.4; 4200 / 86.4 = 48.6111; × 0.85 = 41.3194.
    expect(cockcroftGault({ ageYears: 70, sex: 'F', weightKg: 60, creatinineMgDl: 1.2 })).toBeCloseTo(41.3194, 4);
  });

  it('uses exactly the weight it is given and carries the caller’s weight policy with the result', () => {
    const result = cockcroftGaultWithBasis({
      ageYears: 65,
      sex: 'M',
      weightKg: 80,
      creatinineMgDl: 1.3,
      weightBasis: 'ADJUSTED',
    });
    // (140 − 65) × 80 / (72 × 1.3) = 6000 / 93.6 = 64.1026.
    expect(result.crClMlMin).toBeCloseTo(64.1026, 4);
    expect(result).toMatchObject({ weightKg: 80, weightBasis: 'ADJUSTED', sexFactor: 1 });
    expect(result.source).toMatch(/Cockcroft/);
    expect(() =>
      cockcroftGaultWithBasis({
        ageYears: 65,
        sex: 'M',
        weightKg: 80,
        creatinineMgDl: 1.3,
        weightBasis: 'LEAN' as 'IDEAL',
      }),
    ).toThrow(/^weightBasis/);
  });

  it.each<[Partial<CockcroftGaultInput>, string]>([
    [{ weightKg: 0 }, 'weightKg'],
    [{ weightKg: -70 }, 'weightKg'],
    [{ creatinineMgDl: 0 }, 'creatinineMgDl'],
    [{ ageYears: 16 }, 'ageYears'],
    [{ sex: undefined }, 'sex'],
  ])('rejects %o naming %s', (override, field) => {
    expect.assertions(2);
    try {
      cockcroftGault({ ageYears: 60, sex: 'M', weightKg: 70, creatinineMgDl: 1, ...override });
    } catch (error) {
      expect(error).toBeInstanceOf(ClinicalInputError);
      expect((error as ClinicalInputError).field).toBe(field);
    }
  });

  it('rejects a missing argument', () => {
    expect(() => cockcroftGault(undefined as unknown as CockcroftGaultInput)).toThrow(/^input is required/);
  });
});

describe('creatinineUmolToMgDl', () => {
  it('divides by 88.4: 88.4 µmol/L = 1 mg/dL; 110 µmol/L = 1.2443 mg/dL', () => {
    expect(creatinineUmolToMgDl(88.4)).toBeCloseTo(1, 12);
    // 110 / 88.4 = 1.244344.
    expect(creatinineUmolToMgDl(110)).toBeCloseTo(1.244344, 6);
  });

  it('rejects creatinine ≤ 0', () => {
    expect(() => creatinineUmolToMgDl(0)).toThrow(/^umolPerL must be greater than 0/);
  });
});

describe('kdigoGfrCategory (KDIGO 2012)', () => {
  it.each([
    [120, 'G1'],
    [90, 'G1'],
    [89.9, 'G2'],
    [60, 'G2'],
    [59.9, 'G3a'],
    [45, 'G3a'],
    [44.9, 'G3b'],
    [30, 'G3b'],
    [29.9, 'G4'],
    [15, 'G4'],
    [14.9, 'G5'],
    [0, 'G5'],
  ])('eGFR %s → %s', (egfr, category) => {
    expect(kdigoGfrCategory(egfr)).toBe(category);
  });

  it('puts a value a hair under a boundary by float error on the boundary', () => {
    expect(kdigoGfrCategory(60 - 1e-12)).toBe('G2');
  });

  it('rejects a negative or missing eGFR', () => {
    expect(() => kdigoGfrCategory(-1)).toThrow(/^egfr must not be negative/);
    expect(() => kdigoGfrCategory(Number.NaN)).toThrow(ClinicalInputError);
  });
});
