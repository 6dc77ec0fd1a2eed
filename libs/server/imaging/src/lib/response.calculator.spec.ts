import { assessMrecist, assessPercist, assessRano, assessRecist11 } from '@consilium/clinical-rules';
import { LesionRole, NewLesionFinding, NonTargetResponse, ResponseCriteria } from './imaging-enums';
import { toResponseModel } from './imaging.mapper';
import { ReportResponseEntity } from './report-response.entity';
import { computeResponse, MeasuredLesion, recistBaselineMessages, ReportForResponse, ResponseInputError } from './response.calculator';

function lesion(overrides: Partial<MeasuredLesion> & Pick<MeasuredLesion, 'lesionId'>): MeasuredLesion {
  return {
    label: overrides.lesionId,
    organ: 'Lung',
    nodal: false,
    role: LesionRole.TARGET,
    longAxisMm: null,
    shortAxisMm: null,
    viableDiameterMm: null,
    perpendicularMm: null,
    suvPeak: null,
    tooSmallToMeasure: false,
    notMeasured: false,
    ...overrides,
  };
}

function report(studyDate: string, measurements: MeasuredLesion[], overrides: Partial<ReportForResponse> = {}): ReportForResponse {
  return {
    id: studyDate,
    studyDate,
    nonTargetResponse: null,
    newLesion: NewLesionFinding.NO,
    clearNonMeasurableProgression: false,
    steroidsAbovePhysiologic: false,
    uptakeNormalized: false,
    measurements,
    ...overrides,
  };
}

function stored(criteria: ResponseCriteria, computed: ReturnType<typeof computeResponse>): ReportResponseEntity {
  return Object.assign(new ReportResponseEntity(), {
    reportId: 'r',
    criteria,
    rule: computed.rule,
    inputs: computed.inputs,
    result: computed.result,
    source: computed.source,
    baselineReportId: 'b',
    computedAt: new Date(0),
  });
}

const lungBaseline = report('2026-01-01', [
  lesion({ lesionId: 'mass', longAxisMm: 30 }),
  lesion({ lesionId: 'node', organ: 'Lymph node', nodal: true, longAxisMm: 28, shortAxisMm: 22 }),
]);
const lungFollowUp = (date: string, mass: number, node: number) =>
  report(date, [lesion({ lesionId: 'mass', longAxisMm: mass }), lesion({ lesionId: 'node', nodal: true, longAxisMm: node + 5, shortAxisMm: node })]);

