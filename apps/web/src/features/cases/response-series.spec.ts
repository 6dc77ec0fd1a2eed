import type { CaseImagingReportFragment } from '../../gql/graphql';
import { responseSeries } from './response-series';

const m = (lesionId: string, label: string, nodal: boolean, longAxisMm: number | null, shortAxisMm: number | null) =>
  ({
    id: `${lesionId}-${longAxisMm}`,
    lesionId,
    role: 'TARGET',
    position: 0,
    longAxisMm,
    shortAxisMm,
    viableDiameterMm: null,
    perpendicularMm: null,
    suvPeak: null,
    tooSmallToMeasure: false,
    notMeasured: false,
    lesion: { id: lesionId, label, organ: nodal ? 'node' : 'lung', nodal },
  }) as CaseImagingReportFragment['measurements'][number];

const report = (id: string, studyDate: string, isBaseline: boolean, status: string, mass: number, node: number) =>
  ({
    id,
    studyDate,
    isBaseline,
    status,
    criteria: 'RECIST_1_1',
    modality: 'CT',
    bodyRegion: 'Chest',
    measurements: [m('mass', 'RUL mass', false, mass, null), m('node', 'Node 7', true, node + 10, node)],
  }) as unknown as CaseImagingReportFragment;

describe('responseSeries', () => {
  it('gives each target lesion’s % change and the sum at every final study, baseline first', () => {
    const series = responseSeries([
      report('d', '2026-10-01', false, 'DRAFT', 24, 20),
      report('f', '2026-08-01', false, 'FINAL', 20, 15),
      report('b', '2026-06-01', true, 'FINAL', 30, 22),
    ]);
    expect(series?.lesions.map((l) => l.label)).toEqual(['RUL mass', 'Node 7']);
    expect(series?.points.map((p) => [p.date, p.sum])).toEqual([
      ['2026-06-01', 52],
      ['2026-08-01', 35],
    ]);
    expect(series?.points[1]?.changes['mass']).toBeCloseTo(-33.33, 2);
    expect(series?.points[1]?.changes['node']).toBeCloseTo(-31.82, 2);
  });

  it('is null without a final baseline', () => {
    expect(responseSeries([report('b', '2026-06-01', true, 'DRAFT', 30, 22)])).toBeNull();
  });
});
