// The api as an operator meets it: started as a process, configured through the environment.
import { GqlClient } from '@consilium/server-testing';
import { freePort, runApiUntilExit, RunningApi, startApiForE2e } from '../support/api-process';

const GOOD = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'an-e2e-secret-that-is-long-enough-0123456789',
};

function expectOneClearLine(stderr: string, variable: string) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(variable);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('api start-up configuration', () => {
  it('exits non-zero with one line naming DATABASE_URL when PostgreSQL is not reachable', async () => {
    const closed = await freePort();
    const result = await runApiUntilExit({ ...GOOD, DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/consilium`, PORT: '0' });
    expect(result.code).not.toBe(0);
    expectOneClearLine(result.stderr, 'DATABASE_URL');
    expect(result.stderr).toMatch(/cannot reach PostgreSQL/);
  });

  it('exits non-zero with one line naming REDIS_URL when Redis is not reachable', async () => {
    const closed = await freePort();
    const result = await runApiUntilExit({ ...GOOD, REDIS_URL: `redis://127.0.0.1:${closed}`, PORT: '0' });
    expect(result.code).not.toBe(0);
    expectOneClearLine(result.stderr, 'REDIS_URL');
  });

  it.each([
    ['a missing DATABASE_URL', { DATABASE_URL: undefined }, 'DATABASE_URL'],
    ['a malformed DATABASE_URL', { DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    ['a missing REDIS_URL', { REDIS_URL: undefined }, 'REDIS_URL'],
    ['a short JWT_SECRET', { JWT_SECRET: 'short' }, 'JWT_SECRET'],
    ['a non-numeric PORT', { PORT: 'eighty' }, 'PORT'],
  ])('exits non-zero with one line for %s', async (_label, patch, variable) => {
    const result = await runApiUntilExit({ ...GOOD, ...patch });
    expect(result.code).not.toBe(0);
    expectOneClearLine(result.stderr, variable);
  });
});

describe('worker start-up configuration', () => {
  it('exits non-zero with one line naming the variable when a store is unreachable or a value is missing', async () => {
    const closed = await freePort();
    const noDb = await runApiUntilExit({ ...GOOD, DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/consilium` }, 30_000, 'apps/worker/src/main.ts');
    expect(noDb.code).not.toBe(0);
    expectOneClearLine(noDb.stderr, 'DATABASE_URL');
    expect(noDb.stderr).toMatch(/^worker: /);
    const noRedis = await runApiUntilExit({ ...GOOD, REDIS_URL: undefined }, 30_000, 'apps/worker/src/main.ts');
    expect(noRedis.code).not.toBe(0);
    expectOneClearLine(noRedis.stderr, 'REDIS_URL');
  });
});

describe('a running api process', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApiForE2e();
  });
  afterAll(() => api?.stop());

  it('reports PostgreSQL and Redis on GET /health', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('serves login and me over POST /graphql for a seeded demo user', async () => {
    const gql = new GqlClient(`${api.url}/graphql`);
    const tokens = await gql.login('pharmacist@consilium.test', 'consilium-demo');
    const me = await gql.ok<{ me: { roles: string[]; teams: { name: string }[] } }>('{ me { roles teams { name } } }', {}, tokens.accessToken);
    expect(me.me.roles).toEqual(['PHARMACIST']);
    expect(me.me.teams).toHaveLength(3);
  });

  it('never leaks a stack trace, even for a request it cannot parse', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { ' }),
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('BAD_USER_INPUT');
    expect(text).not.toMatch(/stacktrace|node_modules/);
  });
});