describe('computeResponse', () => {
  it('RECIST 1.1: passes the node short axis and the long axis otherwise, and returns exactly what assessRecist11 gives', () => {
    const computed = computeResponse(ResponseCriteria.RECIST_1_1, lungBaseline, [lungFollowUp('2026-03-01', 20, 15), lungFollowUp('2026-05-01', 24, 20)]);
    expect(computed.rule).toBe('assessRecist11');
    expect(computed.inputs).toEqual({
      baseline: {
        date: '2026-01-01',
        targets: [
          { lesionId: 'mass', organ: 'Lung', nodal: false, diameterMm: 30 },
          { lesionId: 'node', organ: 'Lymph node', nodal: true, diameterMm: 22 },
        ],
        nonTargets: 0,
      },
      followUps: [
        {
          date: '2026-03-01',
          targets: [
            { lesionId: 'mass', diameterMm: 20 },
            { lesionId: 'node', diameterMm: 15 },
          ],
          nonTarget: 'NONE',
          newLesion: 'NO',
        },
        {
          date: '2026-05-01',
          targets: [
            { lesionId: 'mass', diameterMm: 24 },
            { lesionId: 'node', diameterMm: 20 },
          ],
          nonTarget: 'NONE',
          newLesion: 'NO',
        },
      ],
    });
    expect(computed.result).toEqual(assessRecist11(computed.inputs as Parameters<typeof assessRecist11>[0]));
    const view = toResponseModel(stored(ResponseCriteria.RECIST_1_1, computed), '2026-05-01');
    expect(view).toMatchObject({ category: 'PD', sum: 44, nadir: 35, changeFromNadirAbsolute: 9, baselineSum: 52, bestOverallResponse: 'PR', unit: 'mm' });
    expect(view.timepoints.map((t) => t.category)).toEqual(['PR', 'PD']);
  });

  it('RECIST 1.1: a NEW lesion makes the new-lesion finding YES; a not-measured target is null', () => {
    const followUp = report('2026-03-01', [
      lesion({ lesionId: 'mass', notMeasured: true }),
      lesion({ lesionId: 'node', nodal: true, shortAxisMm: 15, longAxisMm: 20 }),
      lesion({ lesionId: 'liver', role: LesionRole.NEW, organ: 'Liver', longAxisMm: 12 }),
    ]);
    const computed = computeResponse(ResponseCriteria.RECIST_1_1, lungBaseline, [followUp]);
    const input = computed.inputs as { followUps: { targets: { diameterMm: number | null }[]; newLesion: string }[] };
    expect(input.followUps[0].newLesion).toBe('YES');
    expect(input.followUps[0].targets[0].diameterMm).toBeNull();
    expect(toResponseModel(stored(ResponseCriteria.RECIST_1_1, computed), '2026-03-01').category).toBe('PD');
  });

  it('RECIST 1.1: requires the non-target reading when the baseline had non-targets', () => {
    const baseline = report('2026-01-01', [...lungBaseline.measurements, lesion({ lesionId: 'effusion', role: LesionRole.NON_TARGET })]);
    expect(() => computeResponse(ResponseCriteria.RECIST_1_1, baseline, [lungFollowUp('2026-03-01', 20, 15)])).toThrow(ResponseInputError);
    const ok = computeResponse(ResponseCriteria.RECIST_1_1, baseline, [
      { ...lungFollowUp('2026-03-01', 20, 15), nonTargetResponse: NonTargetResponse.NON_CR_NON_PD },
    ]);
    expect((ok.inputs as { baseline: { nonTargets: number } }).baseline.nonTargets).toBe(1);
  });

  it('turns a ClinicalInputError into a message naming the report date and lesion', () => {
    const baseline = report('2026-01-01', [lesion({ lesionId: 'mass', label: 'RUL mass' })]);
    expect(() => computeResponse(ResponseCriteria.RECIST_1_1, baseline, [lungFollowUp('2026-03-01', 20, 15)])).toThrow(
      /report of 2026-01-01, lesion "RUL mass"/,
    );
  });

  it('mRECIST reads the viable diameter', () => {
    const baseline = report('2026-01-01', [
      lesion({ lesionId: 'l1', organ: 'Liver', longAxisMm: 45, viableDiameterMm: 40 }),
      lesion({ lesionId: 'l2', organ: 'Liver', longAxisMm: 28, viableDiameterMm: 25 }),
    ]);
    const followUp = report('2026-03-01', [
      lesion({ lesionId: 'l1', longAxisMm: 42, viableDiameterMm: 10 }),
      lesion({ lesionId: 'l2', longAxisMm: 26, viableDiameterMm: 0 }),
    ]);
    const computed = computeResponse(ResponseCriteria.MRECIST, baseline, [followUp]);
    expect(computed.result).toEqual(assessMrecist(computed.inputs as Parameters<typeof assessMrecist>[0]));
    expect(toResponseModel(stored(ResponseCriteria.MRECIST, computed), '2026-03-01')).toMatchObject({
      rule: 'assessMrecist',
      sum: 10,
      baselineSum: 65,
      category: 'PR',
    });
  });

  it('RANO sums long × perpendicular products', () => {
    const baseline = report('2026-01-01', [lesion({ lesionId: 'e1', organ: 'Brain', longAxisMm: 30, perpendicularMm: 25 })]);
    const followUp = report('2026-03-01', [lesion({ lesionId: 'e1', organ: 'Brain', longAxisMm: 20, perpendicularMm: 15 })], {
      steroidsAbovePhysiologic: true,
    });
    const computed = computeResponse(ResponseCriteria.RANO, baseline, [followUp]);
    expect(computed.result).toEqual(assessRano(computed.inputs as Parameters<typeof assessRano>[0]));
    expect(toResponseModel(stored(ResponseCriteria.RANO, computed), '2026-03-01')).toMatchObject({
      rule: 'assessRano',
      unit: 'mm²',
      baselineSum: 750,
      sum: 300,
      nadir: 750,
      changeFromNadirAbsolute: -450,
      category: 'PR',
    });
  });

  it('PERCIST compares the hottest SUVpeak of each scan', () => {
    const baseline = report('2026-01-01', [lesion({ lesionId: 'a', suvPeak: 2.4 }), lesion({ lesionId: 'b', suvPeak: 1.1 })]);
    const followUp = report('2026-03-01', [lesion({ lesionId: 'a', suvPeak: 1.6 })]);
    const computed = computeResponse(ResponseCriteria.PERCIST, baseline, [followUp]);
    expect(computed.inputs).toEqual({ baselineSulPeak: 2.4, followUpSulPeak: 1.6, newLesions: false, uptakeNormalized: false });
    expect(computed.result).toEqual(assessPercist(computed.inputs as Parameters<typeof assessPercist>[0]));
    const view = toResponseModel(stored(ResponseCriteria.PERCIST, computed), '2026-03-01');
    expect(view).toMatchObject({ unit: 'SUL', category: 'PMR', baselineSum: 2.4, sum: 1.6, nadir: null });
    expect(view.timepoints.map((t) => t.date)).toEqual(['2026-03-01']);
  });

  it('has no response for criteria NONE', () => {
    expect(() => computeResponse(ResponseCriteria.NONE, lungBaseline, [])).toThrow(ResponseInputError);
  });
});

describe('recistBaselineMessages', () => {
  it('returns every violation of the target selection, naming the lesions by label', () => {
    const baseline = report('2026-01-01', [
      lesion({ lesionId: '1', label: 'Lung 1', longAxisMm: 30 }),
      lesion({ lesionId: '2', label: 'Lung 2', longAxisMm: 25 }),
      lesion({ lesionId: '3', label: 'Lung 3', longAxisMm: 8 }),
    ]);
    const messages = recistBaselineMessages(baseline);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.join(' ')).toMatch(/Lung 3/);
    expect(recistBaselineMessages(lungBaseline)).toEqual([]);
  });
});
