import { Clock } from '@consilium/server-core';
import { IdentityModule } from '@consilium/server-identity';
import { createFeatureTestApp, startTestApi, TestApi } from '@consilium/server-testing';
import { KPI_FACTS_SQL } from '../kpi-facts';
import { KpisModule } from '../kpis.module';
import { KpisService } from '../kpis.service';
import { generateKpiData } from './kpi-data-generator';

/** A small run of the benchmark's generator: the data are plausible and the view agrees with the raw tables. */
describe('synthetic KPI data (smoke run of npm run generate:kpi-data)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, KpisModule]), { seed: false });
    const runner = api.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await generateKpiData(runner, { cases: 400, teams: 2, from: '2025-06-02', until: '2026-06-30', seed: 0.5 });
    } finally {
      await runner.release();
    }
    await api.app.get(KpisService).refresh();
  });
  afterAll(() => api.close());

  it('writes journeys that every KPI can measure, and the dashboard equals the same SQL over the raw tables', async () => {
    const [team] = await api.dataSource.query(`SELECT id FROM teams ORDER BY name LIMIT 1`);
    const [{ cases }] = await api.dataSource.query(`SELECT count(*)::int AS cases FROM cases WHERE team_id = $1`, [team.id]);
    expect(cases).toBe(200);
    const kpis = new KpisService(api.dataSource, { now: () => new Date('2026-06-30T12:00:00Z') } satisfies Clock);
    const filter = { teamId: team.id, from: '2025-07-01', to: '2026-06-30' };
    const fromView = await kpis.dashboard(filter);
    const fromRaw = await kpis.dashboard(filter, `(${KPI_FACTS_SQL})`);
    const round = (d: object) =>
      JSON.parse(JSON.stringify({ ...d, refreshedAt: null }, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(10)) : v)));
    expect(round(fromView)).toEqual(round(fromRaw));

    expect(fromView.referralToDiscussion.count).toBeGreaterThan(100);
    expect(fromView.referralToDiscussion.median).toBeGreaterThan(3);
    expect(fromView.imagingTurnaround.count).toBeGreaterThan(100);
    expect(fromView.decisionSigning.count).toBeGreaterThan(100);
    for (const rate of [
      fromView.reviewBeforeDiscussion,
      fromView.readinessComplete,
      fromView.deferralRate,
      fromView.followUpAdherence,
      fromView.meetingsQuorate,
    ]) {
      expect([rate, rate.denominator]).toEqual([rate, expect.any(Number)]);
      expect(rate.denominator).toBeGreaterThan(0);
      expect(rate.percent).toBeGreaterThan(0);
      expect(rate.percent).toBeLessThan(100);
    }
    expect(fromView.casesPerMeeting.count).toBeGreaterThan(40);
    expect(fromView.attendanceByRole.map((r) => r.role)).toEqual(['COORDINATOR', 'RADIOLOGIST', 'PHYSICIAN', 'PHARMACIST', 'ADMINISTRATOR']);
    expect(fromView.trend.length).toBeGreaterThanOrEqual(12);
  });
});
