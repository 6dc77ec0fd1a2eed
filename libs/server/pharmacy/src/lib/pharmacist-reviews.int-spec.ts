import { ClinicalDataService, CasesModule, ReadinessRegistry, CaseEntity, defaultTeamCaseSettings } from '@consilium/server-cases';
import { IdentityModule } from '@consilium/server-identity';
import { createFeatureTestApp, errorCodes, GqlResponse, startTestApi, TestApi } from '@consilium/server-testing';
import { PharmacyModule } from '../index';
import { PharmacyFixtures } from './test-fixtures';

const day = PharmacyFixtures.day;

const REVIEW_FIELDS = `id caseId status version reviewDate computedClearance contrastClearance clearanceNote signedBy signedByName signedAt
  computed { reviewDate aki onDialysis medications { drug }
    egfr { value unit equation source note kdigoCategory inputs { name value unit measuredOn entered } }
    crcl { value note weightBasis equation inputs { name value measuredOn } }
    bsa { value source inputs { name value measuredOn } }
    contrast { imagingRequestId agent route clearance highRiskOfContrastAki } }
  findings { id origin kind code severity ruleSeverity message recommendation source decision decisionReason decidedBy }`;
const OPEN = `mutation O($caseId: ID!) { openPharmacistReview(caseId: $caseId) { ${REVIEW_FIELDS} } }`;
const GET = `query G($id: ID!) { pharmacistReview(id: $id) { ${REVIEW_FIELDS} } }`;
const RECOMPUTE = `mutation R($id: ID!, $expectedVersion: Int!) { recomputePharmacistReview(id: $id, expectedVersion: $expectedVersion) { ${REVIEW_FIELDS} } }`;
const DECIDE = `mutation D($input: DecideReviewFindingInput!) { decideReviewFinding(input: $input) { ${REVIEW_FIELDS} } }`;
const ADD = `mutation A($input: AddReviewFindingInput!) { addReviewFinding(input: $input) { ${REVIEW_FIELDS} } }`;
const CLEARANCE = `mutation C($input: SetContrastClearanceInput!) { setContrastClearance(input: $input) { ${REVIEW_FIELDS} } }`;
const SIGN = `mutation S($id: ID!, $expectedVersion: Int!) { signPharmacistReview(id: $id, expectedVersion: $expectedVersion) { ${REVIEW_FIELDS} } }`;

interface Finding {
  id: string;
  origin: string;
  kind: string;
  code: string;
  severity: string;
  ruleSeverity: string | null;
  message: string;
  recommendation: string | null;
  source: string | null;
  decision: string;
  decisionReason: string | null;
}
interface Review {
  id: string;
  caseId: string;
  status: string;
  version: number;
  reviewDate: string;
  computedClearance: string | null;
  contrastClearance: string | null;
  signedByName: string | null;
  computed: {
    egfr: { value: number | null; note: string | null; kdigoCategory: string | null; source: string; inputs: { name: string; value: string; measuredOn: string | null }[] };
    crcl: { value: number | null; note: string | null; weightBasis: string; equation: string; inputs: { name: string; value: string; measuredOn: string | null }[] };
    bsa: { value: number | null };
    contrast: { imagingRequestId: string; clearance: string | null }[];
  };
  findings: Finding[];
}

