import { ClinicalInputError } from './errors';
import { assessRano, type RanoFollowUp, type RanoInput, type RanoLesion } from './rano';

const L = (longMm: number, perpendicularMm: number): RanoLesion => ({ longMm, perpendicularMm });
const fu = (date: string, lesions: RanoLesion[], extra: Partial<RanoFollowUp> = {}): RanoFollowUp => ({
  date,
  lesions,
  newMeasurableLesion: false,
  clearNonMeasurableProgression: false,
  ...extra,
});
const run = (baseline: RanoLesion[], followUps: RanoFollowUp[]) =>
  assessRano({ baseline: { lesions: baseline }, followUps });

describe('assessRano (Wen 2023, RANO 2.0)', () => {
  it('sums products of perpendicular diameters (hand-worked)', () => {
    // Baseline 20 × 20 + 15 × 10 = 400 + 150 = 550 mm².
    // Follow-up 14 × 14 + 10 × 8 = 196 + 80 = 276 mm²: (276 − 550) / 550 = −49.82 % → not yet PR → SD.
    const result = run([L(20, 20), L(15, 10)], [fu('2024-03-01', [L(14, 14), L(10, 8)])]);
    expect(result.baselineSpdMm2).toBe(550);
    expect(result.timepoints[0]).toMatchObject({ spdMm2: 276, nadirMm2: 550, response: 'SD', confirmed: null });
    expect(result.timepoints[0].changeFromBaselinePct).toBeCloseTo(-49.8182, 4);
    expect(result.source).toMatch(/Wen/);
  });

  it('PR at exactly −50 % against baseline', () => {
    // 20 × 20 = 400 → 20 × 10 = 200: −50 %.
    expect(run([L(20, 20)], [fu('2024-03-01', [L(20, 10)])]).timepoints[0].response).toBe('PR');
  });

  it('PD at exactly +25 % against the nadir, not at +24 %', () => {
    // Nadir 20 × 10 = 200; 25 × 10 = 250 is +25 % → PD; 248 (+24 %, and −38 % from 400) is SD.
    const pd = run([L(20, 20)], [fu('2024-03-01', [L(20, 10)]), fu('2024-05-01', [L(25, 10)])]);
    expect(pd.timepoints[1]).toMatchObject({ nadirMm2: 200, response: 'PD' });
    expect(pd.timepoints[1].changeFromNadirPct).toBeCloseTo(25, 9);
    const notPd = run([L(20, 20)], [fu('2024-03-01', [L(20, 10)]), fu('2024-05-01', [L(24.8, 10)])]);
    expect(notPd.timepoints[1].response).toBe('SD');
  });

  it('a new measurable lesion or clear non-measurable progression is PD whatever the SPD', () => {
    expect(
      run([L(20, 20)], [fu('2024-03-01', [L(10, 10)], { newMeasurableLesion: true })]).timepoints[0].response,
    ).toBe('PD');
    expect(
      run([L(20, 20)], [fu('2024-03-01', [L(10, 10)], { clearNonMeasurableProgression: true })]).timepoints[0].response,
    ).toBe('PD');
  });

  it('CR needs all enhancing disease gone and no supraphysiological steroids; confirmed ≥ 28 days later', () => {
    const result = run(
      [L(20, 20)],
      [fu('2024-03-01', [L(0, 0)]), fu('2024-03-29', []), fu('2024-05-01', [], { steroidsAbovePhysiologic: true })],
    );
    expect(result.timepoints.map((t) => t.response)).toEqual(['CR', 'CR', 'PR']);
    expect(result.timepoints.map((t) => t.confirmed)).toEqual([true, false, false]);
    expect(result.bestResponse).toBe('CR');
    expect(result.timepoints[1].changeFromNadirPct).toBeNull();
  });

  it('a steroid increase alone is not PD', () => {
    expect(
      run([L(20, 20)], [fu('2024-03-01', [L(19, 19)], { steroidsAbovePhysiologic: true })]).timepoints[0].response,
    ).toBe('SD');
  });

  it('any enhancing disease reappearing after it had gone is PD', () => {
    const result = run([L(20, 20)], [fu('2024-03-01', []), fu('2024-05-01', [L(5, 4)])]);
    expect(result.timepoints[1].response).toBe('PD');
  });

  it('a PR is confirmed by a PR or CR ≥ 28 days later, not 27, and not after PD', () => {
    const confirmed = run([L(20, 20)], [fu('2024-03-01', [L(10, 10)]), fu('2024-03-29', [L(10, 10)])]);
    expect(confirmed.timepoints[0].confirmed).toBe(true);
    expect(confirmed.bestResponse).toBe('PR');
    const early = run([L(20, 20)], [fu('2024-03-01', [L(10, 10)]), fu('2024-03-28', [L(10, 10)])]);
    expect(early.timepoints[0].confirmed).toBe(false);
    expect(early.bestResponse).toBe('SD');
    const afterPd = run(
      [L(20, 20)],
      [fu('2024-03-01', [L(10, 10)]), fu('2024-04-01', [L(20, 20)]), fu('2024-05-01', [L(10, 10)])],
    );
    expect(afterPd.timepoints[0].confirmed).toBe(false);
    expect(afterPd.bestResponse).toBe('SD');
  });

  it('a CR followed only by a PR (steroids started) is confirmed at PR level', () => {
    const result = run([L(20, 20)], [fu('2024-03-01', []), fu('2024-04-01', [], { steroidsAbovePhysiologic: true })]);
    expect(result.timepoints.map((t) => t.response)).toEqual(['CR', 'PR']);
    expect(result.timepoints[0].confirmed).toBe(false);
    expect(result.bestResponse).toBe('PR');
  });

  it('best response is PD when the first scan progressed, NE with no scan yet', () => {
    expect(run([L(20, 20)], [fu('2024-03-01', [L(30, 30)])]).bestResponse).toBe('PD');
    expect(run([L(20, 20)], []).bestResponse).toBe('NE');
  });

  it('rejects bad input, naming the field', () => {
    const bad = (value: unknown) => () => assessRano(value as RanoInput);
    expect(bad({ baseline: { lesions: [] }, followUps: [] })).toThrow(/^baseline\.lesions must list/);
    expect(bad({ baseline: { lesions: [L(20, 9)] }, followUps: [] })).toThrow(
      /^baseline\.lesions\[0\] is not measurable/,
    );
    expect(bad({ baseline: { lesions: [L(9, 20)] }, followUps: [] })).toThrow(ClinicalInputError);
    expect(bad({ baseline: { lesions: [L(20, -1)] }, followUps: [] })).toThrow(
      /^baseline\.lesions\[0\]\.perpendicularMm/,
    );
    expect(bad({ baseline: {}, followUps: [] })).toThrow(/^baseline\.lesions/);
    expect(bad({ baseline: { lesions: [L(20, 20)] }, followUps: [fu('2024-03-01', [L(Number.NaN, 1)])] })).toThrow(
      /^followUps\[0\]\.lesions\[0\]\.longMm/,
    );
    expect(
      bad({ baseline: { lesions: [L(20, 20)] }, followUps: [fu('2024-03-01', []), fu('2024-03-01', [])] }),
    ).toThrow(/^followUps\[1\]\.date must be later/);
    expect(
      bad({ baseline: { lesions: [L(20, 20)] }, followUps: [{ ...fu('2024-03-01', []), newMeasurableLesion: 'no' }] }),
    ).toThrow(/^followUps\[0\]\.newMeasurableLesion/);
    expect(
      bad({
        baseline: { lesions: [L(20, 20)] },
        followUps: [fu('2024-03-01', [], { steroidsAbovePhysiologic: 1 as unknown as boolean })],
      }),
    ).toThrow(/^followUps\[0\]\.steroidsAbovePhysiologic/);
  });
});
