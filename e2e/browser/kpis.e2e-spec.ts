// Browser test of the administrator's KPI dashboard and administration pages, in headless
// Chromium against the built web app and a running API seeded with the demo data.
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { startApiForE2e } from '../support/api-process';
import { launchBrowser, saveScreenshot, seriousAccessibilityViolations } from '../support/browser';
import { buildWebApp, startWebPreview, type WebServer } from '../support/web-server';

const DEMO_PASSWORD = 'consilium-demo';

let api: { url: string; stop(): Promise<void> } | undefined;
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

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  expect(pageErrors).toEqual([]);
  pageErrors = [];
});

async function signedIn(email: string): Promise<Page> {
  if (!browser || !web) throw new Error('The browser test environment did not start.');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(web.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
  return page;
}

describe('KPIs and administration (administrator)', () => {
  it('shows the figures, drills into the cases behind one, exports CSV, with no serious accessibility violations', async () => {
    const page = await signedIn('admin@consilium.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'KPIs' }).click();
    await page.getByRole('heading', { name: 'Turnaround KPIs', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Referral → first discussion', level: 3 }).waitFor();
    await page.getByRole('heading', { name: 'Monthly trend' }).waitFor();
    await saveScreenshot(page, 'kpis-dashboard');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Cases behind it\W+Follow-up adherence$/ }).click();
    await page.getByRole('heading', { name: /^Behind “Follow-up adherence”/ }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all figures (CSV)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^kpis-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('administers teams, roles and each team’s rules and targets', async () => {
    const page = await signedIn('admin@consilium.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'KPI targets', level: 3 }).waitFor();
    await page.getByLabel('Referral → discussion (days)').fill('21');
    await page.getByRole('button', { name: 'Save kpi targets' }).click();
    await page.getByRole('form', { name: 'KPI targets' }).getByRole('status').waitFor();
    await saveScreenshot(page, 'administration');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('tells others the KPI page is not for them', async () => {
    const page = await signedIn('coordinator@consilium.test');
    await page.goto(`${web!.url}/#/kpis`);
    await page.getByText('You do not have access to this workspace.').waitFor();
  });
});
