import { CasesModule } from '@consilium/server-cases';
import { IdentityModule } from '@consilium/server-identity';
import { createFeatureTestApp, startTestApi, TestApi } from '@consilium/server-testing';
import { PharmacyModule, seedPharmacyDemo } from '../index';
import { PharmacyFixtures } from './test-fixtures';

const day = PharmacyFixtures.day;

const CASE = `query C($id: ID!) { case(id: $id) { id pharmacistReviews { id status version computedClearance contrastClearance
  computed { egfr { value } crcl { value } contrast { agent clearance } } findings { code decision } } } }`;
const OPEN = `mutation O($caseId: ID!) { openPharmacistReview(caseId: $caseId) { id version findings { id code decision } } }`;
const DECIDE = `mutation D($input: DecideReviewFindingInput!) { decideReviewFinding(input: $input) { id version } }`;
const ADD_MEDICATION = `mutation M($input: MedicationInput!) { addMedication(input: $input) { id } }`;
const MEASURE = `mutation M($input: RecordMeasureInput!) { recordClinicalMeasure(input: $input) { id } }`;
const READINESS = `query R($id: ID!) { case(id: $id) { readiness { items { key satisfied detail } } } }`;
const GET_REVIEW = `query G($id: ID!) { pharmacistReview(id: $id) { id version findings { id } } }`;
const SIGN = `mutation S($id: ID!, $expectedVersion: Int!) { signPharmacistReview(id: $id, expectedVersion: $expectedVersion) { id status } }`;
const REQUEST_IMAGING = `mutation I($input: RequestImagingInput!) { requestImaging(input: $input) { id } }`;

interface CaseReviews {
  case: {
    pharmacistReviews: {
      id: string;
      status: string;
      version: number;
      computedClearance: string | null;
      contrastClearance: string | null;
      computed: { egfr: { value: number | null }; crcl: { value: number | null }; contrast: { agent: string; clearance: string | null }[] };
      findings: { code: string; decision: string }[];
    }[];
  };
}

