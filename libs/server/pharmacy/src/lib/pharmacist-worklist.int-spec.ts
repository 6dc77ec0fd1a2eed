import { CasesModule } from '@consilium/server-cases';
import { IdentityModule } from '@consilium/server-identity';
import { createFeatureTestApp, errorCodes, startTestApi, TestApi } from '@consilium/server-testing';
import { PharmacyModule, seedPharmacyDemo } from '../index';
import { PharmacyFixtures } from './test-fixtures';

const WORKLIST = `query W($first: Int, $after: String, $filter: PharmacistWorklistFilter) {
  pharmacistWorklist(first: $first, after: $after, filter: $filter) {
    edges { cursor node { caseId dueDate state case { id teamId targetDiscussionDate pharmacistReviews { id status findings { id code } } }
      review { id status version findings { id code decision } } } }
    pageInfo { endCursor hasNextPage } } }`;

interface Page {
  pharmacistWorklist: {
    edges: { cursor: string; node: { caseId: string; dueDate: string | null; state: string; case: { id: string; pharmacistReviews: { id: string; findings: { code: string }[] }[] }; review: { id: string; findings: { code: string; decision: string }[] } | null } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe('pharmacist worklist (real PostgreSQL)', () => {
  let api: TestApi;
  let fx: PharmacyFixtures;
  let pharmacist: string;
  let team: string;
  let other: string;
  let caseIds: { id: string; due: string | null }[];

  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, PharmacyModule]));
    fx = await PharmacyFixtures.create(api.dataSource);
    pharmacist = await api.tokenFor('pharmacist');
    // A team of its own so the worklist holds exactly the cases made here.
    team = await fx.foreignTeam('Sarcoma (worklist test)');
    other = await fx.foreignTeam('Urology (not a member)');
    await api.dataSource.query('INSERT INTO team_memberships (team_id, user_id) VALUES ($1, $2)', [team, fx.userId]);
    const dues = ['2026-12-10', null, '2026-12-01', '2026-12-10', null, '2026-12-05'];
    caseIds = [];
    for (const due of dues) {
      const patientId = await fx.measuredPatient('MALE', 72, 1.65);
      await fx.medication(patientId, 'capecitabine');
      caseIds.push({ id: await fx.case(patientId, team, due), due });
    }
    // Not on the list: another team's case, and a closed case.
    await fx.case(await fx.patient('FEMALE', '1970-01-01'), other, '2026-11-30');
    const closed = await fx.case(await fx.patient('FEMALE', '1970-01-01'), team, '2026-11-30');
    await api.dataSource.query(`UPDATE cases SET status = 'CLOSED' WHERE id = $1`, [closed]);
  });
  afterAll(() => api.close());

  const page = (variables: Record<string, unknown>) => api.gql.ok<Page>(WORKLIST, variables, pharmacist);

  it('orders by target discussion date (nulls last), then case id, and pages with a cursor', async () => {
    const expected = [...caseIds]
      .sort((a, b) => (a.due === b.due ? (a.id < b.id ? -1 : 1) : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1))
      .map((c) => c.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: Page = await page({ first: 4, after, filter: { teamId: team } });
      seen.push(...result.pharmacistWorklist.edges.map((e) => e.node.caseId));
      if (!result.pharmacistWorklist.pageInfo.hasNextPage) break;
      after = result.pharmacistWorklist.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    const all = await page({ first: 50 });
    expect(all.pharmacistWorklist.edges.map((e) => e.node.caseId)).toEqual(expect.arrayContaining(expected));
    expect(all.pharmacistWorklist.edges.every((e) => e.node.case.id === e.node.caseId)).toBe(true);
  });

  it('filters by review state; seedPharmacyDemo opens reviews once', async () => {
    const [a, b] = caseIds;
    expect(await seedPharmacyDemo(api.dataSource, { caseIds: [a.id, b.id] })).toEqual({ reviewsOpened: 2 });
    expect(await seedPharmacyDemo(api.dataSource, { caseIds: [a.id, b.id] })).toEqual({ reviewsOpened: 0 });
    const open = await page({ first: 50, filter: { teamId: team, state: 'OPEN' } });
    expect(open.pharmacistWorklist.edges.map((e) => e.node.caseId).sort()).toEqual([a.id, b.id].sort());
    expect(open.pharmacistWorklist.edges[0].node.review?.findings).toEqual([expect.objectContaining({ code: 'RENAL_DOSE_REDUCE', decision: 'PENDING' })]);
    expect(open.pharmacistWorklist.edges.every((e) => e.node.state === 'OPEN' && e.node.case.pharmacistReviews.length === 1)).toBe(true);
    const notStarted = await page({ first: 50, filter: { teamId: team, state: 'NOT_STARTED' } });
    expect(notStarted.pharmacistWorklist.edges).toHaveLength(caseIds.length - 2);
    expect(notStarted.pharmacistWorklist.edges.every((e) => e.node.review === null && e.node.state === 'NOT_STARTED')).toBe(true);
    const signed = await page({ first: 50, filter: { teamId: team, state: 'SIGNED' } });
    expect(signed.pharmacistWorklist.edges).toEqual([]);
  });

  it('is for pharmacists and their own teams; bad arguments name the field', async () => {
    const physician = await api.tokenFor('physician');
    expect(errorCodes(await api.gql.request(WORKLIST, { first: 5 }, physician))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql.request(WORKLIST, { filter: { teamId: other } }, pharmacist))).toEqual(['FORBIDDEN']);
    for (const [variables, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 201 }, 'first'],
      [{ after: 'bm90IGEgY3Vyc29y' }, 'after'],
      [{ after: 'x'.repeat(1024 * 1024) }, 'after'],
      [{ filter: { teamId: 'lung' } }, 'filter.teamId'],
    ] as const) {
      const response = await api.gql.request(WORKLIST, variables, pharmacist);
      expect([errorCodes(response)[0], response.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
  });

  it('costs the same number of SQL statements for 5 cases as for 200 (DataLoaders, no N+1)', async () => {
    const big = await fx.foreignTeam('Big team (statement count)');
    const small = await fx.foreignTeam('Small team (statement count)');
    await api.dataSource.query('INSERT INTO team_memberships (team_id, user_id) VALUES ($1, $3), ($2, $3)', [big, small, fx.userId]);
    const patientId = await fx.measuredPatient('MALE', 72, 1.65);
    await fx.medication(patientId, 'capecitabine');
    await fx.medication(patientId, 'warfarin');
    const insert = (teamId: string, n: number) =>
      api.dataSource.query(
        `INSERT INTO cases (patient_id, team_id, referral_date, referral_source, target_discussion_date, created_by)
         SELECT $1, $2, '2026-11-01', 'GP', DATE '2026-12-01' + (g % 20), $3 FROM generate_series(1, $4) AS g RETURNING id`,
        [patientId, teamId, fx.userId, n],
      ) as Promise<{ id: string }[]>;
    const bigCases = await insert(big, 200);
    const smallCases = await insert(small, 5);
    // Every case has a review with findings, so every nested field has something to load.
    await seedPharmacyDemo(api.dataSource, { caseIds: [...bigCases, ...smallCases].map((c) => c.id) });

    const logger = api.dataSource.logger;
    const spy = jest.spyOn(logger, 'logQuery');
    const count = async (teamId: string) => {
      spy.mockClear();
      const result = await page({ first: 200, filter: { teamId } });
      const statements = spy.mock.calls.length;
      return { statements, rows: result.pharmacistWorklist.edges.length, findings: result.pharmacistWorklist.edges.reduce((n, e) => n + (e.node.review?.findings.length ?? 0), 0) };
    };
    const five = await count(small);
    const twoHundred = await count(big);
    spy.mockRestore();
    expect(five.rows).toBe(5);
    expect(twoHundred.rows).toBe(200);
    expect(twoHundred.findings).toBe(400);
    expect(twoHundred.statements).toBe(five.statements);
  });
});
