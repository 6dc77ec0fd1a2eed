// Browser tests of the role workspaces against the built web app and one running, seeded
// API (shared by every test of this file): a coordinator works the worklist and refers a
// case, a radiologist finalises a follow-up report that shows PD, a pharmacist signs a
// review carrying contrast warnings, a physician signs a decision. Each main page is
// checked with axe-core and screenshotted into e2e/artifacts/.
import Redis from 'ioredis';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { TEST_REDIS_URL } from '@consilium/server-testing';

import { startApiForE2e, type RunningApi } from '../support/api-process';
import { launchBrowser, saveScreenshot, seriousAccessibilityViolations } from '../support/browser';
import { buildWebApp, startWebPreview, type WebServer } from '../support/web-server';

const DEMO_PASSWORD = 'consilium-demo';

let api: RunningApi | undefined;
let web: WebServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
let pageErrors: string[] = [];

beforeAll(async () => {
  const [startedApi] = await Promise.all([startApiForE2e(), buildWebApp()]);
  api = startedApi;
  web = await startWebPreview({ apiUrl: api.url });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
});

beforeEach(() => {
  pageErrors = [];
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  expect(pageErrors).toEqual([]);
});

async function signedIn(email: string): Promise<Page> {
  if (!browser || !web) throw new Error('The browser test environment did not start.');
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(web.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Welcome, /, level: 1 }).waitFor();
  return page;
}

