// Browser test of the sign-in page and the signed-in shell, in headless Chromium against the
// built web app (vite preview) and a running, seeded API.
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

import { startApiForE2e } from '../support/api-process';
import { launchBrowser, saveScreenshot, seriousAccessibilityViolations } from '../support/browser';
import { buildWebApp, startWebPreview, type WebServer } from '../support/web-server';

/** The API under test: one helper, so the harness can change without touching the tests. */
const startApi = (): Promise<{ url: string; stop(): Promise<void> }> => startApiForE2e();

const DEMO_PASSWORD = 'consilium-demo';

/** Each demo user and the workspace their role must find in the navigation. */
const DEMO_USERS = [
  { email: 'coordinator@consilium.test', workspace: 'Worklist', role: 'COORDINATOR' },
  { email: 'radiologist@consilium.test', workspace: 'Reports', role: 'RADIOLOGIST' },
  { email: 'physician@consilium.test', workspace: 'Decisions', role: 'PHYSICIAN' },
  { email: 'pharmacist@consilium.test', workspace: 'Reviews', role: 'PHARMACIST' },
  { email: 'admin@consilium.test', workspace: 'Administration', role: 'ADMINISTRATOR' },
] as const;

const WORKSPACES_BY_ROLE: Record<string, string[]> = {
  COORDINATOR: ['Worklist'],
  RADIOLOGIST: ['Reports'],
  PHARMACIST: ['Reviews'],
  PHYSICIAN: ['Decisions'],
  ADMINISTRATOR: ['Administration', 'KPIs'],
};
const WORKSPACE_ORDER = ['Worklist', 'Reports', 'Reviews', 'Decisions', 'Administration', 'KPIs'];

let api: { url: string; stop(): Promise<void> } | undefined;
let web: WebServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
let pageErrors: string[] = [];

beforeAll(async () => {
  const [startedApi] = await Promise.all([startApi(), buildWebApp()]);
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
  // An uncaught exception in the page is a bug even when the screen looked right.
  expect(pageErrors).toEqual([]);
});

/** A fresh browser context (empty sessionStorage) on the sign-in page. */
async function openSignIn(): Promise<Page> {
  if (!browser || !web) throw new Error('The browser test environment did not start.');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(web.url);
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  return page;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

function graphqlOperations(page: Page): string[] {
  const operations: string[] = [];
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname !== '/graphql') return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    operations.push(body?.operationName ?? '(unnamed)');
  });
  return operations;
}

/** What the API itself says about a demo user: the expectation the screen is checked against. */
async function userAccordingToApi(email: string): Promise<{ displayName: string; roles: string[] }> {
  if (!api) throw new Error('The API did not start.');
  const call = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${api?.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };
  const login = await call(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { refreshToken user { displayName roles } } }',
    { email, password: DEMO_PASSWORD },
  );
  if (!login.data) throw new Error(`Demo login failed for ${email}: ${JSON.stringify(login.errors)}`);
  const payload = login.data['login'] as { refreshToken: string; user: { displayName: string; roles: string[] } };
  await call('mutation($refreshToken: String!) { logout(refreshToken: $refreshToken) }', {
    refreshToken: payload.refreshToken,
  });
  return payload.user;
}

async function navLabels(page: Page): Promise<string[]> {
  const labels = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
  return labels.map((label) => label.trim());
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations).toEqual([]);
}

