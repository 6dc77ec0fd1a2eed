import { ClinicalInputError } from './errors';
import { carboplatinCalvertDose, renalDoseAdjustment, type CalvertInput, type RenalDrug } from './dosing';

describe('carboplatinCalvertDose (Calvert 1989; FDA 2010 cap)', () => {
  it('AUC 5, GFR 90 → 5 × (90 + 25) = 575 mg, not capped', () => {
    expect(carboplatinCalvertDose({ targetAuc: 5, gfrMlMin: 90 })).toMatchObject({
      doseMg: 575,
      gfrUsed: 90,
      capped: false,
      capGfrMlMin: 125,
    });
  });

  it('AUC 6 with GFR 140 is capped at 125: 6 × (125 + 25) = 900 mg', () => {
    const result = carboplatinCalvertDose({ targetAuc: 6, gfrMlMin: 140 });
    expect(result).toMatchObject({ doseMg: 900, gfrUsed: 125, capped: true, gfrMlMin: 140 });
    expect(result.source).toMatch(/Calvert.*FDA/);
  });

  it('GFR exactly 125 is used as is and not flagged as capped', () => {
    expect(carboplatinCalvertDose({ targetAuc: 6, gfrMlMin: 125 })).toMatchObject({ doseMg: 900, capped: false });
  });

  it('AUC 2 with GFR 62.5 → 2 × 87.5 = 175 mg', () => {
    expect(carboplatinCalvertDose({ targetAuc: 2, gfrMlMin: 62.5 }).doseMg).toBeCloseTo(175, 10);
  });

  it('honours a local cap', () => {
    // AUC 5, cap 100: 5 × (100 + 25) = 625 mg.
    expect(carboplatinCalvertDose({ targetAuc: 5, gfrMlMin: 130, capGfrMlMin: 100 })).toMatchObject({
      doseMg: 625,
      gfrUsed: 100,
      capped: true,
    });
  });

  it.each<[Partial<CalvertInput>, string]>([
    [{ targetAuc: 0 }, 'targetAuc'],
    [{ targetAuc: Number.NaN }, 'targetAuc'],
    [{ gfrMlMin: -1 }, 'gfrMlMin'],
    [{ gfrMlMin: undefined }, 'gfrMlMin'],
    [{ capGfrMlMin: 0 }, 'capGfrMlMin'],
  ])('rejects %o naming %s', (override, field) => {
    expect(() => carboplatinCalvertDose({ targetAuc: 5, gfrMlMin: 60, ...override })).toThrow(
      expect.objectContaining({ field }) as unknown as Error,
    );
  });
});

describe('renalDoseAdjustment — zoledronic acid (label bins on whole numbers)', () => {
  it.each([
    [29, 'NOT_RECOMMENDED', undefined],
    [30, 'REDUCE', '3.0 mg'],
    [39, 'REDUCE', '3.0 mg'],
    [40, 'REDUCE', '3.3 mg'],
    [49, 'REDUCE', '3.3 mg'],
    [50, 'REDUCE', '3.5 mg'],
    [60, 'REDUCE', '3.5 mg'],
    [61, 'FULL_DOSE', '4.0 mg'],
  ])('CrCl %s mL/min → %s %s', (crClMlMin, action, dose) => {
    const result = renalDoseAdjustment({ drug: 'zoledronic-acid', crClMlMin });
    expect(result.action).toBe(action);
    expect(result.dose).toBe(dose);
    expect(result.crClUsedMlMin).toBe(crClMlMin);
  });

  it('floors before binning: 49.6 → 49 (3.3 mg), 60.9 → 60 (3.5 mg), 29.99 → 29 (not recommended)', () => {
    expect(renalDoseAdjustment({ drug: 'zoledronic-acid', crClMlMin: 49.6 })).toMatchObject({
      crClMlMin: 49.6,
      crClUsedMlMin: 49,
      dose: '3.3 mg',
      band: '40–49 mL/min',
      binning: 'CrCl 49.6 mL/min floored to 49 mL/min before binning (label bands are whole numbers)',
    });
    expect(renalDoseAdjustment({ drug: 'zoledronic-acid', crClMlMin: 60.9 }).dose).toBe('3.5 mg');
    expect(renalDoseAdjustment({ drug: 'zoledronic-acid', crClMlMin: 29.99 }).action).toBe('NOT_RECOMMENDED');
  });

  it('leaves out the dose when the drug is not recommended', () => {
    expect(renalDoseAdjustment({ drug: 'zoledronic-acid', crClMlMin: 20 })).not.toHaveProperty('dose');
  });
});

