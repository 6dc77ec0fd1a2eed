import * as rules from './index';
import {
  assessContrastSafety,
  assessRecist11,
  ClinicalInputError,
  cockcroftGault,
  creatinineUmolToMgDl,
  renalDoseAdjustment,
} from './index';

describe('@consilium/clinical-rules public surface', () => {
  it('exports exactly the functions of the spec (plus cockcroftGaultWithBasis and SOURCES)', () => {
    const functions = Object.entries(rules)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(functions).toEqual(
      [
        'ClinicalInputError',
        'assessContrastSafety',
        'assessMrecist',
        'assessPercist',
        'assessRano',
        'assessRecist11',
        'bsaDuBois',
        'bsaMosteller',
        'carboplatinCalvertDose',
        'checkInteractions',
        'ckdEpi2021',
        'classifyRecistLesion',
        'cockcroftGault',
        'cockcroftGaultWithBasis',
        'creatinineUmolToMgDl',
        'kdigoGfrCategory',
        'renalDoseAdjustment',
        'validateRecistBaseline',
      ].sort(),
    );
    expect(Object.keys(rules.SOURCES).length).toBeGreaterThan(10);
  });

  it('ClinicalInputError is an Error with a field', () => {
    const error = new ClinicalInputError('weightKg', 'must be greater than 0');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ClinicalInputError',
      field: 'weightKg',
      message: 'weightKg must be greater than 0',
    });
  });
});

describe('radiology → pharmacy → decision, end to end (hand-worked)', () => {
  it('creatinine 141.44 µmol/L, woman 70 y, 60 kg → CrCl 41.3 → zoledronic acid 3.3 mg', () => {
    // 141.44 / 88.4 = 1.6 mg/dL; (140 − 70) × 60 / (72 × 1.6) × 0.85 = 4200 / 115.2 × 0.85 = 30.99 mL/min.
    const scr = creatinineUmolToMgDl(141.44);
    expect(scr).toBeCloseTo(1.6, 12);
    const crCl = cockcroftGault({ ageYears: 70, sex: 'F', weightKg: 60, creatinineMgDl: scr });
    expect(crCl).toBeCloseTo(30.9896, 4);
    // Floored to 30 → zoledronic acid band 30–39 → 3.0 mg; capecitabine 30–50 → reduce.
    expect(renalDoseAdjustment({ drug: 'zoledronic-acid', crClMlMin: crCl })).toMatchObject({
      crClUsedMlMin: 30,
      dose: '3.0 mg',
    });
    expect(renalDoseAdjustment({ drug: 'capecitabine', crClMlMin: crCl }).action).toBe('REDUCE');
  });

  it('a confirmed PR is the best response only when confirmation is not required or is met', () => {
    const input = (secondDate: string) => ({
      baseline: {
        date: '2024-01-01',
        targets: [{ lesionId: 'L1', organ: 'lung', nodal: false, diameterMm: 40 }],
        nonTargets: 0,
      },
      followUps: [
        {
          date: '2024-02-26',
          targets: [{ lesionId: 'L1', diameterMm: 26 }],
          nonTarget: 'NONE' as const,
          newLesion: 'NO' as const,
        },
        {
          date: secondDate,
          targets: [{ lesionId: 'L1', diameterMm: 27 }],
          nonTarget: 'NONE' as const,
          newLesion: 'NO' as const,
        },
      ],
    });
    // 40 → 26 (−35 %) → 27 (−32.5 %): PR twice. 2024-02-26 → 2024-03-25 is 28 days; → 2024-03-24 is 27.
    expect(assessRecist11({ ...input('2024-03-25'), confirmationRequired: true }).bestOverallResponse).toBe('PR');
    expect(assessRecist11({ ...input('2024-03-24'), confirmationRequired: true }).bestOverallResponse).toBe('SD');
    expect(assessRecist11(input('2024-03-24')).bestOverallResponse).toBe('PR');
  });

  it('contrast for a patient on metformin and ibuprofen with eGFR 25: precautions, with sources', () => {
    const result = assessContrastSafety({
      agent: 'IODINATED',
      route: 'IV',
      egfr: 25,
      aki: false,
      onDialysis: false,
      medications: ['metformin', 'ibuprofen'],
      priorContrastReaction: 'NONE',
    });
    expect(result.clearance).toBe('CLEARED_WITH_PRECAUTIONS');
    expect(result.findings.map((f) => f.code)).toEqual([
      'IODINATED_PROPHYLAXIS_INDICATED',
      'METFORMIN_HOLD',
      'NEPHROTOXIC_DRUG_WITHHOLD',
    ]);
  });
});
