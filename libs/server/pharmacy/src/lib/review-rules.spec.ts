import { ckdEpi2021, cockcroftGault } from '@consilium/clinical-rules';
import type { ClinicalSnapshot } from '@consilium/server-cases';
import { ContrastClearance, ReviewFindingKind, ReviewFindingSeverity } from './pharmacy.enums';
import { ageInYears, computeReview, ContrastRequest } from './review-rules';

const measure = (value: number, measuredOn: string, enteredValue = value, enteredUnit?: string) => ({
  value,
  enteredValue,
  enteredUnit: enteredUnit ?? '',
  measuredOn,
});

function snapshot(patch: Partial<ClinicalSnapshot> = {}): ClinicalSnapshot {
  return {
    patientId: 'p1',
    birthDate: '1954-03-10',
    sex: 'FEMALE' as ClinicalSnapshot['sex'],
    height: { value: 165, enteredValue: 165, enteredUnit: 'cm', measuredOn: '2026-11-01' },
    weight: { value: 70, enteredValue: 70, enteredUnit: 'kg', measuredOn: '2026-11-02' },
    creatinine: { value: 1.8, enteredValue: 159.1, enteredUnit: 'µmol/L', measuredOn: '2026-11-15' },
    aki: false,
    onDialysis: false,
    priorContrastReaction: 'NONE',
    allergies: [],
    activeMedications: [],
    ...patch,
  };
}

const contrastCt: ContrastRequest = {
  id: 'req-1',
  modality: 'CT',
  bodyRegion: 'chest-abdomen-pelvis',
  agent: 'IODINATED',
  route: 'IV',
  plannedDate: '2026-12-01',
};

const REVIEW_DATE = '2026-11-20';

