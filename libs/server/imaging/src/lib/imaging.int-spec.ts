import { assessRecist11 } from '@consilium/clinical-rules';
import { CasesModule, ReadinessRegistry } from '@consilium/server-cases';
import { IdentityModule } from '@consilium/server-identity';
import { createFeatureTestApp, errorCodes, GqlResponse, startTestApi, TestApi } from '@consilium/server-testing';
import { ImagingModule, seedImagingDemo } from '../index';
import { CaseProbeModule } from './testing/case-probe.module';

const REPORT_FIELDS = `id caseId status version studyDate criteria isBaseline baselineMessages supersededById amendsReportId amendmentReason findings
  measurements { role longAxisMm shortAxisMm lesion { id label organ nodal } }
  response { rule source category sum nadir baselineSum changeFromBaselinePct changeFromNadirPct changeFromNadirAbsolute bestOverallResponse unit inputs result
             timepoints { date sum nadir category target nonTarget changeFromNadirAbsolute } }`;
const CREATE = `mutation C($input: CreateImagingReportInput!) { createImagingReport(input: $input) { ${REPORT_FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateImagingReportInput!) { updateImagingReport(input: $input) { ${REPORT_FIELDS} } }`;
const DESIGNATE = `mutation D($input: ReportVersionInput!) { designateBaselineReport(input: $input) { ${REPORT_FIELDS} } }`;
const FINALISE = `mutation F($input: ReportVersionInput!) { finaliseImagingReport(input: $input) { baselineMessages report { ${REPORT_FIELDS} } } }`;
const AMEND = `mutation A($input: AmendImagingReportInput!) { amendImagingReport(input: $input) { ${REPORT_FIELDS} } }`;
const GET = `query G($id: ID!) { imagingReport(id: $id) { ${REPORT_FIELDS} } }`;
const WORKLIST = `query W($first: Int, $after: String, $filter: RadiologistWorklistFilter, $orderBy: RadiologistWorklistOrder) {
  radiologistWorklist(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { id studyDate status measurements { longAxisMm lesion { label } } response { category } } }
    pageInfo { hasNextPage endCursor } } }`;

type Report = {
  id: string;
  caseId: string;
  status: string;
  version: number;
  studyDate: string;
  isBaseline: boolean;
  baselineMessages: string[];
  supersededById: string | null;
  amendsReportId: string | null;
  findings: string;
  measurements: { role: string; longAxisMm: number | null; shortAxisMm: number | null; lesion: { id: string; label: string; organ: string; nodal: boolean } }[];
  response: null | {
    rule: string;
    source: string;
    category: string;
    sum: number | null;
    nadir: number | null;
    baselineSum: number;
    changeFromBaselinePct: number | null;
    changeFromNadirPct: number | null;
    changeFromNadirAbsolute: number | null;
    bestOverallResponse: string | null;
    unit: string;
    inputs: string;
    result: string;
    timepoints: { date: string; sum: number | null; nadir: number | null; category: string }[];
  };
};

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const LUNG_BASELINE = [
  { label: 'RUL mass', organ: 'Lung', role: 'TARGET', longAxisMm: 30 },
  { label: 'Subcarinal node', organ: 'Lymph node', nodal: true, role: 'TARGET', longAxisMm: 28, shortAxisMm: 22 },
];
const followUp = (mass: number, node: number) => [
  { label: 'RUL mass', role: 'TARGET', longAxisMm: mass },
  { label: 'Subcarinal node', role: 'TARGET', longAxisMm: node + 4, shortAxisMm: node },
];

