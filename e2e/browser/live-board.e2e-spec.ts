// The live board in headless Chromium: three people (the chair, a physician and a radiologist)
// in three browser contexts join one meeting on a real api process through the built web app
// (vite preview proxies GraphQL and the Socket.IO WebSocket). They see each other, follow the
// case the chair presents, share notes, and see one person's vote change everyone's tally.
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { eventually, setUpLiveMeeting, type LiveMeetingFixture } from '../live/support/meeting-setup';
import type { ApiCluster } from '../support/api-cluster';
import { startApiForE2e, type RunningApi } from '../support/api-process';
import { launchBrowser, saveScreenshot, seriousAccessibilityViolations } from '../support/browser';
import { buildWebApp, startWebPreview, type WebServer } from '../support/web-server';

const DEMO_PASSWORD = 'consilium-demo';
const PEOPLE = [
  { who: 'chair', email: 'chair@consilium.test' },
  { who: 'physician', email: 'physician@consilium.test' },
  { who: 'radiologist', email: 'radiologist@consilium.test' },
] as const;
type Who = (typeof PEOPLE)[number]['who'];

let api: RunningApi | undefined;
let web: WebServer | undefined;
let browser: Browser | undefined;
let fx: LiveMeetingFixture | undefined;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const [startedApi] = await Promise.all([startApiForE2e(), buildWebApp()]);
  api = startedApi;
  // The meeting, its agenda of two READY Lung cases, started: through GraphQL, as a coordinator would.
  fx = await setUpLiveMeeting({ urls: [api.url], databaseUrl: api.databaseUrl } as ApiCluster);
  web = await startWebPreview({ apiUrl: api.url });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  await browser?.close();
  await web?.stop();
  await fx?.db.end();
  await api?.stop();
});

async function signedInPage(email: string): Promise<Page> {
  if (!browser || !web) throw new Error('The browser test environment did not start.');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${email}: ${error.message}`));
  await page.goto(web.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Welcome, /, level: 1 }).waitFor();
  return page;
}

describe('the live board', () => {
  it('lets three people join, follow the case, share notes and see a vote change the tally', async () => {
    if (!fx) throw new Error('The meeting was not set up.');
    const meetingTitle = 'Lung MDT — live test';
    const pages = {} as Record<Who, Page>;
    await Promise.all(
      PEOPLE.map(async ({ who, email }) => {
        const page = await signedInPage(email);
        // The home page lists the meeting with a "Join live" link.
        const meetings = page.getByRole('region', { name: 'Upcoming meetings' });
        await meetings.getByRole('link', { name: `Join live: ${meetingTitle}` }).click();
        await page.getByRole('heading', { name: meetingTitle, level: 1 }).waitFor();
        pages[who] = page;
      }),
    );
    expect(new URL(pages.chair.url()).hash).toBe(`#/meetings/${fx.meetingId}/live`);

    // Presence: everyone sees the three of them, with roles; quorum as the server computes it.
    for (const { who } of PEOPLE) {
      const page = pages[who];
      await page.getByRole('heading', { name: 'In the room (3)' }).waitFor();
      const present = page.getByRole('list', { name: 'People in the room' });
      await present.getByText('Dr Charlotte Chair').waitFor();
      expect(await present.getByRole('listitem').count()).toBe(3);
      await page.getByText(/^(Quorate|Not quorate\.)/).waitFor();
    }

    // The chair presents the first case; the others follow without doing anything.
    await pages.chair
      .getByRole('button', { name: /^Present / })
      .first()
      .click();
    for (const { who } of PEOPLE) {
      await pages[who].getByRole('heading', { name: /^Current case: / }).waitFor();
      await pages[who].getByText('No votes yet.').waitFor();
    }
    // Only the chair drives the case.
    expect(await pages.radiologist.getByRole('button', { name: 'Start timer' }).count()).toBe(0);
    await pages.chair.getByRole('button', { name: 'Start timer' }).click();
    await pages.physician.getByText('(running)').waitFor();

    // Shared notes: what the physician types appears for the radiologist.
    await pages.physician.getByLabel(/^Notes on /).fill('CT: progression in the right upper lobe.');
    await eventually(async () =>
      expect(await pages.radiologist.getByLabel(/^Notes on /).inputValue()).toBe(
        'CT: progression in the right upper lobe.',
      ),
    );

    // The radiologist votes; the chair and the physician see the tally change.
    const vote = pages.radiologist.getByRole('form', { name: 'Your vote' });
    await vote.getByLabel('Agree', { exact: true }).check();
    await vote.getByLabel('Comment (optional)').fill('Imaging supports the proposal');
    await vote.getByRole('button', { name: 'Cast vote' }).click();
    for (const { who } of PEOPLE) {
      await pages[who].getByText('1 vote: 1 agree, 0 disagree, 0 abstain.').waitFor();
      const comments = pages[who].getByRole('list', { name: 'Comments with votes' });
      await comments.getByText(/Dr Rafael Radiologist \(agree\): Imaging supports the proposal/).waitFor();
    }
    await pages.radiologist.getByText('You voted: agree.').waitFor();

    for (const { who } of PEOPLE) await saveScreenshot(pages[who], `live-board-${who}`);

    // Sign-off from the room: the physician drafts and proposes, the chair marks the case
    // discussed; the board lacks a pharmacist, so signing asks why it is signed anyway.
    const draft = pages.physician.getByRole('form', { name: 'Draft the decision' });
    await draft.getByLabel('Recommendation in words').fill('Carboplatin and pemetrexed, four cycles');
    await draft.getByRole('button', { name: 'Save draft' }).click();
    await pages.chair.getByText('Draft — not yet proposed').waitFor();
    await draft.getByRole('button', { name: 'Propose for sign-off' }).click();
    await pages.chair.getByRole('button', { name: 'Mark as discussed' }).click();
    const sign = pages.physician.getByRole('form', { name: 'Sign the decision' });
    await sign.getByRole('button', { name: 'Sign the decision' }).click();
    await sign
      .getByRole('alert')
      .getByText('The board is not quorate: say why the decision is signed anyway.')
      .waitFor();
    await sign.getByLabel(/Reason for signing anyway/).fill('Pharmacist unavailable; dosing reviewed beforehand');
    await sign.getByRole('button', { name: 'Sign the decision' }).click();
    for (const { who } of PEOPLE) await pages[who].getByText('Signed', { exact: true }).waitFor();
    await saveScreenshot(pages.physician, 'live-board-signed');
    // Nothing on the board shows raw server output.
    expect(await pages.chair.locator('body').innerText()).not.toMatch(
      /\{"|UNAUTHENTICATED|INTERNAL_SERVER_ERROR|at \w+ \(/,
    );
    expect(await seriousAccessibilityViolations(pages.chair)).toEqual([]);
    expect(await seriousAccessibilityViolations(pages.radiologist)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
