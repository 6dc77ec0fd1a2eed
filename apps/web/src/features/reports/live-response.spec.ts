import { computeLiveResponse, type MeasuredLesion, type ResponseReport } from './live-response';

const lesion = (lesionId: string, over: Partial<MeasuredLesion> = {}): MeasuredLesion => ({
  lesionId,
  label: lesionId === 'node' ? 'Subcarinal node' : 'Right upper lobe mass',
  organ: lesionId === 'node' ? 'lymph node' : 'lung',
  nodal: lesionId === 'node',
  role: 'TARGET',
  longAxisMm: null,
  shortAxisMm: null,
  viableDiameterMm: null,
  perpendicularMm: null,
  suvPeak: null,
  tooSmallToMeasure: false,
  notMeasured: false,
  ...over,
});

const report = (id: string, studyDate: string, mass: number | null, node: number | null, over: Partial<ResponseReport> = {}): ResponseReport => ({
  id,
  studyDate,
  criteria: 'RECIST_1_1',
  status: 'FINAL',
  isBaseline: false,
  nonTargetResponse: 'NONE',
  newLesion: 'NO',
  clearNonMeasurableProgression: false,
  steroidsAbovePhysiologic: false,
  uptakeNormalized: false,
  measurements: [
    lesion('mass', { longAxisMm: mass }),
    lesion('node', { longAxisMm: node === null ? null : node + 8, shortAxisMm: node }),
  ],
  ...over,
});

// The demo lung case (docs/imaging.md): 30 + 22 = 52 → 20 + 15 = 35 (PR) → 24 + 20 = 44 (PD).
const baseline = report('b', '2026-06-01', 30, 22, { isBaseline: true });
const firstFollowUp = report('f1', '2026-08-01', 20, 15);

describe('computeLiveResponse (RECIST 1.1)', () => {
  it('gives PD against the nadir, with the sum, nadir, changes and the rule source', () => {
    const draft = report('d', '2026-10-01', 24, 20, { status: 'DRAFT' });
    const live = computeLiveResponse([draft, firstFollowUp, baseline], draft);
    if (live.kind !== 'follow-up') throw new Error(`expected a follow-up response, got ${live.kind}`);
    expect(live.rule).toBe('assessRecist11');
    expect(live.baselineSum).toBe(52);
    expect(live.current).toMatchObject({ sum: 44, nadir: 35, category: 'PD', target: 'PD' });
    expect(live.current.changeFromNadirPct).toBeCloseTo(25.714, 3);
    expect(live.current.changeFromNadirAbsolute).toBeCloseTo(9, 9);
    expect(live.current.changeFromBaselinePct).toBeCloseTo(-15.385, 3);
    expect(live.timepoints.map((t) => t.category)).toEqual(['PR', 'PD']);
    expect(live.bestOverallResponse).toBe('PR');
    expect(live.source).toMatch(/Eisenhauer/);
  });

  it('changes as the measurements are typed: the same draft at 20 + 16 is not PD', () => {
    const draft = report('d', '2026-10-01', 20, 16, { status: 'DRAFT' });
    const live = computeLiveResponse([baseline, firstFollowUp, draft], draft);
    expect(live.kind === 'follow-up' && live.current.category).toBe('PR');
  });

  it('ignores drafts, other criteria and later studies when building the earlier follow-ups', () => {
    const otherDraft = report('x', '2026-09-01', 10, 5, { status: 'DRAFT' });
    const later = report('y', '2026-12-01', 10, 5);
    const draft = report('d', '2026-10-01', 24, 20, { status: 'DRAFT' });
    const live = computeLiveResponse([baseline, firstFollowUp, otherDraft, later, draft], draft);
    expect(live.kind === 'follow-up' && live.timepoints.map((t) => t.date)).toEqual(['2026-08-01', '2026-10-01']);
  });

  it('a new lesion listed on the report makes PD', () => {
    const draft = report('d', '2026-10-01', 20, 15, { status: 'DRAFT' });
    draft.measurements.push(lesion('new', { role: 'NEW', longAxisMm: 8, label: 'Liver', organ: 'liver' }));
    const live = computeLiveResponse([baseline, draft], draft);
    expect(live.kind === 'follow-up' && live.current.category).toBe('PD');
  });

  it('says why nothing can be computed without a final baseline', () => {
    const draft = report('d', '2026-10-01', 24, 20, { status: 'DRAFT' });
    const live = computeLiveResponse([{ ...baseline, status: 'DRAFT' }, draft], draft);
    expect(live).toEqual({ kind: 'none', message: expect.stringContaining('no final RECIST 1.1 baseline') });
  });

  it('returns the rules message, not an exception, for an impossible measurement', () => {
    const draft = report('d', '2026-10-01', -3, 20, { status: 'DRAFT' });
    const live = computeLiveResponse([baseline, draft], draft);
    expect(live.kind).toBe('invalid');
  });

  it('asks for the non-target response when the baseline had non-target lesions', () => {
    const withNonTarget = { ...baseline, measurements: [...baseline.measurements, lesion('nt', { role: 'NON_TARGET' })] };
    const draft = report('d', '2026-10-01', 24, 20, { status: 'DRAFT', nonTargetResponse: null });
    expect(computeLiveResponse([withNonTarget, draft], draft)).toMatchObject({ kind: 'invalid', message: expect.stringContaining('non-target') });
  });

  it('on a baseline, shows the sum and the RECIST target-selection check', () => {
    const draft = report('d', '2026-06-01', 30, 22, { status: 'DRAFT', isBaseline: true });
    draft.measurements.push(lesion('small', { longAxisMm: 6, label: 'Tiny', organ: 'liver' }));
    const live = computeLiveResponse([draft], draft);
    expect(live).toMatchObject({ kind: 'baseline', baselineSum: 58, rule: 'validateRecistBaseline' });
    expect(live.kind === 'baseline' && live.violations.length).toBeGreaterThan(0);
  });
});

describe('computeLiveResponse (other criteria)', () => {
  it('RANO: sums of products against the nadir', () => {
    const rano = (id: string, date: string, l: number, p: number, over: Partial<ResponseReport> = {}) =>
      report(id, date, null, null, {
        criteria: 'RANO',
        measurements: [lesion('glioma', { longAxisMm: l, perpendicularMm: p, label: 'Glioma', organ: 'brain' })],
        ...over,
      });
    const base = rano('b', '2026-01-01', 30, 25, { isBaseline: true });
    const draft = rano('d', '2026-03-01', 20, 15, { status: 'DRAFT' });
    const live = computeLiveResponse([base, draft], draft);
    expect(live).toMatchObject({ kind: 'follow-up', rule: 'assessRano', unit: 'mm²', baselineSum: 750 });
    expect(live.kind === 'follow-up' && live.current.category).toBe('PR');
  });

  it('criteria NONE computes nothing', () => {
    const draft = report('d', '2026-10-01', 1, 1, { criteria: 'NONE' });
    expect(computeLiveResponse([draft], draft).kind).toBe('none');
  });
});
