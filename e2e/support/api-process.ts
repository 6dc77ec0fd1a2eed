// Starts the real api as a separate process (node + SWC, exactly as `npm start` runs it) on its
// own migrated and seeded database, and stops it again. Black-box: tests talk HTTP only.
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, TEST_REDIS_URL } from '@consilium/server-testing';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ExitResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the api (or another app's) entry point with the given environment until it exits (or the timeout). */
export function runApiUntilExit(env: NodeJS.ProcessEnv, timeoutMs = 30_000, entry = 'apps/api/src/main.ts'): Promise<ExitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './scripts/register.js', entry], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`api did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface RunningApi {
  url: string;
  databaseUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function waitForHealth(url: string, child: ChildProcess, logs: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`api exited early (${child.exitCode}): ${logs()}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`api did not become healthy within ${timeoutMs} ms: ${logs()}`);
}

export async function startApiForE2e(extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningApi> {
  const db = await createTestDatabase();
  await run(process.execPath, ['-r', './scripts/register.js', 'scripts/db-seed.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: db.url },
  });
  const port = await freePort();
  let logs = '';
  const child = spawn(process.execPath, ['-r', './scripts/register.js', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      JWT_SECRET: randomBytes(32).toString('hex'),
      PORT: String(port),
      LOG_LEVEL: 'warn',
      REDIS_PREFIX: `e2e:${port}`,
      ...extraEnv,
    },
  });
  child.stdout?.on('data', (d: Buffer) => (logs = (logs + d.toString()).slice(-4000)));
  child.stderr?.on('data', (d: Buffer) => (logs = (logs + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => logs);
  } catch (error) {
    child.kill('SIGKILL');
    await db.drop();
    throw error;
  }
  return {
    url,
    databaseUrl: db.url,
    process: child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await db.drop();
    },
  };
}
