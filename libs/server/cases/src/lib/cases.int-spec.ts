import { Client } from 'pg';
import { IdentityModule } from '@consilium/server-identity';
import { createFeatureTestApp, errorCodes, startTestApi, TestApi } from '@consilium/server-testing';
import { CasesModule } from '../index';

const REFER = `mutation R($input: ReferCaseInput!) { referCase(input: $input) { id status version patient { id mrn } } }`;
const UPDATE = `mutation U($input: UpdateCaseInput!) { updateCase(input: $input) { id version question clinicalSummary tnm { t n m } } }`;
const step = (name: string) => `mutation S($input: CaseTransitionInput!) { ${name}(input: $input) { id status version readinessOverrideReason } }`;
const CASE = `query C($id: ID!) { case(id: $id) { id status events { fromStatus toStatus reason actorId } readiness { ready missing items { key satisfied detail } } } }`;

type Kase = { id: string; status: string; version: number };

describe('cases and their workflow (real PostgreSQL)', () => {
  let api: TestApi;
  let lung: string;
  let coordinator: string;
  let mrn = 1000;
  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule]));
    [{ id: lung }] = await api.dataSource.query(`SELECT id FROM teams WHERE name = 'Lung'`);
    coordinator = await api.tokenFor('coordinator');
  });
  afterAll(() => api.close());

  function referral(patch: Record<string, unknown> = {}) {
    mrn += 1;
    return {
      teamId: lung,
      patient: { mrn: `MRN-${mrn}`, givenName: 'Ada', familyName: 'Lovelace', birthDate: '1958-03-14', sex: 'FEMALE' },
      referralDate: '2026-11-02',
      referralSource: 'Respiratory clinic',
      question: 'Surgery or SABR for a 22 mm RUL nodule?',
      clinicalSummary: 'Ex-smoker, FEV1 1.4 L.',
      diagnosisCode: 'C34.1',
      diagnosisText: 'Adenocarcinoma, right upper lobe',
      tnm: { prefix: 'c', t: 'T1c', n: 'N0', m: 'M0', stageGroup: 'IA3', edition: '8' },
      ecog: 1,
      ...patch,
    };
  }

  async function refer(patch: Record<string, unknown> = {}, token = coordinator): Promise<Kase & { patient: { id: string } }> {
    return (await api.gql.ok<{ referCase: Kase & { patient: { id: string } } }>(REFER, { input: referral(patch) }, token)).referCase;
  }

  async function move(name: string, kase: Kase, reason?: string) {
    return api.gql.request<Record<string, Kase & { readinessOverrideReason: string | null }>>(step(name), { input: { caseId: kase.id, expectedVersion: kase.version, reason } }, coordinator);
  }

  it('refers a case, creating the patient, and records the REFERRED event with who and why', async () => {
    const kase = await refer();
    expect(kase.status).toBe('REFERRED');
    const { case: read } = await api.gql.ok<{ case: { events: { fromStatus: string | null; toStatus: string; reason: string; actorId: string }[] } }>(CASE, { id: kase.id }, coordinator);
    expect(read.events).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'REFERRED', reason: 'Referred by Respiratory clinic' })]);
    expect(read.events[0].actorId).toBeTruthy();
  });

  it('reuses a patient by MRN when name and birth date match, and refuses a mismatch with CONFLICT', async () => {
    const patient = { mrn: 'MRN-REUSE-1', givenName: 'Ada', familyName: 'Lovelace', birthDate: '1958-03-14', sex: 'FEMALE' };
    const first = await refer({ patient });
    const again = await refer({ patient: { ...patient, mrn: 'mrn-reuse-1', familyName: 'LOVELACE' } });
    expect(again.patient.id).toBe(first.patient.id);
    const clash = await api.gql.request(REFER, { input: referral({ patient: { ...patient, familyName: 'Byron' } }) }, coordinator);
    expect(errorCodes(clash)).toEqual(['CONFLICT']);
    expect(clash.errors?.[0].extensions?.field).toBe('input.patient.mrn');
  });

  it('lets physicians refer but not radiologists or pharmacists; only to a team you belong to', async () => {
    await expect(refer({}, await api.tokenFor('physician'))).resolves.toHaveProperty('id');
    expect(errorCodes(await api.gql.request(REFER, { input: referral() }, await api.tokenFor('radiologist')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql.request(REFER, { input: referral() }, await api.tokenFor('pharmacist')))).toEqual(['FORBIDDEN']);
    const [{ id: breast }] = await api.dataSource.query(`INSERT INTO teams (name) VALUES ('Breast') RETURNING id`);
    expect(errorCodes(await api.gql.request(REFER, { input: referral({ teamId: breast }) }, coordinator))).toEqual(['FORBIDDEN']);
  });

  describe('bad input is refused naming the field, and nothing is written', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['a future referral date', { referralDate: '2099-01-01' }, 'input.referralDate'],
      ['an impossible date', { referralDate: '2026-02-30' }, 'input.referralDate'],
      ['a future birth date', { patient: { mrn: 'X-1', givenName: 'A', familyName: 'B', birthDate: '2099-01-01', sex: 'MALE' } }, 'input.patient.birthDate'],
      ['an empty family name', { patient: { mrn: 'X-2', givenName: 'A', familyName: ' ', birthDate: '1950-01-01', sex: 'MALE' } }, 'input.patient.familyName'],
      ['a 1 MB clinical summary', { clinicalSummary: 's'.repeat(1024 * 1024) }, 'input.clinicalSummary'],
      ['a 1 MB question', { question: 'q'.repeat(1024 * 1024) }, 'input.question'],
      ['ECOG 7', { ecog: 7 }, 'input.ecog'],
      ['a malformed T', { tnm: { t: 'T9' } }, 'input.tnm.t'],
      ['a malformed diagnosis code', { diagnosisCode: 'lung cancer' }, 'input.diagnosisCode'],
      ['a target date before the referral', { targetDiscussionDate: '2026-10-01' }, 'input.targetDiscussionDate'],
      ['a missing referral source', { referralSource: undefined }, 'input.referralSource'],
    ];
    it.each(cases)('%s', async (_label, patch, field) => {
      const before = await api.dataSource.query('SELECT (SELECT count(*) FROM cases)::int AS c, (SELECT count(*) FROM patients)::int AS p');
      const response = await api.gql.request(REFER, { input: referral(patch) }, coordinator);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      // A field the schema requires is refused by GraphQL itself, which names it in the message.
      const error = response.errors?.[0];
      if (error?.extensions?.field) expect(error.extensions.field).toBe(field);
      else expect(error?.message).toContain(field.replace(/^input\./, ''));
      expect(await api.dataSource.query('SELECT (SELECT count(*) FROM cases)::int AS c, (SELECT count(*) FROM patients)::int AS p')).toEqual(before);
    });
  });

  it('updates with optimistic concurrency: a stale expectedVersion is CONFLICT and changes nothing', async () => {
    const kase = await refer();
    const updated = (await api.gql.ok<{ updateCase: Kase & { question: string } }>(UPDATE, { input: { caseId: kase.id, expectedVersion: kase.version, question: 'Is SABR enough?', tnm: { t: 'T2a', n: 'N1', m: 'M0' } } }, coordinator)).updateCase;
    expect(updated.version).toBe(kase.version + 1);
    const stale = await api.gql.request(UPDATE, { input: { caseId: kase.id, expectedVersion: kase.version, question: 'Lost update' } }, coordinator);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const [row] = await api.dataSource.query('SELECT question FROM cases WHERE id = $1', [kase.id]);
    expect(row.question).toBe('Is SABR enough?');
  });

  it('a case of a team you are not in reads as NOT_FOUND, for queries and every mutation', async () => {
    const [{ id: neuro }] = await api.dataSource.query(`INSERT INTO teams (name) VALUES ('Sarcoma') RETURNING id`);
    const [{ id: patientId }] = await api.dataSource.query(`INSERT INTO patients (mrn, given_name, family_name, birth_date, sex) VALUES ('OTHER-1', 'B', 'C', '1960-01-01', 'MALE') RETURNING id`);
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO cases (patient_id, team_id, referral_date, referral_source, created_by) VALUES ($1, $2, '2026-11-01', 'GP', $3) RETURNING id`,
      [patientId, neuro, '00000000-0000-4000-8000-000000000001'],
    );
    expect(errorCodes(await api.gql.request(CASE, { id }, coordinator))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.gql.request(UPDATE, { input: { caseId: id, expectedVersion: 1, question: 'x' } }, coordinator))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await move('triageCase', { id, status: 'REFERRED', version: 1 }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.gql.request(CASE, { id: '00000000-0000-4000-8000-000000000000' }, coordinator))).toEqual(['NOT_FOUND']);
  });

  it('walks the journey: triage, ready only when complete or overridden with a reason, defer, back to triage', async () => {
    let kase: Kase = await refer({ clinicalSummary: null });
    kase = (await move('triageCase', kase)).data!.triageCase;
    expect(kase.status).toBe('TRIAGED');

    const notReady = await move('markCaseReady', kase);
    expect(errorCodes(notReady)).toEqual(['CONFLICT']);
    expect(notReady.errors?.[0].extensions?.reason).toBe('NOT_READY');
    expect(notReady.errors?.[0].message).toContain('a clinical summary');

    const overridden = (await move('markCaseReady', kase, 'Summary will be presented verbally')).data!.markCaseReady;
    expect(overridden.status).toBe('READY');
    expect(overridden.readinessOverrideReason).toBe('Summary will be presented verbally');

    expect(errorCodes(await move('deferCase', overridden))).toEqual(['BAD_USER_INPUT']);
    const deferred = (await move('deferCase', overridden, 'Awaiting PET-CT')).data!.deferCase;
    expect(deferred.status).toBe('DEFERRED');
    const back = (await move('triageCase', deferred)).data!.triageCase;
    expect(back.status).toBe('TRIAGED');

    const { case: read } = await api.gql.ok<{ case: { events: { fromStatus: string | null; toStatus: string; reason: string | null }[] } }>(CASE, { id: kase.id }, coordinator);
    expect(read.events.map((e) => `${e.fromStatus ?? '∅'}→${e.toStatus}`)).toEqual(['∅→REFERRED', 'REFERRED→TRIAGED', 'TRIAGED→READY', 'READY→DEFERRED', 'DEFERRED→TRIAGED']);
    expect(read.events[2].reason).toBe('Readiness override: Summary will be presented verbally');
    expect(read.events[3].reason).toBe('Awaiting PET-CT');
  });

  it('refuses illegal steps with CONFLICT and records nothing', async () => {
    const kase = await refer();
    const illegal = await move('closeCase', kase);
    expect(errorCodes(illegal)).toEqual(['CONFLICT']);
    expect(illegal.errors?.[0].extensions?.reason).toBe('ILLEGAL_TRANSITION');
    expect(illegal.errors?.[0].message).toMatch(/REFERRED cannot become CLOSED/);
    const withdrawn = (await move('withdrawCase', kase, 'Patient declined')).data!.withdrawCase;
    expect(errorCodes(await move('triageCase', withdrawn))).toEqual(['CONFLICT']);
    const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [kase.id]);
    expect(n).toBe(2);
  });

  it('only coordinators move cases along the journey', async () => {
    const kase = await refer();
    const response = await api.gql.request(step('triageCase'), { input: { caseId: kase.id, expectedVersion: kase.version } }, await api.tokenFor('physician'));
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('a stale expectedVersion on a journey step is CONFLICT and records no event', async () => {
    const kase = await refer();
    await move('triageCase', kase);
    const stale = await move('withdrawCase', kase, 'Duplicate referral');
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [kase.id]);
    expect(n).toBe(2);
  });

  it.each([
    ['a 1 MB clinical summary', { clinicalSummary: 'x'.repeat(1024 * 1024) }, 'input.clinicalSummary'],
    ['ECOG −1', { ecog: -1 }, 'input.ecog'],
    ['a malformed N', { tnm: { n: 'N7' } }, 'input.tnm.n'],
    ['an unknown priority', { priority: 'SOON' }, 'priority'],
    ['a malformed case id', { caseId: 'case-1' }, 'input.caseId'],
  ])('updateCase refuses %s naming the field, and changes nothing', async (_label, patch, field) => {
    const kase = await refer();
    const response = await api.gql.request(UPDATE, { input: { caseId: kase.id, expectedVersion: kase.version, ...patch } }, coordinator);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const error = response.errors?.[0];
    if (error?.extensions?.field) expect(error.extensions.field).toBe(field);
    else expect(error?.message).toContain(field);
    const [row] = await api.dataSource.query('SELECT version FROM cases WHERE id = $1', [kase.id]);
    expect(row.version).toBe(kase.version);
  });

  it('a journey step refuses a 1 MB reason naming the field, and records nothing', async () => {
    const kase = await refer();
    const response = await move('withdrawCase', kase, 'r'.repeat(1024 * 1024));
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].extensions?.field).toBe('input.reason');
    const [{ status }] = await api.dataSource.query('SELECT status FROM cases WHERE id = $1', [kase.id]);
    expect(status).toBe('REFERRED');
  });

  it('readiness lists what is present and what is missing, per item', async () => {
    const kase = await refer({ question: null });
    const { case: read } = await api.gql.ok<{ case: { readiness: { ready: boolean; missing: string[]; items: { key: string; satisfied: boolean }[] } } }>(CASE, { id: kase.id }, coordinator);
    expect(read.readiness.ready).toBe(false);
    expect(read.readiness.missing).toEqual(['a question for the MDT']);
    expect(read.readiness.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'clinical-summary', satisfied: true }), expect.objectContaining({ key: 'question', satisfied: false })]),
    );
  });
});

describe('the coordinator worklist (real PostgreSQL)', () => {
  let api: TestApi;
  let team: string;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule]));
    [{ id: team }] = await api.dataSource.query(`INSERT INTO teams (name) VALUES ('Worklist team') RETURNING id`);
    await api.dataSource.query(`INSERT INTO team_memberships (team_id, user_id) SELECT $1, id FROM users WHERE email = 'coordinator@consilium.test'`, [team]);
    token = (await api.gql.login('coordinator@consilium.test', 'consilium-demo')).accessToken;
  });
  afterAll(() => api.close());

  async function addCases(count: number, offset: number) {
    await api.dataSource.query(
      `WITH p AS (
         INSERT INTO patients (mrn, given_name, family_name, birth_date, sex)
         SELECT 'WL-' || g, 'Given' || g, 'Family' || g, DATE '1950-01-01' + g, 'FEMALE' FROM generate_series($1::int, $2::int) g RETURNING id, mrn)
       INSERT INTO cases (patient_id, team_id, referral_date, referral_source, question, clinical_summary, priority, created_by)
       SELECT p.id, $3, DATE '2026-01-01' + (substring(p.mrn from 4)::int % 300), 'GP', 'Q?', 'S.',
              CASE WHEN substring(p.mrn from 4)::int % 7 = 0 THEN 'URGENT'::case_priority ELSE 'ROUTINE'::case_priority END,
              '00000000-0000-4000-8000-000000000001'
         FROM p`,
      [offset, offset + count - 1, team],
    );
  }

  const WORKLIST = `query W($first: Int!, $after: String, $filter: CaseWorklistFilter, $orderBy: CaseWorklistOrder!) {
    caseWorklist(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id priority referralDate patient { mrn familyName } readiness { ready missing } events { toStatus } } }
    }
  }`;
  type Page = { caseWorklist: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; priority: string; referralDate: string; patient: { mrn: string } } }[] } };

  async function countStatements(work: () => Promise<unknown>): Promise<number> {
    const original = Client.prototype.query;
    let count = 0;
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      count += 1;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
    try {
      await work();
    } finally {
      Client.prototype.query = original;
    }
    return count;
  }

  it('costs the same number of SQL statements for 5 cases as for 200', async () => {
    await addCases(5, 1);
    const variables = { first: 100, filter: { teamId: team }, orderBy: 'REFERRAL_DATE' };
    const small = await countStatements(() => api.gql.ok<Page>(WORKLIST, { ...variables, first: 5 }, token));
    await addCases(195, 6);
    let rows = 0;
    const large = await countStatements(async () => {
      rows = (await api.gql.ok<Page>(WORKLIST, { ...variables, first: 100 }, token)).caseWorklist.edges.length;
    });
    expect(rows).toBe(100);
    expect(large).toBe(small);
    expect(small).toBeLessThan(15);
  });

  it('pages with cursors through every case exactly once, in order, urgent first', async () => {
    const seen: { id: string; priority: string; referralDate: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: Page = await api.gql.ok<Page>(WORKLIST, { first: 37, after, filter: { teamId: team }, orderBy: 'URGENCY' }, token);
      total = page.caseWorklist.totalCount;
      seen.push(...page.caseWorklist.edges.map((e) => e.node));
      after = page.caseWorklist.pageInfo.hasNextPage ? page.caseWorklist.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(200);
    expect(new Set(seen.map((s) => s.id)).size).toBe(200);
    const firstRoutine = seen.findIndex((s) => s.priority === 'ROUTINE');
    expect(seen.slice(firstRoutine).every((s) => s.priority === 'ROUTINE')).toBe(true);
    const urgentDates = seen.slice(0, firstRoutine).map((s) => s.referralDate);
    expect(urgentDates).toEqual([...urgentDates].sort());
  });

  it('filters by priority and refuses a team you do not belong to and a forged cursor', async () => {
    const urgent = await api.gql.ok<Page>(WORKLIST, { first: 100, filter: { teamId: team, priority: 'URGENT' }, orderBy: 'REFERRAL_DATE' }, token);
    expect(urgent.caseWorklist.totalCount).toBe(28); // 7, 14, …, 196: ⌊200 / 7⌋
    const [{ id: other }] = await api.dataSource.query(`INSERT INTO teams (name) VALUES ('Not mine') RETURNING id`);
    expect(errorCodes(await api.gql.request(WORKLIST, { first: 5, filter: { teamId: other }, orderBy: 'URGENCY' }, token))).toEqual(['FORBIDDEN']);
    const forged = await api.gql.request(WORKLIST, { first: 5, after: 'not-a-cursor', orderBy: 'URGENCY' }, token);
    expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
    expect(forged.errors?.[0].extensions?.field).toBe('after');
  });
});
