// Several api processes sharing one database, one Redis prefix and one JWT secret: what a
// deployment behind a load balancer looks like. Used by the live meeting tests (docs/live.md).
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, TEST_REDIS_URL } from '@consilium/server-testing';
import { freePort, waitForHealth } from './api-process';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

export interface ApiCluster {
  urls: string[];
  databaseUrl: string;
  jwtSecret: string;
  redisPrefix: string;
  processes: ChildProcess[];
  stop(): Promise<void>;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** `count` api processes on one freshly migrated and demo-seeded database. */
export async function startApiCluster(count = 2, extraEnv: NodeJS.ProcessEnv = {}): Promise<ApiCluster> {
  const db = await createTestDatabase();
  await run(process.execPath, ['-r', './scripts/register.js', 'scripts/db-seed.ts'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url } });
  const jwtSecret = randomBytes(32).toString('hex');
  const redisPrefix = `e2e:live:${process.pid}:${randomBytes(3).toString('hex')}`;
  const processes: ChildProcess[] = [];
  const urls: string[] = [];
  try {
    await Promise.all(
      Array.from({ length: count }, async (_unused, index) => {
        const port = await freePort();
        let logs = '';
        const child = spawn(process.execPath, ['-r', './scripts/register.js', 'apps/api/src/main.ts'], {
          cwd: ROOT,
          env: {
            PATH: process.env.PATH,
            NODE_ENV: 'test',
            DATABASE_URL: db.url,
            REDIS_URL: TEST_REDIS_URL,
            JWT_SECRET: jwtSecret,
            PORT: String(port),
            LOG_LEVEL: 'warn',
            REDIS_PREFIX: redisPrefix,
            ...extraEnv,
          },
        });
        processes.push(child);
        child.stdout?.on('data', (d: Buffer) => (logs = (logs + d.toString()).slice(-4000)));
        child.stderr?.on('data', (d: Buffer) => (logs = (logs + d.toString()).slice(-4000)));
        const url = `http://127.0.0.1:${port}`;
        await waitForHealth(url, child, () => logs);
        urls[index] = url;
      }),
    );
  } catch (error) {
    await Promise.all(processes.map(stopProcess));
    await db.drop();
    throw error;
  }
  return {
    urls,
    databaseUrl: db.url,
    jwtSecret,
    redisPrefix,
    processes,
    async stop() {
      await Promise.all(processes.map(stopProcess));
      await db.drop();
    },
  };
}