describe('computeReview — numbers with their inputs, dates and sources', () => {
  it('computes the age in completed years on the review date', () => {
    expect(ageInYears('1954-03-10', '2026-03-09')).toBe(71);
    expect(ageInYears('1954-03-10', '2026-03-10')).toBe(72);
  });

  it('computes eGFR (CKD-EPI 2021), CrCl (Cockcroft–Gault, actual weight) and BSA (Mosteller) from the latest measures', () => {
    const { computation } = computeReview(snapshot(), [], REVIEW_DATE);
    // Woman of 72, creatinine 1.8 mg/dL.
    expect(computation.egfr.value).toBeCloseTo(ckdEpi2021({ ageYears: 72, sex: 'F', creatinineMgDl: 1.8 }), 10);
    expect(computation.egfr.kdigoCategory).toBe('G4');
    expect(computation.egfr.source).toMatch(/Inker/);
    expect(computation.egfr.inputs).toContainEqual({ name: 'serum creatinine', value: 1.8, unit: 'mg/dL', measuredOn: '2026-11-15', entered: '159.1 µmol/L' });
    expect(computation.egfr.inputs).toContainEqual(expect.objectContaining({ name: 'age', value: 72, measuredOn: REVIEW_DATE }));
    // (140 − 72) × 70 / (72 × 1.8) × 0.85 = 31.219…
    expect(computation.crcl.value).toBeCloseTo(((140 - 72) * 70) / (72 * 1.8) * 0.85, 10);
    expect(computation.crcl.value).toBeCloseTo(cockcroftGault({ ageYears: 72, sex: 'F', weightKg: 70, creatinineMgDl: 1.8 }), 10);
    expect(computation.crcl.weightBasis).toBe('ACTUAL');
    expect(computation.crcl.equation).toMatch(/actual body weight/);
    expect(computation.crcl.inputs).toContainEqual(expect.objectContaining({ name: 'weight (actual body weight)', measuredOn: '2026-11-02' }));
    // √(165 × 70 / 3600) = 1.7911…
    expect(computation.bsa.value).toBeCloseTo(Math.sqrt((165 * 70) / 3600), 10);
    expect(computation.bsa.source).toMatch(/Mosteller/);
  });

  it('never guesses: sex OTHER or a missing measure gives null with a "missing input" note', () => {
    const other = computeReview(snapshot({ sex: 'OTHER' as ClinicalSnapshot['sex'] }), [], REVIEW_DATE).computation;
    expect(other.egfr.value).toBeNull();
    expect(other.egfr.note).toMatch(/missing input: sex \(recorded as OTHER/);
    expect(other.crcl.value).toBeNull();
    expect(other.bsa.value).not.toBeNull();
    const none = computeReview(snapshot({ creatinine: null, height: null }), [], REVIEW_DATE).computation;
    expect(none.egfr).toMatchObject({ value: null, note: expect.stringMatching(/missing input: serum creatinine/) });
    expect(none.bsa).toMatchObject({ value: null, note: expect.stringMatching(/missing input: height/) });
  });

  it('refuses the adult equations for a minor with a note instead of a number', () => {
    const { computation } = computeReview(snapshot({ birthDate: '2010-01-01' }), [], REVIEW_DATE);
    expect(computation.egfr.value).toBeNull();
    expect(computation.egfr.note).toMatch(/Not computed — ageYears/);
  });
});

describe('computeReview — automatic findings', () => {
  it('demo: eGFR 28 on metformin booked for contrast CT → prophylaxis and metformin hold, cleared with precautions', () => {
    // Woman of 72 with creatinine 1.9 mg/dL: CKD-EPI 2021 = 27.71.
    const snap = snapshot({ creatinine: measure(1.9, '2026-11-15', 1.9, 'mg/dL'), activeMedications: [{ id: 'm1', drug: 'Metformin', dose: '1 g', route: 'PO', frequency: 'BID' }] });
    const result = computeReview(snap, [contrastCt], REVIEW_DATE);
    expect(Math.round(result.computation.egfr.value as number)).toBe(28);
    expect(result.computedClearance).toBe(ContrastClearance.CLEARED_WITH_PRECAUTIONS);
    expect(result.findings.map((f) => f.code)).toEqual(['IODINATED_PROPHYLAXIS_INDICATED', 'METFORMIN_HOLD']);
    expect(result.findings.every((f) => f.kind === ReviewFindingKind.CONTRAST_SAFETY && f.severity === ReviewFindingSeverity.WARNING)).toBe(true);
    expect(result.findings[1].fingerprint).toBe('CONTRAST|req-1|METFORMIN_HOLD');
    expect(result.computation.contrast).toEqual([expect.objectContaining({ imagingRequestId: 'req-1', clearance: 'CLEARED_WITH_PRECAUTIONS', highRiskOfContrastAki: true })]);
  });

  it('demo: capecitabine with CrCl 40 → reduce to 950 mg/m² twice daily, with the dose at this BSA', () => {
    // Man of 72, 70 kg, creatinine 1.65: (140 − 72) × 70 / (72 × 1.65) = 40.07 mL/min.
    const snap = snapshot({ sex: 'MALE' as ClinicalSnapshot['sex'], creatinine: measure(1.65, '2026-11-15'), activeMedications: [{ id: 'm1', drug: 'Capecitabine', dose: '1500 mg', route: 'PO', frequency: 'BID' }] });
    const result = computeReview(snap, [], REVIEW_DATE);
    expect(Math.floor(result.computation.crcl.value as number)).toBe(40);
    expect(result.computedClearance).toBe(ContrastClearance.NOT_APPLICABLE);
    expect(result.findings).toEqual([
      expect.objectContaining({
        kind: ReviewFindingKind.RENAL_DOSE,
        code: 'RENAL_DOSE_REDUCE',
        severity: ReviewFindingSeverity.WARNING,
        fingerprint: 'RENAL_DOSE|capecitabine|REDUCE|30–50 mL/min',
        message: expect.stringMatching(/CrCl 40\.1 mL\/min \(Cockcroft–Gault, actual body weight\)/),
        recommendation: expect.stringMatching(/950 mg\/m² twice daily.*At BSA 1\.79 m² this is about 1702 mg per dose/),
        source: expect.stringMatching(/XELODA/),
      }),
    ]);
  });

  it('raises interactions with their rule and severity, and a renal-dose warning when CrCl cannot be computed', () => {
    const snap = snapshot({
      weight: null,
      activeMedications: [
        { id: 'a', drug: 'capecitabine', dose: null, route: null, frequency: null },
        { id: 'b', drug: 'Warfarin', dose: null, route: null, frequency: null },
      ],
    });
    const codes = computeReview(snap, [], REVIEW_DATE).findings.map((f) => [f.code, f.severity, f.ruleSeverity]);
    expect(codes).toEqual([
      ['CAPECITABINE_WARFARIN', 'WARNING', 'MAJOR'],
      ['RENAL_DOSE_CRCL_MISSING', 'WARNING', null],
    ]);
  });

  it('flags a medication that matches a recorded allergy', () => {
    const snap = snapshot({
      allergies: [{ substance: 'Penicillin', severity: 'SEVERE' as never, contrastReaction: false }],
      activeMedications: [{ id: 'a', drug: 'penicillin v', dose: null, route: null, frequency: null }],
    });
    expect(computeReview(snap, [], REVIEW_DATE).findings).toEqual([expect.objectContaining({ code: 'ALLERGY_MEDICATION_MATCH', severity: 'CRITICAL' })]);
  });

  it('group I gadolinium with eGFR < 30 is NOT_CLEARED; a missing eGFR leaves the clearance to the pharmacist', () => {
    const gbca = { ...contrastCt, id: 'req-2', modality: 'MRI', agent: 'GBCA_GROUP_I' as const };
    const severe = computeReview(snapshot({ creatinine: measure(2.5, '2026-11-15') }), [contrastCt, gbca], REVIEW_DATE);
    expect(severe.computedClearance).toBe(ContrastClearance.NOT_CLEARED);
    expect(severe.findings.map((f) => f.code)).toContain('GBCA_GROUP_I_CONTRAINDICATED');
    const missing = computeReview(snapshot({ creatinine: null }), [contrastCt], REVIEW_DATE);
    expect(missing.computedClearance).toBeNull();
    expect(missing.findings).toEqual([expect.objectContaining({ code: 'CONTRAST_EGFR_MISSING', fingerprint: 'CONTRAST|req-1|EGFR_MISSING' })]);
  });

  it('keeps fingerprints stable when a number moves within the same band', () => {
    const meds = [{ id: 'm1', drug: 'capecitabine', dose: null, route: null, frequency: null }];
    const a = computeReview(snapshot({ sex: 'MALE' as ClinicalSnapshot['sex'], creatinine: measure(1.65, '2026-11-15'), activeMedications: meds }), [], REVIEW_DATE);
    const b = computeReview(snapshot({ sex: 'MALE' as ClinicalSnapshot['sex'], creatinine: measure(1.7, '2026-11-18'), activeMedications: meds }), [], REVIEW_DATE);
    expect(a.findings[0].fingerprint).toBe(b.findings[0].fingerprint);
    const c = computeReview(snapshot({ sex: 'MALE' as ClinicalSnapshot['sex'], creatinine: measure(1.0, '2026-11-18'), activeMedications: meds }), [], REVIEW_DATE);
    expect(c.findings[0].fingerprint).toBe('RENAL_DOSE|capecitabine|FULL_DOSE|≥ 51 mL/min');
  });
});
