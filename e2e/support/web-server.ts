// Builds the web app once and serves it with `vite preview` for browser tests. The preview
// server proxies /graphql and /health to the API under test (CONSILIUM_API_URL), exactly as
// in development, so the page talks to a single origin.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const WEB = path.join(ROOT, 'apps/web');
const DIST_INDEX = path.join(WEB, 'dist/index.html');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const CONFIG = path.join(WEB, 'vite.config.mts');
/** Everything the production bundle is made from. */
const BUILD_INPUTS = [path.join(WEB, 'src'), path.join(WEB, 'index.html'), CONFIG, path.join(ROOT, 'package-lock.json')];

export interface WebServer {
  url: string;
  stop(): Promise<void>;
}

/** `vite build` into apps/web/dist, unless that build is newer than every source file. */
export async function buildWebApp(options: { force?: boolean } = {}): Promise<void> {
  if (!options.force && isBuildFresh()) return;
  const child = spawn(process.execPath, [VITE, 'build', '--config', CONFIG, '--logLevel', 'warn'], {
    cwd: ROOT,
    // Jest sets NODE_ENV=test; the browser tests must run the production build users get.
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const code = await exitCode(child);
  if (code !== 0) throw new Error(`vite build failed (exit ${code}):\n${output()}`);
}

/** Serves apps/web/dist on a free port, proxying the API at `apiUrl`. */
export async function startWebPreview(options: { apiUrl: string }): Promise<WebServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--config', CONFIG, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      env: { ...process.env, CONSILIUM_API_URL: options.apiUrl, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output = captureOutput(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(url, child, 30_000);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`vite preview did not start: ${(error as Error).message}\n${output()}`);
  }
  return { url, stop: () => stopProcess(child) };
}

function isBuildFresh(): boolean {
  if (!existsSync(DIST_INDEX)) return false;
  const builtAt = statSync(DIST_INDEX).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(input) <= builtAt);
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the process exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

function captureOutput(child: ChildProcess): () => string {
  const chunks: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return () => chunks.join('').slice(-4000);
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = exitCode(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