describe('renalDoseAdjustment — capecitabine and pemetrexed', () => {
  it.each([
    [29, 'NOT_RECOMMENDED'],
    [30, 'REDUCE'],
    [50, 'REDUCE'],
    [50.9, 'REDUCE'],
    [51, 'FULL_DOSE'],
    [80, 'FULL_DOSE'],
  ])('capecitabine, CrCl %s → %s', (crClMlMin, action) => {
    expect(renalDoseAdjustment({ drug: 'capecitabine', crClMlMin }).action).toBe(action);
  });

  it('capecitabine 30–50 mL/min: 950 mg/m² twice daily (75 % of 1250)', () => {
    const result = renalDoseAdjustment({ drug: 'capecitabine', crClMlMin: 40 });
    expect(result.dose).toMatch(/^950 mg\/m² twice daily/);
    expect(result.source).toMatch(/capecitabine/i);
  });

  it.each([
    [44, 'NOT_RECOMMENDED', 0],
    [44.9, 'NOT_RECOMMENDED', 0],
    [45, 'FULL_DOSE', 1],
    [79, 'FULL_DOSE', 1],
    [80, 'FULL_DOSE', 0],
  ])('pemetrexed, CrCl %s → %s with %s NSAID note(s)', (crClMlMin, action, notes) => {
    const result = renalDoseAdjustment({ drug: 'pemetrexed', crClMlMin });
    expect(result.action).toBe(action);
    expect(result.notes).toHaveLength(notes);
  });

  it('pemetrexed 45–79 mL/min tells the pharmacist when to hold NSAIDs', () => {
    expect(renalDoseAdjustment({ drug: 'pemetrexed', crClMlMin: 60 }).notes[0]).toMatch(
      /short-acting NSAIDs.*2 days before to 2 days after/,
    );
  });

  it('reads the drug name case-insensitively, with a space or hyphen', () => {
    expect(renalDoseAdjustment({ drug: 'Zoledronic Acid' as RenalDrug, crClMlMin: 45 }).drug).toBe('zoledronic-acid');
    expect(renalDoseAdjustment({ drug: ' CAPECITABINE ' as RenalDrug, crClMlMin: 45 }).drug).toBe('capecitabine');
  });

  it('throws ClinicalInputError for an unknown or missing drug, naming the field', () => {
    expect(() => renalDoseAdjustment({ drug: 'cisplatin' as RenalDrug, crClMlMin: 45 })).toThrow(ClinicalInputError);
    expect(() => renalDoseAdjustment({ drug: 'cisplatin' as RenalDrug, crClMlMin: 45 })).toThrow(
      /^drug must be one of/,
    );
    expect(() => renalDoseAdjustment({ drug: 'constructor' as RenalDrug, crClMlMin: 45 })).toThrow(/^drug/);
    expect(() => renalDoseAdjustment({ crClMlMin: 45 } as { drug: RenalDrug; crClMlMin: number })).toThrow(/^drug/);
  });

  it('rejects a negative or non-numeric CrCl', () => {
    expect(() => renalDoseAdjustment({ drug: 'pemetrexed', crClMlMin: -5 })).toThrow(/^crClMlMin must not be negative/);
    expect(() => renalDoseAdjustment({ drug: 'pemetrexed', crClMlMin: Number.POSITIVE_INFINITY })).toThrow(
      /^crClMlMin/,
    );
  });
});
