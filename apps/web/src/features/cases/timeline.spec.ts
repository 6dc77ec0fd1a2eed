import type { CasePageQuery } from '../../gql/graphql';
import { buildTimeline, latestCreatinine } from './timeline';

const base = {
  id: 'c1',
  imagingReports: [{ id: 'r1', studyDate: '2026-08-01', modality: 'CT', bodyRegion: 'Chest', isBaseline: false, status: 'FINAL', criteria: 'RECIST_1_1', response: { category: 'PR' } }],
  pharmacistReviews: [{ id: 'p1', reviewDate: '2026-08-03', signedAt: '2026-08-04T10:00:00Z', signedByName: 'Paul Pharmacist', status: 'SIGNED' }],
  decisions: [
    {
      id: 'd1',
      revision: 1,
      status: 'SIGNED',
      recommendation: 'SWITCH_SYSTEMIC_THERAPY',
      createdAt: '2026-08-05T09:00:00Z',
      proposedAt: '2026-08-05T09:30:00Z',
      signedAt: '2026-08-05T10:00:00Z',
      signedByName: 'Dr P',
      followUps: [{ id: 'f1', modality: 'CT', criteria: 'RECIST_1_1', dueDate: '2026-10-30', status: 'SCHEDULED' }],
    },
  ],
  events: [{ id: 'e1', fromStatus: null, toStatus: 'REFERRED', occurredAt: '2026-07-01T08:00:00Z', reason: null }],
} as unknown as CasePageQuery['case'];

describe('buildTimeline', () => {
  it('merges imaging, reviews, decisions, follow-ups and status steps, newest first', () => {
    const timeline = buildTimeline(base);
    expect(timeline.map((e) => e.kind)).toEqual(['follow-up', 'decision', 'review', 'imaging', 'status']);
    expect(timeline[1]?.title).toBe('Decision signed by Dr P: Switch systemic therapy');
    expect(timeline[3]).toMatchObject({ href: '/reports/r1', detail: 'Final · RECIST 1.1 · response PR' });
  });
});

describe('latestCreatinine', () => {
  it('picks the most recent creatinine, whatever the order', () => {
    const measures = [
      { id: 'a', kind: 'SERUM_CREATININE', measuredOn: '2026-01-01' },
      { id: 'b', kind: 'WEIGHT', measuredOn: '2026-09-01' },
      { id: 'c', kind: 'SERUM_CREATININE', measuredOn: '2026-03-01' },
    ] as unknown as CasePageQuery['case']['measures'];
    expect(latestCreatinine(measures)?.id).toBe('c');
    expect(latestCreatinine([])).toBeUndefined();
  });
});