async function openWorkspace(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** Nothing on screen looks like raw server output. */
async function expectNoRawErrors(page: Page): Promise<void> {
  const shown = await page.locator('body').innerText();
  expect(shown).not.toMatch(/BAD_USER_INPUT|INTERNAL_SERVER_ERROR|"extensions"|\{"|\bat \S+ \(\S+:\d+:\d+\)/);
}

async function sql(query: string, params: unknown[] = []): Promise<void> {
  if (!api) throw new Error('The API did not start.');
  const client = new Client({ connectionString: api.databaseUrl });
  await client.connect();
  try {
    await client.query(query, params);
  } finally {
    await client.end();
  }
}

describe('coordinator', () => {
  it('sees the worklist with readiness badges that name what is missing', async () => {
    const page = await signedIn('coordinator@consilium.test');
    await openWorkspace(page, 'Worklist');

    const table = page.getByRole('table');
    await table.waitFor();
    // Harold Okafor's pharmacist review is open but not signed: named on his row.
    const okafor = table.getByRole('row').filter({ hasText: 'OKAFOR, Harold' });
    await okafor.getByText(/^Not ready: \d+ missing$/).waitFor();
    await okafor.getByText('Pharmacist review signed').waitFor();
    expect(await table.getByText('Ready', { exact: true }).count()).toBeGreaterThanOrEqual(0);
    await saveScreenshot(page, 'coordinator-worklist');
    await expectAccessible(page);
  });

  it('refers a case: missing fields are named, a server error lands next to its field, then the case opens', async () => {
    const page = await signedIn('coordinator@consilium.test');
    await openWorkspace(page, 'Worklist');
    await page.getByRole('link', { name: 'Refer a new case' }).click();
    await page.getByRole('heading', { name: 'Refer a case', level: 1 }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Refer the case' }).click();
    await page.getByRole('alert').getByText('Some fields need your attention.').waitFor();
    await page.locator('#referral-mrn-error').getByText('Enter the medical record number (MRN).').waitFor();
    expect(await page.getByLabel('Medical record number (MRN, required)').getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'coordinator-referral-errors');
    await expectAccessible(page);

    // An MRN that belongs to another patient: the server says so on input.patient.mrn.
    await page.getByLabel('MDT team (required)').selectOption({ label: 'Lung' });
    await page.getByLabel('Referred by (required)').fill('Respiratory clinic');
    await page.getByLabel('Medical record number (MRN, required)').fill('DEMO-L001');
    await page.getByLabel('Given name (required)').fill('Ada');
    await page.getByLabel('Family name (required)').fill('Newman');
    await page.getByLabel('Date of birth (required)').fill('1960-02-14');
    await page.getByLabel('Administrative sex (required)').selectOption('FEMALE');
    await page.getByLabel('Question for the MDT').fill('Staging CT shows a 3 cm RUL mass; surgery or SABR?');
    await page.getByRole('button', { name: 'Refer the case' }).click();
    await page.locator('#referral-mrn-error').getByText(/MRN/).waitFor();
    await expectNoRawErrors(page);
    await saveScreenshot(page, 'coordinator-referral-server-error');

    await page.getByLabel('Medical record number (MRN, required)').fill('E2E-NEW-001');
    await page.getByRole('button', { name: 'Refer the case' }).click();
    await page.getByRole('heading', { name: 'NEWMAN, Ada', level: 1 }).waitFor();
    await page.getByText('Staging CT shows a 3 cm RUL mass; surgery or SABR?').waitFor();
    await page.getByRole('region', { name: 'Timeline' }).getByText('Referred').first().waitFor();
    await saveScreenshot(page, 'coordinator-new-case');
    await expectAccessible(page);

    await openWorkspace(page, 'Worklist');
    const row = page.getByRole('row').filter({ hasText: 'NEWMAN, Ada' });
    await row.getByRole('button', { name: /^Triage/ }).click();
    await page.getByText('The case was triaged.').waitFor();
    await row.getByText('Triaged', { exact: true }).waitFor();
  });
});

describe('coordinator meetings', () => {
  it('schedules a meeting, builds its agenda (order, minutes) and defers a case with a reason', async () => {
    const page = await signedIn('coordinator@consilium.test');
    await openWorkspace(page, 'Worklist');
    // Two triaged cases made ready with a recorded override reason.
    for (const name of ['KOWALSKI, Daniel', 'OSEI, Helen']) {
      const row = page.getByRole('row').filter({ hasText: name });
      await row.getByRole('button', { name: /^Mark ready anyway/ }).click();
      await row.getByLabel('Why is it ready despite the missing items?').fill('Review booked for the morning of the meeting');
      await row.getByRole('button', { name: 'Record and mark ready' }).click();
      await page.getByText('The case is ready for discussion.').waitFor();
      await row.getByText('Ready', { exact: true }).first().waitFor();
    }

    await page.getByRole('link', { name: 'Meetings and agendas' }).click();
    await page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();
    const tomorrow = new Date(Date.now() + 86_400_000);
    const date = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
    await page.getByLabel('Team').selectOption({ label: 'Neuro-oncology' });
    await page.getByLabel('Title').fill('E2E board');
    await page.getByLabel('Date').fill(date);
    await page.getByLabel('Start time').fill('08:00');
    await page.getByLabel('Length (minutes)').fill('30');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Schedule the meeting' }).click();
    await page.getByRole('heading', { name: 'E2E board', level: 1 }).waitFor();
    await page.getByText('The agenda is empty.').waitFor();

    // Both ready cases belong to Neuro-oncology.
    await page.getByLabel('Case', { exact: true }).locator('option', { hasText: 'OSEI' }).waitFor({ state: 'attached' });
    const options = await page.getByLabel('Case', { exact: true }).locator('option').allTextContents();
    const ready = options.filter((o) => o.includes(','));
    expect(ready.length).toBe(2);
    const agenda = page.locator('ol.agenda > li');
    for (const [i, option] of ready.entries()) {
      await page.getByLabel('Case', { exact: true }).selectOption({ label: option });
      await page.getByLabel('Minutes', { exact: true }).fill('20');
      await page.getByRole('button', { name: 'Add to the agenda' }).click();
      await agenda.nth(i).waitFor();
    }
    expect(await agenda.count()).toBe(ready.length);
    await page.getByText(new RegExp(`${20 * ready.length} of 30 minutes allocated`)).waitFor();

    const first = agenda.first();
    const firstName = (await first.locator('.agenda-head a').textContent()) ?? '';
    await first.getByLabel(`Minutes for ${firstName}`).fill('10');
    await first.getByRole('button', { name: /^Save minutes/ }).click();
    await page.getByText('Minutes saved.').waitFor();
    if (ready.length > 1) {
      await first.getByRole('button', { name: /^Move down/ }).click();
      await page.getByText('The agenda was reordered.').waitFor();
      await agenda.nth(1).getByRole('link', { name: firstName }).waitFor();
    }
    await saveScreenshot(page, 'coordinator-agenda');
    await expectAccessible(page);

    const item = agenda.filter({ hasText: firstName });
    await item.getByRole('button', { name: /^Defer/ }).click();
    await item.getByRole('button', { name: 'Defer the case' }).click();
    await item.getByText('Choose why the case is deferred.').waitFor();
    await item.getByLabel(`Reason for deferring ${firstName}`).selectOption('MISSING_PATHOLOGY');
    await item.getByRole('button', { name: 'Defer the case' }).click();
    await page.getByText('The case was deferred.').waitFor();
    await item.getByText(/deferred: Missing pathology/).waitFor();
    await saveScreenshot(page, 'coordinator-agenda-deferred');
  });
});

describe('radiologist', () => {
  it('finalises a follow-up report whose live response is PD, with sum, nadir and the rule source', async () => {
    const page = await signedIn('radiologist@consilium.test');
    await openWorkspace(page, 'Reports');
    const row = page.getByRole('row').filter({ hasText: 'HUGHES, Margaret' });
    await row.getByRole('link', { name: /^Open editor/ }).click();
    await page.getByRole('heading', { name: 'Lesions', level: 2 }).waitFor();

    const response = page.getByRole('region', { name: 'Response (computed as you type)' });
    await response.getByText('Progressive disease (PD)').waitFor();
    await response.getByText(/assessRecist11/).waitFor();
    await response.getByText(/Eisenhauer/).first().waitFor();
    const numbers = await response.innerText();
    expect(numbers).toMatch(/Sum now\s+44\.0\s*mm/);
    expect(numbers).toMatch(/Nadir \(smallest so far\)\s+35\.0\s*mm/);
    expect(numbers).toMatch(/\+25\.7\s*%/);
    await saveScreenshot(page, 'radiologist-editor-pd');
    await expectAccessible(page);

    // Typing changes the response at once: 20 mm instead of 24 mm is no longer PD.
    const firstSize = page.locator('input[id^="lesion-1-longAxisMm"]');
    const typed = await firstSize.inputValue();
    await firstSize.fill('18');
    await response.getByText('Progressive disease (PD)').waitFor({ state: 'detached' });
    await firstSize.fill(typed);
    await response.getByText('Progressive disease (PD)').waitFor();

    await page.getByRole('button', { name: 'Finalise report' }).click();
    const stored = page.getByRole('region', { name: 'Response (stored at finalisation)' });
    await stored.getByText('Progressive disease (PD)').waitFor();
    await stored.getByText(/Best overall response/).waitFor();
    await saveScreenshot(page, 'radiologist-report-final');

    // The case page charts the lesions over time (recharts, loaded on demand).
    await page.getByRole('link', { name: 'HUGHES, Margaret' }).click();
    await page.getByRole('heading', { name: 'HUGHES, Margaret', level: 1 }).waitFor();
    await page.getByText('Change of each target lesion from baseline (%)').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await page.getByRole('region', { name: 'Renal function' }).waitFor();
    await saveScreenshot(page, 'case-page-charts');
    await expectAccessible(page);
  });
});

describe('radiologist, new report', () => {
  it('starts a draft, links its lesions to the ones measured before and sees the response while typing', async () => {
    const page = await signedIn('radiologist@consilium.test');
    await openWorkspace(page, 'Reports');
    await page.getByText('Start a new report').click();
    await page.getByLabel('Patient').selectOption({ label: 'HUGHES, Margaret (DEMO-L001)' });
    await page.getByLabel('Body region').fill('Chest, abdomen');
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await page.getByRole('heading', { name: 'Lesions', level: 2 }).waitFor();
    await page.getByText('No lesions recorded yet.').waitFor();

    await page.getByRole('button', { name: 'Add a lesion' }).click();
    await page.getByRole('button', { name: 'Add a lesion' }).click();
    await page.locator('#lesion-1-identity').selectOption({ label: 'Right upper lobe mass (Lung)' });
    await page.locator('#lesion-2-identity').selectOption({ label: 'Subcarinal node (Lymph node, node)' });
    await page.locator('#lesion-1-longAxisMm').fill('30');
    await page.locator('#lesion-2-longAxisMm').fill('32');
    await page.locator('#lesion-2-shortAxisMm').fill('25');
    const response = page.getByRole('region', { name: 'Response (computed as you type)' });
    await response.getByText('Progressive disease (PD)').waitFor();
    expect(await response.innerText()).toMatch(/Sum now\s+55\.0\s*mm/);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await expectAccessible(page);
  });
});

describe('pharmacist', () => {
  it('signs a review carrying contrast warnings once every finding is decided', async () => {
    const page = await signedIn('pharmacist@consilium.test');
    await openWorkspace(page, 'Reviews');
    await expectAccessible(page);
    const row = page.getByRole('row').filter({ hasText: 'OKAFOR, Harold' });
    await row.getByRole('link', { name: /^Continue review/ }).click();
    await page.getByRole('heading', { name: /^Pharmacist review: OKAFOR, Harold/, level: 1 }).waitFor();

    // eGFR with its equation, inputs and source.
    const egfr = page.getByRole('region', { name: 'eGFR' });
    await egfr.getByText(/CKD-EPI/).first().waitFor();
    await egfr.getByText(/Inker/).waitFor();
    await page.getByText(/Metformin/i).first().waitFor();
    await page.getByText('Contrast safety').first().waitFor();

    // Signing with findings pending is refused in plain words.
    await page.getByRole('button', { name: 'Sign the review' }).click();
    await page.getByRole('alert').getByText('Accept or dismiss every finding before signing.').waitFor();
    await saveScreenshot(page, 'pharmacist-review-pending');
    await expectAccessible(page);

    for (;;) {
      const accept = page.getByRole('button', { name: /^Accept / }).first();
      if ((await accept.count()) === 0) break;
      await accept.click();
      await page.getByText('Finding accepted.').waitFor();
      await page.waitForFunction('!document.querySelector(\'button[aria-disabled="true"]\')');
    }
    await page.getByText(/Recorded clearance: Cleared with precautions/).waitFor();
    await page.getByRole('button', { name: 'Sign the review' }).click();
    await page.getByText(/^Signed by .+ A signed review never changes\.$/).waitFor();
    await expectNoRawErrors(page);
    await saveScreenshot(page, 'pharmacist-review-signed');
  });
});

describe('physician', () => {
  it('writes, proposes and signs a decision with a follow-up plan', async () => {
    await sql(`UPDATE cases SET status = 'DISCUSSED' WHERE patient_id = (SELECT id FROM patients WHERE mrn = 'DEMO-H004')`);
    const page = await signedIn('physician@consilium.test');
    await openWorkspace(page, 'Decisions');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Write the decision for WHITFIELD, Arthur' }).click();
    await page.getByRole('heading', { name: 'MDT decision: WHITFIELD, Arthur', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Propose for signature' }).click();
    await page.locator('#decision-recommendation-error').getByText('Choose the recommendation.').waitFor();
    await expectAccessible(page);

    await page.getByLabel('Coded recommendation (required)').selectOption('SURGERY');
    await page.getByLabel('Intent (required)').selectOption('CURATIVE');
    await page.getByLabel('Rationale (required)').fill('Resectable disease after pathology review; fit for surgery.');
    await page.getByRole('button', { name: 'Add a follow-up scan' }).click();
    await page.getByLabel('Days after signing').fill('90');
    await page.getByRole('button', { name: 'Propose for signature' }).click();

    const sign = page.getByRole('region', { name: 'Signature' });
    await sign.waitFor();
    await saveScreenshot(page, 'physician-decision-proposed');
    await sign.getByRole('button', { name: 'Sign decision' }).click();
    await sign.getByText('Confirm that you sign this decision.').waitFor();
    await sign.getByRole('checkbox').check();
    await sign.getByRole('button', { name: 'Sign decision' }).click();
    await page.getByText(/^Signed by .+ A signed decision never changes/).waitFor();
    await page.getByText(/CT due .+ · Scheduled/).waitFor();
    await saveScreenshot(page, 'physician-decision-signed');
    await expectAccessible(page);
  });
});

describe('notifications', () => {
  it('a new notification reaches the open header at once, pushed over the live socket (the poll is minutes away)', async () => {
    if (!api) throw new Error('The API did not start.');
    const client = new Client({ connectionString: api.databaseUrl });
    await client.connect();
    const unread = async () =>
      Number((await client.query(`SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'coordinator@consilium.test' AND n.read_at IS NULL`)).rows[0].n);
    const before = await unread();
    const page = await signedIn('coordinator@consilium.test');
    await page.getByRole('button', { name: /notifications/i }).waitFor();
    if (before > 0) await page.getByLabel(`${before} unread`).waitFor();
    else expect(await page.getByLabel(/unread$/).count()).toBe(0);

    // What the worker does for a follow-up step: store the notification, then publish it.
    const { rows } = await client.query(
      `INSERT INTO notifications (user_id, kind, title, body, dedupe_key)
       SELECT id, 'FOLLOW_UP_DUE', 'Follow-up CT due today', 'The follow-up CT for patient E2E-1 is due today.', 'e2e-push:' || id
         FROM users WHERE email = 'coordinator@consilium.test'
       RETURNING id, user_id AS "userId", created_at AS "createdAt"`,
    );
    await client.end();
    const redis = new Redis(TEST_REDIS_URL);
    const port = new URL(api.url).port;
    const [row] = rows as { id: string; userId: string; createdAt: Date }[];
    const message = { userId: row.userId, notification: { id: row.id, kind: 'FOLLOW_UP_DUE', title: 'Follow-up CT due today', body: '', caseId: null, createdAt: row.createdAt.toISOString(), readAt: null } };
    await redis.publish(`e2e:${port}:notifications`, JSON.stringify(message));
    await redis.quit();

    await page.getByLabel(`${before + 1} unread`).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: /notifications/i }).click();
    await page.getByRole('region', { name: 'Notifications' }).getByText('Follow-up CT due today').first().waitFor();
    await saveScreenshot(page, 'coordinator-notification-pushed');
    await expectAccessible(page);
  });
});