/** The cases room's own mutations drive re-computation through ClinicalDataService.onChange. */
describe('pharmacist reviews follow the clinical data written by the cases room (real PostgreSQL)', () => {
  let api: TestApi;
  let fx: PharmacyFixtures;
  let pharmacist: string;
  let physician: string;

  beforeAll(async () => {
    // With the demo cases: the demo's metformin and capecitabine patients are checked below.
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, PharmacyModule]), { seed: 'all' });
    fx = await PharmacyFixtures.create(api.dataSource);
    pharmacist = await api.tokenFor('pharmacist');
    physician = await api.tokenFor('physician');
  });
  afterAll(() => api.close());

  const reviewsOf = async (caseId: string) => (await api.gql.ok<CaseReviews>(CASE, { id: caseId }, physician)).case.pharmacistReviews;

  it('a new medication, a new creatinine and a contrast request re-compute the open review; earlier decisions are kept', async () => {
    const patientId = await fx.measuredPatient('MALE', 72, 1.65);
    await fx.medication(patientId, 'capecitabine');
    const caseId = await fx.case(patientId, await fx.teamId('Lung'), '2026-12-02');
    const opened = (await api.gql.ok<{ openPharmacistReview: { id: string; version: number; findings: { id: string; code: string }[] } }>(OPEN, { caseId }, pharmacist)).openPharmacistReview;
    const decided = (await api.gql.ok<{ decideReviewFinding: { version: number } }>(DECIDE, { input: { findingId: opened.findings[0].id, decision: 'ACCEPTED', expectedVersion: opened.version } }, pharmacist)).decideReviewFinding;

    await api.gql.ok(ADD_MEDICATION, { input: { caseId, drug: 'warfarin', dose: '5 mg', route: 'PO', frequency: 'daily' } }, pharmacist);
    let [review] = await reviewsOf(caseId);
    expect(review.version).toBe(decided.version + 1);
    expect(review.findings).toEqual(
      expect.arrayContaining([
        { code: 'CAPECITABINE_WARFARIN', decision: 'PENDING' },
        { code: 'RENAL_DOSE_REDUCE', decision: 'ACCEPTED' },
      ]),
    );

    // 2.2 mg/dL: CrCl 30.05 mL/min, still in the 30–50 band — the accepted dose finding stands.
    await api.gql.ok(MEASURE, { input: { caseId, kind: 'SERUM_CREATININE', value: 194.48, unit: 'µmol/L', measuredOn: day(-1) } }, physician);
    [review] = await reviewsOf(caseId);
    expect(review.computed.crcl.value).toBeCloseTo(30.05, 1);
    expect(review.findings).toContainEqual({ code: 'RENAL_DOSE_REDUCE', decision: 'ACCEPTED' });

    await api.gql.ok(REQUEST_IMAGING, { input: { caseId, modality: 'CT', bodyRegion: 'thorax', contrastAgent: 'IODINATED', contrastRoute: 'IV', plannedDate: day(8) } }, physician);
    [review] = await reviewsOf(caseId);
    expect(review.computed.contrast).toEqual([{ agent: 'IODINATED', clearance: review.computedClearance }]);
    expect(review.computedClearance).not.toBe('NOT_APPLICABLE');
    expect(review.contrastClearance).toBe(review.computedClearance);
    expect(review.findings.some((f) => f.code.startsWith('IODINATED_') && f.decision === 'PENDING')).toBe(true);
  });

  it('demo: seedPharmacyDemo on the demo patients (eGFR 28 on metformin with a contrast CT; capecitabine with CrCl 40)', async () => {
    const idOf = async (mrn: string) =>
      (await api.dataSource.query('SELECT c.id FROM cases c JOIN patients p ON p.id = c.patient_id WHERE p.mrn = $1 ORDER BY c.created_at LIMIT 1', [mrn]))[0].id as string;
    const metformin = await idOf('DEMO-L002');
    const capecitabine = await idOf('DEMO-H002');
    await seedPharmacyDemo(api.dataSource, { caseIds: [metformin, capecitabine] });

    const [contrast] = await reviewsOf(metformin);
    expect(Math.round(contrast.computed.egfr.value as number)).toBe(28);
    expect(contrast.computedClearance).toBe('CLEARED_WITH_PRECAUTIONS');
    expect(contrast.findings).toEqual(expect.arrayContaining([{ code: 'METFORMIN_HOLD', decision: 'PENDING' }, { code: 'IODINATED_PROPHYLAXIS_INDICATED', decision: 'PENDING' }]));

    const [dosing] = await reviewsOf(capecitabine);
    expect(Math.floor(dosing.computed.crcl.value as number)).toBe(40);
    expect(dosing.findings).toContainEqual({ code: 'RENAL_DOSE_REDUCE', decision: 'PENDING' });

    // The case's readiness checklist shows the pharmacy line; signing satisfies it.
    const readinessOf = async (caseId: string) =>
      (await api.gql.ok<{ case: { readiness: { items: { key: string; satisfied: boolean; detail: string }[] } } }>(READINESS, { id: caseId }, physician)).case.readiness.items.find(
        (i) => i.key === 'pharmacist-review',
      );
    expect(await readinessOf(capecitabine)).toMatchObject({ satisfied: false, detail: 'No signed pharmacist review' });
    const review = (await api.gql.ok<{ pharmacistReview: { id: string; version: number; findings: { id: string }[] } }>(GET_REVIEW, { id: dosing.id }, pharmacist)).pharmacistReview;
    let version = review.version;
    for (const finding of review.findings) {
      version = (await api.gql.ok<{ decideReviewFinding: { version: number } }>(DECIDE, { input: { findingId: finding.id, decision: 'ACCEPTED', expectedVersion: version } }, pharmacist)).decideReviewFinding.version;
    }
    await api.gql.ok(SIGN, { id: review.id, expectedVersion: version }, pharmacist);
    expect(await readinessOf(capecitabine)).toMatchObject({ satisfied: true, detail: `Signed by Paul Pharmacist on ${new Date().toISOString().slice(0, 10)}` });
  });
});
