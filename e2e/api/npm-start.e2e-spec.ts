// `npm start` as a newcomer runs it: services, migrations, demo data, then api, worker and web.
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, GqlClient, TestDatabase } from '@consilium/server-testing';
import { freePort } from '../support/api-process';

const ROOT = join(__dirname, '..', '..');

async function waitFor(url: string, child: ChildProcess, logs: () => string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}): ${logs()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${logs()}`);
}

describe('npm start', () => {
  let db: TestDatabase;
  let child: ChildProcess;
  let output = '';
  let apiPort: number;
  let webPort: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    // An empty database, as on a fresh machine: start must migrate and seed it.
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await client.end();
    [apiPort, webPort] = [await freePort(), await freePort()];
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        PORT: String(apiPort),
        WEB_PORT: String(webPort),
        REDIS_PREFIX: `e2e-start:${apiPort}`,
        LOG_LEVEL: 'warn',
      },
      detached: true,
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  });

  afterAll(async () => {
    if (child?.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    await db?.drop();
  });

  it('migrates, seeds, and serves GraphQL, health and the web page; prints the URLs and demo logins', async () => {
    await waitFor(`http://127.0.0.1:${apiPort}/health`, child, () => output);
    const page = await waitFor(`http://127.0.0.1:${webPort}/`, child, () => output);
    expect(await page.text()).toContain('<div id="root">');

    // Through the web server's proxy, as the browser does.
    const gql = new GqlClient(`http://127.0.0.1:${webPort}/graphql`);
    for (const who of ['coordinator', 'radiologist', 'physician', 'pharmacist', 'admin']) {
      const tokens = await gql.login(`${who}@consilium.test`, 'consilium-demo');
      const me = await gql.ok<{ me: { email: string } }>('{ me { email } }', {}, tokens.accessToken);
      expect(me.me.email).toBe(`${who}@consilium.test`);
    }
    expect(output).toContain(`http://localhost:${webPort}`);
    expect(output).toContain(`http://localhost:${apiPort}/graphql`);
    expect(output).toContain('admin@consilium.test');
    expect(output).toMatch(/Seeding demo data/);
  });
});