describe('imaging reports (real PostgreSQL)', () => {
  let api: TestApi;
  let radiologist: string;
  let physician: string;
  let teams: Map<string, string>;
  let otherTeamId: string;
  let coordinatorId: string;

  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, ImagingModule, CaseProbeModule]));
    radiologist = await api.tokenFor('radiologist');
    physician = await api.tokenFor('physician');
    const rows: { id: string; name: string }[] = await api.dataSource.query('SELECT id, name FROM teams');
    teams = new Map(rows.map((r) => [r.name, r.id]));
    [{ id: otherTeamId }] = await api.dataSource.query(`INSERT INTO teams (name) VALUES ('Sarcoma') RETURNING id`);
    [{ id: coordinatorId }] = await api.dataSource.query(`SELECT id FROM users WHERE email = 'coordinator@consilium.test'`);
  });
  afterAll(() => api.close());

  let mrn = 0;
  async function createCase(teamName = 'Lung', teamId = teams.get(teamName) as string): Promise<string> {
    mrn += 1;
    const [patient] = await api.dataSource.query(
      `INSERT INTO patients (mrn, given_name, family_name, birth_date, sex) VALUES ($1, 'Test', 'Patient', '1960-01-01', 'FEMALE') RETURNING id`,
      [`IMG-${process.pid}-${mrn}`],
    );
    const [row] = await api.dataSource.query(
      `INSERT INTO cases (patient_id, team_id, referral_date, referral_source, created_by) VALUES ($1, $2, $3, 'GP', $4) RETURNING id`,
      [patient.id, teamId, daysAgo(200), coordinatorId],
    );
    return row.id;
  }

  async function create(input: Record<string, unknown>, token = radiologist): Promise<Report> {
    return (
      await api.gql.ok<{ createImagingReport: Report }>(CREATE, { input: { modality: 'CT', bodyRegion: 'Chest', criteria: 'RECIST_1_1', ...input } }, token)
    ).createImagingReport;
  }
  async function finalise(report: { id: string; version: number }) {
    return (
      await api.gql.ok<{ finaliseImagingReport: { baselineMessages: string[]; report: Report } }>(
        FINALISE,
        { input: { reportId: report.id, expectedVersion: report.version } },
        radiologist,
      )
    ).finaliseImagingReport;
  }
  async function designate(report: { id: string; version: number }): Promise<Report> {
    return (await api.gql.ok<{ designateBaselineReport: Report }>(DESIGNATE, { input: { reportId: report.id, expectedVersion: report.version } }, radiologist))
      .designateBaselineReport;
  }
  async function counts() {
    const [row] = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM imaging_reports)::int AS reports, (SELECT count(*) FROM lesion_measurements)::int AS measurements,
              (SELECT count(*) FROM tracked_lesions)::int AS lesions, (SELECT count(*) FROM report_responses)::int AS responses,
              (SELECT count(*) FROM audit_events)::int AS audit`,
    );
    return row;
  }
  async function lungBaseline(caseId: string): Promise<Report> {
    const draft = await create({ caseId, studyDate: daysAgo(120), accessionNumber: `ACC-${caseId.slice(0, 8)}-1`, lesions: LUNG_BASELINE });
    const baseline = await designate(draft);
    return (await finalise(baseline)).report;
  }

  it('creates a draft with lesions that get a stable identity; the action is audited without PHI', async () => {
    const caseId = await createCase();
    const report = await create({ caseId, studyDate: daysAgo(10), findings: 'Mass in the right upper lobe.', lesions: LUNG_BASELINE });
    expect(report).toMatchObject({ caseId, status: 'DRAFT', version: 1, isBaseline: false, response: null });
    expect(report.measurements.map((m) => [m.lesion.label, m.lesion.nodal, m.longAxisMm, m.shortAxisMm])).toEqual([
      ['RUL mass', false, 30, null],
      ['Subcarinal node', true, 28, 22],
    ]);
    const second = await create({ caseId, modality: 'MRI', studyDate: daysAgo(5), lesions: [{ label: 'RUL mass', role: 'TARGET', longAxisMm: 25 }] });
    expect(second.measurements[0].lesion.id).toBe(report.measurements[0].lesion.id);
    const [audit] = await api.dataSource.query(`SELECT action, data FROM audit_events WHERE entity_id = $1`, [report.id]);
    expect(audit.action).toBe('imaging-report.created');
    expect(JSON.stringify(audit.data)).not.toContain('right upper lobe');
  });

  it('lists the current versions of a case’s reports on Case.imagingReports, newest study first', async () => {
    const caseId = await createCase();
    const baseline = await lungBaseline(caseId);
    const fu = (await finalise(await create({ caseId, studyDate: daysAgo(60), nonTargetResponse: 'NONE', lesions: followUp(20, 15) }))).report;
    const amended = (
      await api.gql.ok<{ amendImagingReport: Report }>(AMEND, { input: { reportId: fu.id, expectedVersion: fu.version, reason: 'typo' } }, radiologist)
    ).amendImagingReport;
    const data = await api.gql.ok<{
      imagingTestCase: { trackedLesions: { label: string; nodal: boolean }[]; imagingReports: { id: string; response: { category: string } | null }[] };
    }>(
      `query Q($id: ID!) { imagingTestCase(id: $id) { trackedLesions { label nodal } imagingReports { id response { category } } } }`,
      { id: caseId },
      physician,
    );
    expect(data.imagingTestCase.trackedLesions).toEqual([
      { label: 'RUL mass', nodal: false },
      { label: 'Subcarinal node', nodal: true },
    ]);
    expect(data.imagingTestCase.imagingReports).toEqual([
      { id: amended.id, response: { category: 'PR' } },
      { id: baseline.id, response: null },
    ]);
  });

  it('finalising the lung follow-ups stores exactly what assessRecist11 gives, and shows sum, nadir and changes', async () => {
    const caseId = await createCase();
    const baseline = await lungBaseline(caseId);
    expect(baseline).toMatchObject({ status: 'FINAL', isBaseline: true, baselineMessages: [], response: null });

    const fu1 = await create({ caseId, studyDate: daysAgo(60), nonTargetResponse: 'NONE', lesions: followUp(20, 15) });
    const done1 = await finalise(fu1);
    expect(done1.report.response).toMatchObject({ rule: 'assessRecist11', category: 'PR', sum: 35, nadir: 52, baselineSum: 52, unit: 'mm' });
    expect(done1.report.response?.changeFromBaselinePct).toBeCloseTo(-32.69, 2);

    const fu2 = await create({ caseId, studyDate: daysAgo(3), nonTargetResponse: 'NONE', lesions: followUp(24, 20) });
    const done2 = (await finalise(fu2)).report;
    const response = done2.response as NonNullable<Report['response']>;
    expect(response).toMatchObject({ category: 'PD', sum: 44, nadir: 35, changeFromNadirAbsolute: 9, bestOverallResponse: 'PR' });
    expect(response.changeFromNadirPct).toBeCloseTo(25.71, 2);
    expect(response.timepoints.map((t) => [t.sum, t.nadir, t.category])).toEqual([
      [35, 52, 'PR'],
      [44, 35, 'PD'],
    ]);
    expect(response.source).toMatch(/Eisenhauer/);

    const lesionIds = baseline.measurements.map((m) => m.lesion.id);
    const expected = assessRecist11({
      baseline: {
        date: daysAgo(120),
        targets: [
          { lesionId: lesionIds[0], organ: 'Lung', nodal: false, diameterMm: 30 },
          { lesionId: lesionIds[1], organ: 'Lymph node', nodal: true, diameterMm: 22 },
        ],
        nonTargets: 0,
      },
      followUps: [
        {
          date: daysAgo(60),
          targets: [
            { lesionId: lesionIds[0], diameterMm: 20 },
            { lesionId: lesionIds[1], diameterMm: 15 },
          ],
          nonTarget: 'NONE',
          newLesion: 'NO',
        },
        {
          date: daysAgo(3),
          targets: [
            { lesionId: lesionIds[0], diameterMm: 24 },
            { lesionId: lesionIds[1], diameterMm: 20 },
          ],
          nonTarget: 'NONE',
          newLesion: 'NO',
        },
      ],
    });
    const [stored] = await api.dataSource.query(`SELECT inputs, result, rule FROM report_responses WHERE report_id = $1`, [fu2.id]);
    expect(stored.result).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(response.result)).toEqual(stored.result);
    expect(JSON.parse(response.inputs)).toEqual(stored.inputs);
  });

  it('finalising the demo lung case’s draft follow-up CT gives PD, the same as assessRecist11', async () => {
    const lungCaseId = await createCase();
    const hccCaseId = await createCase('Hepatobiliary');
    const gliomaCaseId = await createCase('Neuro-oncology');
    const summary = await seedImagingDemo(api.dataSource, { lungCaseId, hccCaseId, gliomaCaseId });
    expect(summary.reportsCreated).toBe(7);
    expect((await seedImagingDemo(api.dataSource, { lungCaseId, hccCaseId, gliomaCaseId })).reportsCreated).toBe(0);

    const reports: Report[] = await Promise.all(
      (await api.dataSource.query(`SELECT id FROM imaging_reports WHERE case_id = $1 ORDER BY study_date`, [lungCaseId])).map(
        async (r: { id: string }) => (await api.gql.ok<{ imagingReport: Report }>(GET, { id: r.id }, radiologist)).imagingReport,
      ),
    );
    expect(reports.map((r) => [r.status, r.response?.category ?? null])).toEqual([
      ['FINAL', null],
      ['FINAL', 'PR'],
      ['DRAFT', null],
    ]);
    const pd = (await finalise(reports[2])).report.response;
    expect(pd).toMatchObject({ category: 'PD', sum: 44, nadir: 35, changeFromNadirAbsolute: 9 });
    const inputs = JSON.parse(pd?.inputs as string);
    expect(JSON.parse(pd?.result as string)).toEqual(JSON.parse(JSON.stringify(assessRecist11(inputs))));

    const [hcc] = await api.dataSource.query(
      `SELECT rule, result->'timepoints'->0->>'overall' AS overall FROM report_responses r JOIN imaging_reports i ON i.id = r.report_id WHERE i.case_id = $1`,
      [hccCaseId],
    );
    expect(hcc).toEqual({ rule: 'assessMrecist', overall: 'PR' });
    const [rano] = await api.dataSource.query(
      `SELECT rule, result->'timepoints'->0->>'response' AS response FROM report_responses r JOIN imaging_reports i ON i.id = r.report_id WHERE i.case_id = $1`,
      [gliomaCaseId],
    );
    expect(rano).toEqual({ rule: 'assessRano', response: 'PR' });
  });

  it('returns validateRecistBaseline messages when a baseline is finalised, without blocking it', async () => {
    const caseId = await createCase();
    const draft = await create({
      caseId,
      studyDate: daysAgo(30),
      lesions: [
        { label: 'Lung 1', organ: 'Lung', role: 'TARGET', longAxisMm: 30 },
        { label: 'Lung 2', organ: 'Lung', role: 'TARGET', longAxisMm: 25 },
        { label: 'Lung 3', organ: 'lung', role: 'TARGET', longAxisMm: 8 },
      ],
    });
    const done = await finalise(await designate(draft));
    expect(done.report.status).toBe('FINAL');
    expect(done.baselineMessages.length).toBeGreaterThanOrEqual(2);
    expect(done.baselineMessages.join(' ')).toMatch(/Lung 3/);
    expect(done.report.baselineMessages).toEqual(done.baselineMessages);
  });

  it('refuses to finalise a follow-up with no baseline (BAD_USER_INPUT) and writes nothing', async () => {
    const caseId = await createCase();
    const draft = await create({ caseId, studyDate: daysAgo(3), lesions: LUNG_BASELINE });
    const before = await counts();
    const response = await api.gql.request(FINALISE, { input: { reportId: draft.id, expectedVersion: draft.version } }, radiologist);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].extensions?.reason).toBe('NO_BASELINE');
    expect(await counts()).toEqual(before);
    expect((await api.gql.ok<{ imagingReport: Report }>(GET, { id: draft.id }, radiologist)).imagingReport.status).toBe('DRAFT');
  });

  it('amends a final report as a new version; the earlier one stays readable and the response is recomputed', async () => {
    const caseId = await createCase();
    await lungBaseline(caseId);
    const fu = (
      await finalise(await create({ caseId, studyDate: daysAgo(60), nonTargetResponse: 'NONE', findings: 'first reading', lesions: followUp(20, 15) }))
    ).report;
    const amended = (
      await api.gql.ok<{ amendImagingReport: Report }>(
        AMEND,
        { input: { reportId: fu.id, expectedVersion: fu.version, reason: 'Node re-measured', findings: 'second reading', lesions: followUp(20, 20) } },
        radiologist,
      )
    ).amendImagingReport;
    expect(amended).toMatchObject({ status: 'AMENDED', amendsReportId: fu.id, findings: 'second reading' });
    expect(amended.response).toMatchObject({ sum: 40, category: 'SD' });
    const old = (await api.gql.ok<{ imagingReport: Report }>(GET, { id: fu.id }, radiologist)).imagingReport;
    expect(old).toMatchObject({ status: 'FINAL', supersededById: amended.id, findings: 'first reading' });
    expect(old.response).toMatchObject({ sum: 35, category: 'PR' });

    const again = await api.gql.request(AMEND, { input: { reportId: fu.id, expectedVersion: old.version, reason: 'again' } }, radiologist);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const draft = await create({ caseId, studyDate: daysAgo(2) });
    const notFinal = await api.gql.request(AMEND, { input: { reportId: draft.id, expectedVersion: draft.version, reason: 'x' } }, radiologist);
    expect(errorCodes(notFinal)).toEqual(['CONFLICT']);
  });

  it('an amended baseline stays the baseline; later follow-ups are assessed against the amended measurements', async () => {
    const caseId = await createCase();
    const baseline = await lungBaseline(caseId);
    const amended = (
      await api.gql.ok<{ amendImagingReport: Report }>(
        AMEND,
        {
          input: {
            reportId: baseline.id,
            expectedVersion: baseline.version,
            reason: 'Mass re-measured',
            lesions: [{ ...LUNG_BASELINE[0], longAxisMm: 40 }, LUNG_BASELINE[1]],
          },
        },
        radiologist,
      )
    ).amendImagingReport;
    expect(amended).toMatchObject({ status: 'AMENDED', isBaseline: true, baselineMessages: [] });
    const fu = (await finalise(await create({ caseId, studyDate: daysAgo(60), nonTargetResponse: 'NONE', lesions: followUp(20, 15) }))).report;
    expect(fu.response).toMatchObject({ baselineSum: 62, sum: 35, category: 'PR' });
    const [row] = await api.dataSource.query(`SELECT baseline_report_id FROM report_responses WHERE report_id = $1`, [fu.id]);
    expect(row.baseline_report_id).toBe(amended.id);
  });

  it('moves the baseline designation: one current baseline per case and criteria', async () => {
    const caseId = await createCase();
    const a = await designate(await create({ caseId, studyDate: daysAgo(50), lesions: LUNG_BASELINE }));
    const b = await designate(await create({ caseId, studyDate: daysAgo(40), lesions: LUNG_BASELINE }));
    const aNow = (await api.gql.ok<{ imagingReport: Report }>(GET, { id: a.id }, radiologist)).imagingReport;
    expect([aNow.isBaseline, b.isBaseline]).toEqual([false, true]);
    const none = await create({ caseId, studyDate: daysAgo(40), criteria: 'NONE' });
    const refused = await api.gql.request(DESIGNATE, { input: { reportId: none.id, expectedVersion: none.version } }, radiologist);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
  });

  it('updates a draft (replacing its lesions) and refuses to update a final report', async () => {
    const caseId = await createCase();
    const draft = await create({ caseId, studyDate: daysAgo(9), criteria: 'NONE', lesions: LUNG_BASELINE });
    const updated = (
      await api.gql.ok<{ updateImagingReport: Report }>(
        UPDATE,
        { input: { reportId: draft.id, expectedVersion: 1, findings: 'edited', lesions: [{ label: 'RUL mass', role: 'TARGET', longAxisMm: 31 }] } },
        radiologist,
      )
    ).updateImagingReport;
    expect(updated).toMatchObject({ version: 2, findings: 'edited' });
    expect(updated.measurements.map((m) => m.longAxisMm)).toEqual([31]);
    const final = (await finalise(updated)).report;
    const refused = await api.gql.request(UPDATE, { input: { reportId: final.id, expectedVersion: final.version, findings: 'late edit' } }, radiologist);
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
  });

  describe('access', () => {
    it('only radiologists write reports: FORBIDDEN for a physician on every mutation, nothing written', async () => {
      const caseId = await createCase();
      const draft = await create({ caseId, studyDate: daysAgo(9) });
      const before = await counts();
      const version = { reportId: draft.id, expectedVersion: draft.version };
      for (const [query, input] of [
        [CREATE, { caseId, modality: 'CT', bodyRegion: 'Chest', studyDate: daysAgo(1) }],
        [UPDATE, { ...version, findings: 'x' }],
        [DESIGNATE, version],
        [FINALISE, version],
        [AMEND, { ...version, reason: 'x' }],
      ] as const) {
        expect(errorCodes(await api.gql.request(query, { input }, physician))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await api.gql.request(WORKLIST, {}, physician))).toEqual(['FORBIDDEN']);
      expect(await counts()).toEqual(before);
      // Reading is open to every member of the case's team.
      expect((await api.gql.ok<{ imagingReport: Report }>(GET, { id: draft.id }, physician)).imagingReport.id).toBe(draft.id);
    });

    it('a case or report outside your teams reads as NOT_FOUND on every operation, nothing written', async () => {
      const caseId = await createCase('Sarcoma', otherTeamId);
      const [report] = await api.dataSource.query(
        `INSERT INTO imaging_reports (case_id, modality, study_date, body_region, author_id, criteria) SELECT $1, 'CT', $2, 'Chest', id, 'RECIST_1_1' FROM users WHERE email = 'radiologist@consilium.test' RETURNING id, version`,
        [caseId, daysAgo(5)],
      );
      const before = await counts();
      const version = { reportId: report.id, expectedVersion: report.version };
      for (const [query, input] of [
        [CREATE, { caseId, modality: 'CT', bodyRegion: 'Chest', studyDate: daysAgo(1) }],
        [UPDATE, { ...version, findings: 'x' }],
        [DESIGNATE, version],
        [FINALISE, version],
        [AMEND, { ...version, reason: 'x' }],
      ] as const) {
        expect(errorCodes(await api.gql.request(query, { input }, radiologist))).toEqual(['NOT_FOUND']);
      }
      expect(errorCodes(await api.gql.request(GET, { id: report.id }, radiologist))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql.request(GET, { id: '00000000-0000-4000-8000-000000000000' }, radiologist))).toEqual(['NOT_FOUND']);
      const list = await api.gql.ok<{ radiologistWorklist: { edges: { node: { id: string } }[] } }>(
        WORKLIST,
        { first: 200, filter: { teamId: otherTeamId } },
        radiologist,
      );
      expect(list.radiologistWorklist.edges).toEqual([]);
      expect(await counts()).toEqual(before);
    });

    it('two radiologists saving the same version at once: exactly one wins, the other gets CONFLICT', async () => {
      const caseId = await createCase();
      const draft = await create({ caseId, studyDate: daysAgo(9), criteria: 'NONE' });
      const results = await Promise.all(
        ['first', 'second', 'third'].map((findings) =>
          api.gql.request(UPDATE, { input: { reportId: draft.id, expectedVersion: draft.version, findings } }, radiologist),
        ),
      );
      expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
      const [row] = await api.dataSource.query(`SELECT version FROM imaging_reports WHERE id = $1`, [draft.id]);
      expect(row.version).toBe(draft.version + 1);
    });

    it('a stale expectedVersion gets CONFLICT on every versioned mutation, nothing written', async () => {
      const caseId = await createCase();
      await lungBaseline(caseId);
      const draft = await create({ caseId, studyDate: daysAgo(9), nonTargetResponse: 'NONE', lesions: followUp(20, 15) });
      await api.gql.ok(UPDATE, { input: { reportId: draft.id, expectedVersion: 1, findings: 'v2' } }, radiologist);
      const before = await counts();
      const stale = { reportId: draft.id, expectedVersion: 1 };
      for (const [query, input] of [
        [UPDATE, { ...stale, findings: 'lost update' }],
        [DESIGNATE, stale],
        [FINALISE, stale],
      ] as const) {
        const response = await api.gql.request(query, { input }, radiologist);
        expect(errorCodes(response)).toEqual(['CONFLICT']);
        expect(response.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
      }
      const final = (await finalise({ id: draft.id, version: 2 })).report;
      const staleAmend = await api.gql.request(AMEND, { input: { reportId: final.id, expectedVersion: final.version - 1, reason: 'x' } }, radiologist);
      expect(errorCodes(staleAmend)).toEqual(['CONFLICT']);
      const after = await counts();
      expect(after.reports).toBe(before.reports);
      expect((await api.gql.ok<{ imagingReport: Report }>(GET, { id: draft.id }, radiologist)).imagingReport.findings).toBe('v2');
    });
  });

  describe('bad input gets BAD_USER_INPUT naming the field, and nothing is written', () => {
    let caseId: string;
    let draft: Report;
    let final: Report;
    beforeAll(async () => {
      caseId = await createCase();
      draft = await create({ caseId, studyDate: daysAgo(9) });
      final = await lungBaseline(await createCase());
    });
    const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const huge = 'x'.repeat(1_000_000);

    async function expectBad(response: GqlResponse<unknown>, field: string) {
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      const error = response.errors?.[0];
      expect(error?.extensions?.field ?? error?.message).toContain(field);
    }

    it.each([
      ['a negative long axis', { lesions: [{ label: 'L', organ: 'Lung', role: 'TARGET', longAxisMm: -1 }] }, 'input.lesions.0.longAxisMm'],
      ['a long axis over 1000 mm', { lesions: [{ label: 'L', organ: 'Lung', role: 'TARGET', longAxisMm: 1001 }] }, 'input.lesions.0.longAxisMm'],
      ['a negative SUVpeak', { lesions: [{ label: 'L', organ: 'Lung', role: 'TARGET', suvPeak: -2 }] }, 'input.lesions.0.suvPeak'],
      [
        'a short axis longer than the long axis',
        { lesions: [{ label: 'N', organ: 'Node', nodal: true, role: 'TARGET', longAxisMm: 10, shortAxisMm: 12 }] },
        'input.lesions.0.shortAxisMm',
      ],
      ['a lesion without label or id', { lesions: [{ role: 'TARGET', longAxisMm: 10 }] }, 'input.lesions.0.label'],
      ['a new lesion without organ', { lesions: [{ label: 'Brand new', role: 'TARGET', longAxisMm: 10 }] }, 'input.lesions.0.organ'],
      ['an unknown lesion id', { lesions: [{ lesionId: '00000000-0000-4000-8000-000000000000', role: 'TARGET', longAxisMm: 10 }] }, 'input.lesions.0.lesionId'],
      ['a study date in the future', { studyDate: 'FUTURE' }, 'input.studyDate'],
      ['an impossible date', { studyDate: '2025-02-30' }, 'input.studyDate'],
      ['a malformed date', { studyDate: '12/01/2025' }, 'input.studyDate'],
      ['a 1 MB findings text', { findings: huge }, 'input.findings'],
      ['a 1 MB impression', { impression: huge }, 'input.impression'],
      ['a 65-character accession number', { accessionNumber: 'A'.repeat(65) }, 'input.accessionNumber'],
      ['a blank body region', { bodyRegion: '   ' }, 'input.bodyRegion'],
      ['a missing body region', { bodyRegion: undefined }, 'bodyRegion'],
      ['a malformed case id', { caseId: 'case-1' }, 'input.caseId'],
    ])('createImagingReport: %s', async (_label, patch, field) => {
      const before = await counts();
      const input: Record<string, unknown> = { caseId, modality: 'CT', bodyRegion: 'Chest', studyDate: daysAgo(1), criteria: 'RECIST_1_1', ...patch };
      if (input.studyDate === 'FUTURE') input.studyDate = tomorrow();
      const response = await api.gql.request(CREATE, { input }, radiologist);
      if (field === 'input.lesions.0.lesionId') expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      else await expectBad(response, field);
      if (field === 'input.lesions.0.lesionId') expect(response.errors?.[0].extensions?.field).toBe(field);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['a negative size', { lesions: [{ label: 'L', organ: 'Lung', role: 'TARGET', longAxisMm: -5 }] }, 'input.lesions.0.longAxisMm'],
      [
        'a negative perpendicular diameter',
        { lesions: [{ label: 'L', organ: 'Brain', role: 'TARGET', longAxisMm: 5, perpendicularMm: -1 }] },
        'input.lesions.0.perpendicularMm',
      ],
      ['a future study date', { studyDate: 'FUTURE' }, 'input.studyDate'],
      ['a 1 MB findings text', { findings: huge }, 'input.findings'],
      ['expectedVersion 0', { expectedVersion: 0 }, 'input.expectedVersion'],
      ['a missing expectedVersion', { expectedVersion: undefined }, 'expectedVersion'],
      ['a malformed report id', { reportId: 'nope' }, 'input.reportId'],
    ])('updateImagingReport: %s', async (_label, patch, field) => {
      const before = await counts();
      const input: Record<string, unknown> = { reportId: draft.id, expectedVersion: draft.version, ...patch };
      if (input.studyDate === 'FUTURE') input.studyDate = tomorrow();
      await expectBad(await api.gql.request(UPDATE, { input }, radiologist), field);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['finaliseImagingReport', 'a negative expectedVersion', FINALISE, { expectedVersion: -1 }, 'input.expectedVersion'],
      ['finaliseImagingReport', 'a malformed report id', FINALISE, { reportId: '1' }, 'input.reportId'],
      ['designateBaselineReport', 'expectedVersion 0', DESIGNATE, { expectedVersion: 0 }, 'input.expectedVersion'],
      ['designateBaselineReport', 'a missing report id', DESIGNATE, { reportId: undefined }, 'reportId'],
    ])('%s: %s', async (_name, _label, query, patch, field) => {
      const before = await counts();
      await expectBad(await api.gql.request(query, { input: { reportId: draft.id, expectedVersion: draft.version, ...patch } }, radiologist), field);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['a blank reason', { reason: '  ' }, 'input.reason'],
      ['a missing reason', { reason: undefined }, 'reason'],
      ['a negative size', { lesions: [{ label: 'RUL mass', role: 'TARGET', longAxisMm: -3 }] }, 'input.lesions.0.longAxisMm'],
      ['a 1 MB impression', { impression: huge }, 'input.impression'],
    ])('amendImagingReport: %s', async (_label, patch, field) => {
      const before = await counts();
      const input = { reportId: final.id, expectedVersion: final.version, reason: 'Correction', ...patch };
      await expectBad(await api.gql.request(AMEND, { input }, radiologist), field);
      expect(await counts()).toEqual(before);
    });
  });

  describe('radiologist worklist', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = await createCase('Neuro-oncology');
    });

    function countStatements(): { stop: () => number } {
      const logger = api.dataSource.logger;
      const original = logger.logQuery.bind(logger);
      let n = 0;
      logger.logQuery = (...args: Parameters<typeof original>) => {
        n += 1;
        return original(...args);
      };
      return {
        stop: () => {
          logger.logQuery = original;
          return n;
        },
      };
    }

    async function insertDrafts(count: number, teamCaseId: string): Promise<void> {
      await api.dataSource.query(
        `WITH author AS (SELECT id FROM users WHERE email = 'radiologist@consilium.test'),
              lesion AS (INSERT INTO tracked_lesions (case_id, label, organ, created_by) SELECT $1, 'Bulk ' || gen_random_uuid(), 'Brain', id FROM author RETURNING id),
              reports AS (INSERT INTO imaging_reports (case_id, modality, study_date, body_region, author_id, criteria)
                          SELECT $1, 'MRI', CURRENT_DATE - (g % 300), 'Brain', author.id, 'RANO' FROM generate_series(1, $2) g, author RETURNING id)
         INSERT INTO lesion_measurements (report_id, lesion_id, role, position, long_axis_mm, perpendicular_mm)
         SELECT reports.id, lesion.id, 'TARGET', 0, 20, 15 FROM reports, lesion`,
        [teamCaseId, count],
      );
    }

    it('a page of 5 and a page of 200 reports with measurements, lesions and responses cost the same number of statements', async () => {
      const small = await createCase('Neuro-oncology');
      const large = await createCase('Neuro-oncology');
      await insertDrafts(5, small);
      await insertDrafts(200, large);
      const smallTeam = await api.dataSource.query(`INSERT INTO teams (name) VALUES ('Small') RETURNING id`);
      const largeTeam = await api.dataSource.query(`INSERT INTO teams (name) VALUES ('Large') RETURNING id`);
      await api.dataSource.query(`UPDATE cases SET team_id = $1 WHERE id = $2`, [smallTeam[0].id, small]);
      await api.dataSource.query(`UPDATE cases SET team_id = $1 WHERE id = $2`, [largeTeam[0].id, large]);
      await api.dataSource.query(
        `INSERT INTO team_memberships (team_id, user_id) SELECT t, u.id FROM unnest($1::uuid[]) t, users u WHERE u.email = 'radiologist@consilium.test'`,
        [[smallTeam[0].id, largeTeam[0].id]],
      );

      const run = async (teamId: string) => {
        const counter = countStatements();
        const data = await api.gql.ok<{ radiologistWorklist: { edges: { node: { measurements: { lesion: { label: string } }[] } }[] } }>(
          WORKLIST,
          { first: 200, filter: { teamId } },
          radiologist,
        );
        return {
          statements: counter.stop(),
          rows: data.radiologistWorklist.edges.length,
          lesions: data.radiologistWorklist.edges.every((e) => e.node.measurements[0].lesion.label.startsWith('Bulk')),
        };
      };
      const five = await run(smallTeam[0].id);
      const twoHundred = await run(largeTeam[0].id);
      expect([five.rows, twoHundred.rows]).toEqual([5, 200]);
      expect(five.lesions && twoHundred.lesions).toBe(true);
      expect(twoHundred.statements).toBe(five.statements);
    });

    it('pages with an opaque cursor in study-date order, and filters by team and status', async () => {
      for (const d of [30, 20, 10]) await create({ caseId, modality: 'MRI', criteria: 'RANO', studyDate: daysAgo(d), bodyRegion: 'Brain' });
      const teamId = teams.get('Neuro-oncology');
      type Page = {
        radiologistWorklist: { edges: { cursor: string; node: { id: string; studyDate: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = await api.gql.ok<Page>(WORKLIST, { first: 2, after, filter: { teamId }, orderBy: 'STUDY_DATE_DESC' }, radiologist);
        seen.push(...page.radiologistWorklist.edges.map((e) => e.node.studyDate));
        if (!page.radiologistWorklist.pageInfo.hasNextPage) break;
        after = page.radiologistWorklist.pageInfo.endCursor;
      }
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect([...seen].sort().reverse()).toEqual(seen);
      const finals = await api.gql.ok<Page>(WORKLIST, { first: 200, filter: { teamId, status: ['FINAL'] } }, radiologist);
      expect(finals.radiologistWorklist.edges.every((e) => !seen.includes(e.node.id))).toBe(true);
      await expectBadCursor();
    });

    async function expectBadCursor() {
      const response = await api.gql.request(WORKLIST, { after: 'garbage' }, radiologist);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0].extensions?.field).toBe('after');
    }
  });

  it('contributes the imaging line of the readiness checklist for a batch of cases', async () => {
    const recent = await createCase();
    const old = await createCase();
    const none = await createCase();
    const draftOnly = await createCase();
    await finalise(await create({ caseId: recent, modality: 'PET_CT', studyDate: daysAgo(52), criteria: 'NONE' }));
    await finalise(await create({ caseId: old, studyDate: daysAgo(90), criteria: 'NONE' }));
    await create({ caseId: draftOnly, studyDate: daysAgo(2), criteria: 'NONE' });
    const contributor = api.app
      .get(ReadinessRegistry)
      .list()
      .find((c) => c.key === 'imaging');
    expect(contributor).toBeDefined();
    const cases = await api.dataSource.query(`SELECT id, team_id AS "teamId" FROM cases WHERE id = ANY($1)`, [[recent, old, none, draftOnly]]);
    const lung = teams.get('Lung') as string;
    const settings = new Map([
      [lung, { teamId: lung, imagingMaxAgeDays: 56, requirePharmacistReview: true, requireClinicalSummary: true, requireQuestion: true }],
    ]);
    const items = await contributor!.evaluate(cases, settings, daysAgo(0));
    expect(items.get(recent)).toMatchObject({ key: 'imaging', satisfied: true, detail: `Final PET-CT of ${daysAgo(52)} (52 days ago)` });
    expect(items.get(old)).toMatchObject({ satisfied: false });
    expect(items.get(old)?.detail).toMatch(/^No final imaging report in the last 56 days/);
    expect(items.get(none)).toMatchObject({ satisfied: false, detail: 'No final imaging report in the last 56 days' });
    expect(items.get(draftOnly)?.satisfied).toBe(false);
    const strict = new Map([[lung, { ...settings.get(lung)!, imagingMaxAgeDays: 30 }]]);
    expect((await contributor!.evaluate(cases, strict, daysAgo(0))).get(recent)).toMatchObject({
      satisfied: false,
      detail: expect.stringMatching(/last 30 days/),
    });
  });
});