describe('pharmacist reviews (real PostgreSQL)', () => {
  let api: TestApi;
  let fx: PharmacyFixtures;
  let pharmacist: string;
  let physician: string;
  let lung: string;

  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, PharmacyModule]));
    fx = await PharmacyFixtures.create(api.dataSource);
    pharmacist = await api.tokenFor('pharmacist');
    physician = await api.tokenFor('physician');
    lung = await fx.teamId('Lung');
  });
  afterAll(() => api.close());

  const open = async (caseId: string) => (await api.gql.ok<{ openPharmacistReview: Review }>(OPEN, { caseId }, pharmacist)).openPharmacistReview;
  const get = async (id: string) => (await api.gql.ok<{ pharmacistReview: Review }>(GET, { id }, pharmacist)).pharmacistReview;
  const decide = async (review: Review, findingId: string, decision: string, reason?: string) =>
    (await api.gql.ok<{ decideReviewFinding: Review }>(DECIDE, { input: { findingId, decision, reason, expectedVersion: review.version } }, pharmacist)).decideReviewFinding;
  const field = (response: GqlResponse<unknown>) => response.errors?.[0].extensions?.field;
  const reason = (response: GqlResponse<unknown>) => response.errors?.[0].extensions?.reason;
  const counts = async () =>
    (await api.dataSource.query(`SELECT (SELECT count(*) FROM pharmacist_reviews)::int AS reviews, (SELECT count(*) FROM review_findings)::int AS findings,
        (SELECT coalesce(sum(version), 0) FROM pharmacist_reviews)::int AS versions, (SELECT count(*) FROM audit_events)::int AS audits`))[0];

  /** Demo 1: a woman of 72 with creatinine 1.9 mg/dL (eGFR 27.7) on metformin, booked for a contrast CT. */
  async function metforminCase() {
    const patientId = await fx.measuredPatient('FEMALE', 72, 1.9);
    await fx.medication(patientId, 'Metformin');
    const caseId = await fx.case(patientId, lung, '2026-12-03');
    const requestId = await fx.imagingRequest(caseId, 'IODINATED');
    return { patientId, caseId, requestId };
  }

  /** Demo 2: a man of 72, 70 kg, creatinine 1.65 mg/dL (CrCl 40.1 mL/min) on capecitabine. */
  async function capecitabineCase() {
    const patientId = await fx.measuredPatient('MALE', 72, 1.65);
    await fx.medication(patientId, 'Capecitabine');
    const caseId = await fx.case(patientId, lung, '2026-12-04');
    return { patientId, caseId };
  }

  async function inTransaction(work: (clinical: ClinicalDataService, manager: import('typeorm').EntityManager) => Promise<void>) {
    const clinical = api.app.get(ClinicalDataService);
    await api.dataSource.transaction((manager) => work(clinical, manager));
  }

  it('demo: eGFR 28 on metformin with a contrast CT — numbers with inputs and dates, findings, clearance; sign; readiness', async () => {
    const { caseId, requestId } = await metforminCase();
    const review = await open(caseId);
    expect(review).toMatchObject({ status: 'OPEN', version: 1, computedClearance: 'CLEARED_WITH_PRECAUTIONS', contrastClearance: 'CLEARED_WITH_PRECAUTIONS' });
    expect(review.computed.egfr.value).toBeCloseTo(27.708, 2);
    expect(review.computed.egfr.kdigoCategory).toBe('G4');
    expect(review.computed.egfr.source).toMatch(/Inker/);
    expect(review.computed.egfr.inputs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'serum creatinine', value: '1.9', measuredOn: day(-8) }),
        expect.objectContaining({ name: 'age', value: '72' }),
      ]),
    );
    expect(review.computed.crcl).toMatchObject({ weightBasis: 'ACTUAL', equation: expect.stringMatching(/actual body weight/) });
    expect(review.computed.crcl.inputs).toContainEqual(expect.objectContaining({ name: 'weight (actual body weight)', measuredOn: day(-20) }));
    expect(review.computed.contrast).toEqual([expect.objectContaining({ imagingRequestId: requestId, clearance: 'CLEARED_WITH_PRECAUTIONS' })]);
    expect(review.findings.map((f) => [f.code, f.severity, f.decision])).toEqual([
      ['IODINATED_PROPHYLAXIS_INDICATED', 'WARNING', 'PENDING'],
      ['METFORMIN_HOLD', 'WARNING', 'PENDING'],
    ]);
    const [audit] = await api.dataSource.query(`SELECT action, data FROM audit_events WHERE entity_id = $1`, [review.id]);
    expect(audit).toMatchObject({ action: 'pharmacist-review.opened', data: { caseId, findings: 2 } });
    expect(JSON.stringify(audit.data)).not.toMatch(/Patient|metformin/i);

    // Signing with pending findings is refused.
    const early = await api.gql.request(SIGN, { id: review.id, expectedVersion: review.version }, pharmacist);
    expect([errorCodes(early)[0], reason(early)]).toEqual(['CONFLICT', 'FINDINGS_PENDING']);

    let current = await decide(review, review.findings[0].id, 'ACCEPTED');
    current = await decide(current, review.findings[1].id, 'DISMISSED', 'Metformin already stopped by the GP last week.');
    expect(current.version).toBe(3);
    expect(current.findings[1]).toMatchObject({ decision: 'DISMISSED', decisionReason: 'Metformin already stopped by the GP last week.' });
    const signed = (await api.gql.ok<{ signPharmacistReview: Review }>(SIGN, { id: current.id, expectedVersion: current.version }, pharmacist)).signPharmacistReview;
    expect(signed).toMatchObject({ status: 'SIGNED', signedByName: 'Paul Pharmacist', version: 4 });

    // The readiness line, evaluated for a batch.
    const contributor = api.app.get(ReadinessRegistry).list().find((c) => c.key === 'pharmacist-review')!;
    const { capecitabine } = { capecitabine: await capecitabineCase() };
    const cases = await api.dataSource.getRepository(CaseEntity).findBy([{ id: caseId }, { id: capecitabine.caseId }]);
    const items = await contributor.evaluate(cases, new Map([[lung, defaultTeamCaseSettings(lung)]]), day(0));
    const today = new Date().toISOString().slice(0, 10);
    expect(items.get(caseId)).toMatchObject({ satisfied: true, detail: `Signed by Paul Pharmacist on ${today}` });
    expect(items.get(capecitabine.caseId)).toMatchObject({ satisfied: false, detail: 'No signed pharmacist review' });
    const notRequired = await contributor.evaluate(cases, new Map([[lung, { ...defaultTeamCaseSettings(lung), requirePharmacistReview: false }]]), day(0));
    expect(notRequired.size).toBe(0);

    // A signed review never changes again.
    const before = await counts();
    const attempts = [
      await api.gql.request(RECOMPUTE, { id: signed.id, expectedVersion: signed.version }, pharmacist),
      await api.gql.request(DECIDE, { input: { findingId: signed.findings[0].id, decision: 'DISMISSED', reason: 'x', expectedVersion: signed.version } }, pharmacist),
      await api.gql.request(ADD, { input: { reviewId: signed.id, kind: 'OTHER', severity: 'INFO', message: 'late', expectedVersion: signed.version } }, pharmacist),
      await api.gql.request(CLEARANCE, { input: { reviewId: signed.id, clearance: 'CLEARED', note: 'n', expectedVersion: signed.version } }, pharmacist),
      await api.gql.request(SIGN, { id: signed.id, expectedVersion: signed.version }, pharmacist),
    ];
    for (const response of attempts) expect([errorCodes(response)[0], reason(response)]).toEqual(['CONFLICT', 'REVIEW_SIGNED']);
    expect(await counts()).toEqual(before);

    // A new review of the same case can be opened; signing it supersedes the old one.
    const second = await open(caseId);
    expect(second.findings.every((f) => f.decision === 'PENDING')).toBe(true);
  });

  it('demo: capecitabine with CrCl 40 — reduce to 950 mg/m² twice daily; no contrast so NOT_APPLICABLE', async () => {
    const { caseId } = await capecitabineCase();
    const review = await open(caseId);
    expect(review.computed.crcl.value).toBeCloseTo(40.067, 2);
    expect(review.computedClearance).toBe('NOT_APPLICABLE');
    expect(review.findings).toEqual([
      expect.objectContaining({
        kind: 'RENAL_DOSE',
        code: 'RENAL_DOSE_REDUCE',
        severity: 'WARNING',
        message: expect.stringMatching(/CrCl 40\.1 mL\/min.*30–50 mL\/min/),
        recommendation: expect.stringMatching(/950 mg\/m² twice daily/),
        source: expect.stringMatching(/XELODA/),
      }),
    ]);
    const accepted = await decide(review, review.findings[0].id, 'ACCEPTED');
    const signed = (await api.gql.ok<{ signPharmacistReview: Review }>(SIGN, { id: accepted.id, expectedVersion: accepted.version }, pharmacist)).signPharmacistReview;
    expect(signed.status).toBe('SIGNED');
  });

  it('re-computes open reviews when clinical data change: unchanged findings keep their decision, changed ones start over', async () => {
    const { patientId, caseId } = await capecitabineCase();
    let review = await open(caseId);
    review = await decide(review, review.findings[0].id, 'ACCEPTED');
    const manual = (await api.gql.ok<{ addReviewFinding: Review }>(ADD, { input: { reviewId: review.id, kind: 'OTHER', severity: 'INFO', message: 'Check adherence.', expectedVersion: review.version } }, pharmacist)).addReviewFinding;
    expect(manual.findings.find((f) => f.origin === 'MANUAL')).toMatchObject({ decision: 'ACCEPTED', code: 'MANUAL_OTHER' });

    // Creatinine 1.7 keeps CrCl in the 30–50 band: same finding, decision kept, version bumped.
    await inTransaction(async (clinical, manager) => {
      await manager.query(`INSERT INTO clinical_measures (patient_id, kind, value, unit, normalized_value, measured_on, recorded_by) VALUES ($1, 'SERUM_CREATININE', 1.7, 'mg/dL', 1.7, $3, $2)`, [patientId, fx.userId, day(-3)]);
      await clinical.notifyChanged(patientId, manager);
    });
    let after = await get(review.id);
    expect(after.version).toBe(manual.version + 1);
    expect(after.computed.crcl.inputs).toContainEqual(expect.objectContaining({ name: 'serum creatinine', measuredOn: day(-3) }));
    expect(after.findings.find((f) => f.kind === 'RENAL_DOSE')).toMatchObject({ code: 'RENAL_DOSE_REDUCE', decision: 'ACCEPTED', message: expect.stringMatching(/CrCl 38\.9/) });

    // Creatinine 1.0 moves it to full dose: the old finding goes, the new one is PENDING; the manual one stays.
    await inTransaction(async (clinical, manager) => {
      await manager.query(`INSERT INTO clinical_measures (patient_id, kind, value, unit, normalized_value, measured_on, recorded_by) VALUES ($1, 'SERUM_CREATININE', 1.0, 'mg/dL', 1.0, $3, $2)`, [patientId, fx.userId, day(-2)]);
      await clinical.notifyChanged(patientId, manager);
    });
    after = await get(review.id);
    expect(after.findings.map((f) => [f.code, f.decision])).toEqual(expect.arrayContaining([['RENAL_DOSE_FULL_DOSE', 'PENDING'], ['MANUAL_OTHER', 'ACCEPTED']]));
    expect(after.findings).toHaveLength(2);
    const [audit] = await api.dataSource.query(`SELECT actor_id, data FROM audit_events WHERE entity_id = $1 AND action = 'pharmacist-review.recomputed' ORDER BY id DESC LIMIT 1`, [review.id]);
    expect(audit).toMatchObject({ actor_id: null, data: { trigger: 'clinical-data-changed', added: 1, removed: 1 } });

    // Data changed without notification (e.g. a new medication): signing is refused until re-computed.
    after = await decide(after, after.findings.find((f) => f.decision === 'PENDING')!.id, 'ACCEPTED');
    await fx.medication(patientId, 'warfarin');
    const outdated = await api.gql.request(SIGN, { id: after.id, expectedVersion: after.version }, pharmacist);
    expect([errorCodes(outdated)[0], reason(outdated)]).toEqual(['CONFLICT', 'REVIEW_OUTDATED']);
    const recomputed = (await api.gql.ok<{ recomputePharmacistReview: Review }>(RECOMPUTE, { id: after.id, expectedVersion: after.version }, pharmacist)).recomputePharmacistReview;
    expect(recomputed.findings.find((f) => f.code === 'CAPECITABINE_WARFARIN')).toMatchObject({ decision: 'PENDING', ruleSeverity: 'MAJOR' });
    expect(recomputed.findings.find((f) => f.code === 'RENAL_DOSE_FULL_DOSE')).toMatchObject({ decision: 'ACCEPTED' });
  });

  it('contrast clearance: a note is required to differ from the computed one; an accepted contraindication requires NOT_CLEARED', async () => {
    const patientId = await fx.measuredPatient('FEMALE', 72, 2.5);
    const caseId = await fx.case(patientId, lung, '2026-12-05');
    await fx.imagingRequest(caseId, 'GBCA_GROUP_I', 'MRI');
    let review = await open(caseId);
    expect(review).toMatchObject({ computedClearance: 'NOT_CLEARED', contrastClearance: 'NOT_CLEARED' });
    const critical = review.findings.find((f) => f.code === 'GBCA_GROUP_I_CONTRAINDICATED')!;
    expect(critical.severity).toBe('CRITICAL');
    review = await decide(review, critical.id, 'ACCEPTED');

    const noNote = await api.gql.request(CLEARANCE, { input: { reviewId: review.id, clearance: 'CLEARED', expectedVersion: review.version } }, pharmacist);
    expect([errorCodes(noNote)[0], field(noNote)]).toEqual(['BAD_USER_INPUT', 'input.note']);
    const notApplicable = await api.gql.request(CLEARANCE, { input: { reviewId: review.id, clearance: 'NOT_APPLICABLE', note: 'n', expectedVersion: review.version } }, pharmacist);
    expect([errorCodes(notApplicable)[0], field(notApplicable)]).toEqual(['BAD_USER_INPUT', 'input.clearance']);

    review = (await api.gql.ok<{ setContrastClearance: Review }>(CLEARANCE, { input: { reviewId: review.id, clearance: 'CLEARED', note: 'Radiology switches to a group II agent.', expectedVersion: review.version } }, pharmacist)).setContrastClearance;
    expect(review.contrastClearance).toBe('CLEARED');
    const contradicts = await api.gql.request(SIGN, { id: review.id, expectedVersion: review.version }, pharmacist);
    expect([errorCodes(contradicts)[0], reason(contradicts)]).toEqual(['CONFLICT', 'CLEARANCE_CONTRADICTS_FINDING']);
    review = (await api.gql.ok<{ setContrastClearance: Review }>(CLEARANCE, { input: { reviewId: review.id, clearance: 'NOT_CLEARED', expectedVersion: review.version } }, pharmacist)).setContrastClearance;
    const signed = (await api.gql.ok<{ signPharmacistReview: Review }>(SIGN, { id: review.id, expectedVersion: review.version }, pharmacist)).signPharmacistReview;
    expect(signed).toMatchObject({ status: 'SIGNED', contrastClearance: 'NOT_CLEARED' });
  });

  it('never guesses: sex OTHER gives no eGFR, the contrast study cannot be cleared automatically and signing needs a clearance', async () => {
    const patientId = await fx.patient('OTHER', '1960-01-01');
    await fx.measure(patientId, 'SERUM_CREATININE', 1.1, day(-13));
    const caseId = await fx.case(patientId, lung);
    await fx.imagingRequest(caseId, 'IODINATED');
    let review = await open(caseId);
    expect(review.computed.egfr).toMatchObject({ value: null, note: expect.stringMatching(/missing input: sex \(recorded as OTHER/) });
    expect(review.computed.bsa.value).toBeNull();
    expect(review).toMatchObject({ computedClearance: null, contrastClearance: null });
    review = await decide(review, review.findings[0].id, 'ACCEPTED');
    const missing = await api.gql.request(SIGN, { id: review.id, expectedVersion: review.version }, pharmacist);
    expect([errorCodes(missing)[0], reason(missing)]).toEqual(['CONFLICT', 'CLEARANCE_MISSING']);
  });

  it('refuses a second open review of the same case', async () => {
    const { caseId } = await capecitabineCase();
    await open(caseId);
    const again = await api.gql.request(OPEN, { caseId }, pharmacist);
    expect([errorCodes(again)[0], reason(again), field(again)]).toEqual(['CONFLICT', 'REVIEW_ALREADY_OPEN', 'caseId']);
  });

  it('concurrent requests: two opens give one review; two changes with the same version give one success and one CONFLICT', async () => {
    const { caseId } = await metforminCase();
    const opens = await Promise.all([api.gql.request(OPEN, { caseId }, pharmacist), api.gql.request(OPEN, { caseId }, pharmacist)]);
    expect(opens.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM pharmacist_reviews WHERE case_id = $1`, [caseId]);
    expect(n).toBe(1);
    const review = (opens.find((r) => !r.errors)!.data as { openPharmacistReview: Review }).openPharmacistReview;
    const [a, b] = review.findings;
    const decisions = await Promise.all([
      api.gql.request(DECIDE, { input: { findingId: a.id, decision: 'ACCEPTED', expectedVersion: review.version } }, pharmacist),
      api.gql.request(DECIDE, { input: { findingId: b.id, decision: 'ACCEPTED', expectedVersion: review.version } }, pharmacist),
    ]);
    expect(decisions.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const after = await get(review.id);
    expect(after.version).toBe(review.version + 1);
    expect(after.findings.filter((f) => f.decision === 'ACCEPTED')).toHaveLength(1);
  });

  it('only pharmacists change reviews: every mutation is FORBIDDEN to a physician and writes nothing', async () => {
    const { caseId } = await metforminCase();
    const review = await open(caseId);
    const before = await counts();
    const responses = [
      await api.gql.request(OPEN, { caseId }, physician),
      await api.gql.request(RECOMPUTE, { id: review.id, expectedVersion: review.version }, physician),
      await api.gql.request(DECIDE, { input: { findingId: review.findings[0].id, decision: 'ACCEPTED', expectedVersion: review.version } }, physician),
      await api.gql.request(ADD, { input: { reviewId: review.id, kind: 'OTHER', severity: 'INFO', message: 'x', expectedVersion: review.version } }, physician),
      await api.gql.request(CLEARANCE, { input: { reviewId: review.id, clearance: 'CLEARED', note: 'x', expectedVersion: review.version } }, physician),
      await api.gql.request(SIGN, { id: review.id, expectedVersion: review.version }, physician),
    ];
    for (const response of responses) expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql.request(OPEN, { caseId }))).toEqual(['UNAUTHENTICATED']);
    expect(await counts()).toEqual(before);
    // Team members of other roles may read it.
    expect((await api.gql.ok<{ pharmacistReview: Review }>(GET, { id: review.id }, physician)).pharmacistReview.id).toBe(review.id);
  });

  it('a case or review outside your teams reads as NOT_FOUND, for every mutation and the query; nothing is written', async () => {
    const foreign = await fx.foreignTeam('Breast (pharmacy test)');
    const patientId = await fx.measuredPatient('FEMALE', 66, 1.0);
    await fx.medication(patientId, 'capecitabine');
    const caseId = await fx.case(patientId, foreign);
    // The pharmacist is briefly a member, opens a review, then leaves the team.
    await api.dataSource.query('INSERT INTO team_memberships (team_id, user_id) VALUES ($1, $2)', [foreign, fx.userId]);
    const review = await open(caseId);
    await api.dataSource.query('DELETE FROM team_memberships WHERE team_id = $1 AND user_id = $2', [foreign, fx.userId]);
    const before = await counts();
    const responses: [GqlResponse<unknown>, string][] = [
      [await api.gql.request(OPEN, { caseId }, pharmacist), 'caseId'],
      [await api.gql.request(GET, { id: review.id }, pharmacist), 'id'],
      [await api.gql.request(RECOMPUTE, { id: review.id, expectedVersion: review.version }, pharmacist), 'id'],
      [await api.gql.request(DECIDE, { input: { findingId: review.findings[0].id, decision: 'ACCEPTED', expectedVersion: review.version } }, pharmacist), 'input.findingId'],
      [await api.gql.request(ADD, { input: { reviewId: review.id, kind: 'OTHER', severity: 'INFO', message: 'x', expectedVersion: review.version } }, pharmacist), 'input.reviewId'],
      [await api.gql.request(CLEARANCE, { input: { reviewId: review.id, clearance: 'NOT_APPLICABLE', expectedVersion: review.version } }, pharmacist), 'input.reviewId'],
      [await api.gql.request(SIGN, { id: review.id, expectedVersion: review.version }, pharmacist), 'id'],
    ];
    for (const [response, name] of responses) expect([errorCodes(response)[0], field(response)]).toEqual(['NOT_FOUND', name]);
    // Exactly like ids that do not exist.
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCodes(await api.gql.request(OPEN, { caseId: unknown }, pharmacist))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.gql.request(SIGN, { id: unknown, expectedVersion: 1 }, pharmacist))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.gql.request(DECIDE, { input: { findingId: unknown, decision: 'ACCEPTED', expectedVersion: 1 } }, pharmacist))).toEqual(['NOT_FOUND']);
    expect(await counts()).toEqual(before);
  });

  it('a stale expectedVersion gets CONFLICT on every mutation and writes nothing', async () => {
    const { caseId } = await metforminCase();
    const first = await open(caseId);
    const current = await decide(first, first.findings[0].id, 'ACCEPTED');
    const before = await counts();
    const stale = first.version;
    const responses: [GqlResponse<unknown>, string][] = [
      [await api.gql.request(RECOMPUTE, { id: first.id, expectedVersion: stale }, pharmacist), 'expectedVersion'],
      [await api.gql.request(DECIDE, { input: { findingId: first.findings[1].id, decision: 'ACCEPTED', expectedVersion: stale } }, pharmacist), 'input.expectedVersion'],
      [await api.gql.request(ADD, { input: { reviewId: first.id, kind: 'OTHER', severity: 'INFO', message: 'x', expectedVersion: stale } }, pharmacist), 'input.expectedVersion'],
      [await api.gql.request(CLEARANCE, { input: { reviewId: first.id, clearance: 'NOT_CLEARED', note: 'x', expectedVersion: stale } }, pharmacist), 'input.expectedVersion'],
      [await api.gql.request(SIGN, { id: first.id, expectedVersion: stale }, pharmacist), 'expectedVersion'],
    ];
    for (const [response, name] of responses) expect([errorCodes(response)[0], reason(response), field(response)]).toEqual(['CONFLICT', 'STALE_VERSION', name]);
    expect(await counts()).toEqual(before);
    expect((await get(first.id)).version).toBe(current.version);
  });

  describe('bad input gets BAD_USER_INPUT naming the field, and nothing is written', () => {
    let review: Review;
    const MB = 'x'.repeat(1024 * 1024);
    beforeAll(async () => {
      review = await open((await metforminCase()).caseId);
    });

    const cases: [string, string, () => [string, Record<string, unknown>]][] = [
      ['open: a malformed case id', 'caseId', () => [OPEN, { caseId: 'case-1' }]],
      ['recompute: a malformed id', 'id', () => [RECOMPUTE, { id: 'nope', expectedVersion: 1 }]],
      ['recompute: expectedVersion 0', 'expectedVersion', () => [RECOMPUTE, { id: review.id, expectedVersion: 0 }]],
      ['decide: dismissing without a reason', 'input.reason', () => [DECIDE, { input: { findingId: review.findings[0].id, decision: 'DISMISSED', expectedVersion: review.version } }]],
      ['decide: dismissing with a blank reason', 'input.reason', () => [DECIDE, { input: { findingId: review.findings[0].id, decision: 'DISMISSED', reason: '   ', expectedVersion: review.version } }]],
      ['decide: a 1 MB reason', 'input.reason', () => [DECIDE, { input: { findingId: review.findings[0].id, decision: 'DISMISSED', reason: MB, expectedVersion: review.version } }]],
      ['decide: decision PENDING', 'input.decision', () => [DECIDE, { input: { findingId: review.findings[0].id, decision: 'PENDING', expectedVersion: review.version } }]],
      ['decide: a malformed finding id', 'input.findingId', () => [DECIDE, { input: { findingId: 'f', decision: 'ACCEPTED', expectedVersion: review.version } }]],
      ['add: an empty message', 'input.message', () => [ADD, { input: { reviewId: review.id, kind: 'OTHER', severity: 'INFO', message: '  ', expectedVersion: review.version } }]],
      ['add: a 1 MB message', 'input.message', () => [ADD, { input: { reviewId: review.id, kind: 'OTHER', severity: 'INFO', message: MB, expectedVersion: review.version } }]],
      ['add: a 1 MB recommendation', 'input.recommendation', () => [ADD, { input: { reviewId: review.id, kind: 'OTHER', severity: 'INFO', message: 'm', recommendation: MB, expectedVersion: review.version } }]],
      ['add: expectedVersion -1', 'input.expectedVersion', () => [ADD, { input: { reviewId: review.id, kind: 'OTHER', severity: 'INFO', message: 'm', expectedVersion: -1 } }]],
      ['clearance: a 1 MB note', 'input.note', () => [CLEARANCE, { input: { reviewId: review.id, clearance: 'CLEARED', note: MB, expectedVersion: review.version } }]],
      ['clearance: a malformed review id', 'input.reviewId', () => [CLEARANCE, { input: { reviewId: '1', clearance: 'CLEARED', expectedVersion: review.version } }]],
      ['sign: a malformed id', 'id', () => [SIGN, { id: '../etc', expectedVersion: 1 }]],
    ];
    it.each(cases)('%s → %s', async (_label, name, build) => {
      const before = await counts();
      const [query, variables] = build();
      const response = await api.gql.request(query, variables, pharmacist);
      expect([errorCodes(response)[0], field(response)]).toEqual(['BAD_USER_INPUT', name]);
      expect(await counts()).toEqual(before);
    });

    it.each<[string, string, string, Record<string, unknown>]>([
      ['decide without a decision', 'decision', DECIDE, { input: { findingId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1 } }],
      ['add without a message', 'message', ADD, { input: { reviewId: '00000000-0000-4000-8000-000000000000', kind: 'OTHER', severity: 'INFO', expectedVersion: 1 } }],
      ['clearance with an unknown value', 'clearance', CLEARANCE, { input: { reviewId: '00000000-0000-4000-8000-000000000000', clearance: 'MAYBE', expectedVersion: 1 } }],
      ['sign without expectedVersion', 'expectedVersion', SIGN, { id: '00000000-0000-4000-8000-000000000000' }],
      ['open without a case id', 'caseId', OPEN, {}],
    ])('%s → BAD_USER_INPUT whose message names %s', async (_label, name, query, variables) => {
      const before = await counts();
      const response = await api.gql.request(query, variables, pharmacist);
      expect(errorCodes(response)[0]).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toContain(name);
      expect(await counts()).toEqual(before);
    });
  });
});
