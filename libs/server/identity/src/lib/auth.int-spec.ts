import { createFeatureTestApp, errorCodes, startTestApi, TestApi } from '@consilium/server-testing';
import { IdentityModule } from '../index';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken accessTokenExpiresAt user { email roles } }
}`;
const REFRESH = `mutation Refresh($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = `mutation Logout($t: String!) { logout(refreshToken: $t) }`;
const ME = `query { me { email displayName roles teams { name } } }`;

describe('authentication (real PostgreSQL)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule]));
  });
  afterAll(() => api.close());

  async function login(email = 'physician@consilium.test', password = 'consilium-demo') {
    return (await api.gql.ok<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, { email, password })).login;
  }

  it.each([
    ['coordinator', 'COORDINATOR'],
    ['radiologist', 'RADIOLOGIST'],
    ['physician', 'PHYSICIAN'],
    ['pharmacist', 'PHARMACIST'],
    ['admin', 'ADMINISTRATOR'],
  ])('signs in the demo %s and `me` shows their role and the three demo teams', async (who, role) => {
    const tokens = await login(`${who}@consilium.test`);
    const me = await api.gql.ok<{ me: { email: string; roles: string[]; teams: { name: string }[] } }>(
      ME,
      {},
      tokens.accessToken,
    );
    expect(me.me.email).toBe(`${who}@consilium.test`);
    expect(me.me.roles).toEqual([role]);
    expect(me.me.teams.map((t) => t.name)).toEqual(['Hepatobiliary', 'Lung', 'Neuro-oncology']);
  });

  it('treats the email case-insensitively and with surrounding spaces', async () => {
    await expect(login('  Physician@Consilium.TEST ')).resolves.toHaveProperty('accessToken');
  });

  it('refuses a wrong password and an unknown email with the same UNAUTHENTICATED answer', async () => {
    const wrong = await api.gql.request(LOGIN, { email: 'physician@consilium.test', password: 'nope' });
    const unknown = await api.gql.request(LOGIN, { email: 'nobody@consilium.test', password: 'nope' });
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.data).toBeNull();
  });

  it('rotates refresh tokens: each works once and yields a new pair that works', async () => {
    const first = await login();
    const second = (await api.gql.ok<{ refresh: { accessToken: string; refreshToken: string } }>(REFRESH, { t: first.refreshToken })).refresh;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const me = await api.gql.request(ME, {}, second.accessToken);
    expect(me.errors).toBeUndefined();
    const third = await api.gql.request<{ refresh: { refreshToken: string } }>(REFRESH, { t: second.refreshToken });
    expect(third.errors).toBeUndefined();
    expect(third.data?.refresh.refreshToken).toBeTruthy();
  });

  it('revokes the whole token family when a used refresh token is presented again', async () => {
    const first = await login();
    const second = (await api.gql.ok<{ refresh: { accessToken: string; refreshToken: string } }>(REFRESH, { t: first.refreshToken })).refresh;

    const replay = await api.gql.request(REFRESH, { t: first.refreshToken });
    expect(errorCodes(replay)).toEqual(['UNAUTHENTICATED']);
    expect(replay.errors?.[0].extensions?.reason).toBe('REFRESH_TOKEN_REUSED');

    // The legitimate newer token and its access token die with the family.
    const newer = await api.gql.request(REFRESH, { t: second.refreshToken });
    expect(errorCodes(newer)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.gql.request(ME, {}, second.accessToken))).toEqual(['UNAUTHENTICATED']);

    const [session] = await api.dataSource.query(
      `SELECT s.revoked_reason FROM auth_sessions s JOIN refresh_tokens t ON t.session_id = s.id WHERE t.token_hash = encode(sha256($1::bytea), 'hex')`,
      [first.refreshToken],
    );
    expect(session.revoked_reason).toBe('REFRESH_TOKEN_REUSED');
  });

  it('does not revoke other sessions of the same user on reuse', async () => {
    const other = await login();
    const victim = await login();
    await api.gql.ok(REFRESH, { t: victim.refreshToken });
    await api.gql.request(REFRESH, { t: victim.refreshToken });
    expect((await api.gql.request(ME, {}, other.accessToken)).errors).toBeUndefined();
  });

  it('logout ends the session: its access and refresh tokens stop working at once', async () => {
    const tokens = await login();
    expect((await api.gql.ok<{ logout: boolean }>(LOGOUT, { t: tokens.refreshToken })).logout).toBe(true);
    expect(errorCodes(await api.gql.request(ME, {}, tokens.accessToken))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.gql.request(REFRESH, { t: tokens.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    // Idempotent, and silent about tokens it does not know.
    expect((await api.gql.ok<{ logout: boolean }>(LOGOUT, { t: tokens.refreshToken })).logout).toBe(true);
    expect((await api.gql.ok<{ logout: boolean }>(LOGOUT, { t: 'never-issued' })).logout).toBe(true);
  });

  it('refuses a tampered, malformed or missing bearer token', async () => {
    const tokens = await login();
    const tampered = tokens.accessToken.slice(0, -2) + (tokens.accessToken.endsWith('A') ? 'BB' : 'AA');
    expect(errorCodes(await api.gql.request(ME, {}, tampered))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.gql.request(ME, {}, 'not-a-jwt'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.gql.request(ME))).toEqual(['UNAUTHENTICATED']);
  });

  it('locks an account for the window after 10 failed sign-ins, even to the right password; other accounts are unaffected', async () => {
    const email = 'radiologist@consilium.test';
    for (let i = 0; i < 10; i++) {
      const response = await api.gql.request(LOGIN, { email, password: `guess-${i}` });
      expect(response.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    const locked = await api.gql.request(LOGIN, { email: ' Radiologist@consilium.test', password: 'consilium-demo' });
    expect(errorCodes(locked)).toEqual(['UNAUTHENTICATED']);
    expect(locked.errors?.[0].extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.errors?.[0].message).toMatch(/try again in 15 minutes/);
    await expect(login('coordinator@consilium.test')).resolves.toHaveProperty('accessToken');
  });

  it('a successful sign-in clears the failure count', async () => {
    const email = 'pharmacist@consilium.test';
    for (let i = 0; i < 9; i++) await api.gql.request(LOGIN, { email, password: 'wrong' });
    await login(email);
    for (let i = 0; i < 9; i++) await api.gql.request(LOGIN, { email, password: 'wrong' });
    await expect(login(email)).resolves.toHaveProperty('accessToken');
  });

  describe('bad input on login is a client error, never a 500', () => {
    const cases: [string, Record<string, unknown>, string[]][] = [
      ['empty email and password', { email: '', password: '' }, ['BAD_USER_INPUT']],
      ['a 1 MB email', { email: 'a'.repeat(1024 * 1024), password: 'x' }, ['BAD_USER_INPUT']],
      ['a 1 MB password', { email: 'physician@consilium.test', password: 'p'.repeat(1024 * 1024) }, ['BAD_USER_INPUT']],
      ['a number as email', { email: 42, password: 'x' }, ['BAD_USER_INPUT']],
      ['an object as password', { email: 'a@b.c', password: { $ne: null } }, ['BAD_USER_INPUT']],
      ['a missing password', { email: 'a@b.c' }, ['BAD_USER_INPUT']],
      ['null email', { email: null, password: 'x' }, ['BAD_USER_INPUT']],
    ];
    it.each(cases)('%s', async (_label, variables, expected) => {
      const response = await api.gql.request(LOGIN, variables);
      expect(response.status).toBeLessThan(500);
      expect(errorCodes(response)).toEqual(expected);
      expect(response.raw).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    });

    it('names the field at fault', async () => {
      const response = await api.gql.request(LOGIN, { email: '', password: 'x' });
      expect(response.errors?.[0].extensions?.field).toBe('email');
      expect(response.errors?.[0].message).toMatch(/email/);
    });

    it('a wrongly typed inline literal is BAD_USER_INPUT too', async () => {
      const response = await api.gql.request('mutation { login(email: 42, password: true) { accessToken } }');
      expect(response.status).toBeLessThan(500);
      expect(errorCodes(response)).toContain('BAD_USER_INPUT');
    });

    it('a body that is not JSON is refused with 400, not 500', async () => {
      const response = await fetch(api.gql.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(response.status).toBe(400);
    });
  });
});