describe('sign-in page', () => {
  it('has labelled fields and no serious accessibility violations', async () => {
    const page = await openSignIn();
    expect(await page.title()).toBe('Sign in · Consilium');
    await page.getByLabel('Email').waitFor();
    await page.getByLabel('Password').waitFor();
    await saveScreenshot(page, 'login');
    await expectNoSeriousViolations(page);
  });

  it('flags an empty email next to the field, and sends nothing', async () => {
    const page = await openSignIn();
    const operations = graphqlOperations(page);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByText('Enter your email address.').waitFor();
    const email = page.getByLabel('Email');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#login-email:focus').count()).toBe(1);
    expect(operations).toEqual([]);
    await saveScreenshot(page, 'login-empty-email');
    await expectNoSeriousViolations(page);
  });

  it('flags a malformed email and an empty password before sending', async () => {
    const page = await openSignIn();
    const operations = graphqlOperations(page);
    await page.getByLabel('Email').fill('claire.consilium.test');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByText('Enter an email address in the form name@hospital.org.').waitFor();
    await page.getByText('Enter your password.').waitFor();
    expect(operations).toEqual([]);
  });

  it('says "Email or password is incorrect." for a wrong password, in plain words', async () => {
    const page = await openSignIn();
    await signIn(page, 'coordinator@consilium.test', 'not-the-password');

    const alert = page.getByRole('alert');
    await alert.getByText('Email or password is incorrect.').waitFor();
    const shown = await page.locator('body').innerText();
    expect(shown).not.toMatch(/UNAUTHENTICATED|extensions|\{"|at \w+ \(/);
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await saveScreenshot(page, 'login-wrong-password');
  });

  it('shows "Cannot reach the Consilium server" with a working "Try again" when the server is down', async () => {
    const page = await openSignIn();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await signIn(page, 'coordinator@consilium.test', DEMO_PASSWORD);

    await page.getByRole('alert').getByText('Cannot reach the Consilium server.').waitFor();
    await saveScreenshot(page, 'login-unreachable');
    await expectNoSeriousViolations(page);

    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
  });
});

describe('signed-in shell', () => {
  it.each(DEMO_USERS)('shows $email their name and the $workspace workspace', async ({ email, workspace, role }) => {
    const expected = await userAccordingToApi(email);
    expect(expected.roles).toContain(role);
    const page = await openSignIn();
    await signIn(page, email, DEMO_PASSWORD);

    await page.getByRole('heading', { name: `Welcome, ${expected.displayName}`, level: 1 }).waitFor();
    const banner = page.getByRole('banner');
    await banner.getByText(expected.displayName, { exact: true }).waitFor();

    // Exactly the workspaces of this user's roles, in the fixed order, after Home.
    const expectedWorkspaces = WORKSPACE_ORDER.filter((label) =>
      expected.roles.some((r) => WORKSPACES_BY_ROLE[r]?.includes(label)),
    );
    expect(await navLabels(page)).toEqual(['Home', ...expectedWorkspaces]);
    expect(expectedWorkspaces).toContain(workspace);

    // Roles and teams come from `me`.
    const teams = page.getByRole('region', { name: 'Your MDT teams' });
    expect((await teams.getByRole('listitem').count()) > 0).toBe(true);

    await saveScreenshot(page, `shell-${role.toLowerCase()}`);
    await expectNoSeriousViolations(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: workspace }).click();
    await page.getByRole('heading', { name: workspace, level: 1 }).waitFor();
    const current = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: workspace });
    expect(await current.getAttribute('aria-current')).toBe('page');
    // Focus moves to the new page's heading, for keyboard and screen-reader users.
    expect(await page.locator('h1:focus').textContent()).toBe(workspace);
  });

  it('keeps the session across a reload, and signing out returns to the sign-in page for good', async () => {
    const page = await openSignIn();
    await signIn(page, 'coordinator@consilium.test', DEMO_PASSWORD);
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.getByText('You have signed out.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  });

  it('refreshes an expired access token silently and retries the request', async () => {
    const page = await openSignIn();
    const operations = graphqlOperations(page);
    // The first `me` is answered as if the access token had expired.
    let expireOnce = true;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (expireOnce && body?.operationName === 'Me') {
        expireOnce = false;
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [{ message: 'Access token expired', extensions: { code: 'UNAUTHENTICATED' } }],
          }),
        });
        return;
      }
      await route.continue();
    });

    await signIn(page, 'physician@consilium.test', DEMO_PASSWORD);
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    expect(operations.filter((name) => name === 'Refresh')).toHaveLength(1);
    expect(operations.filter((name) => name === 'Me').length).toBeGreaterThanOrEqual(2);
  });
});
