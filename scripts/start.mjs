#!/usr/bin/env node
// `npm start`: the whole platform on this machine, with demo data.
//   1. PostgreSQL and Redis (scripts/services.sh starts them when installed but stopped)
//   2. migrations, then the demo data when the database has no users yet
//   3. api (http://localhost:3000/graphql), worker (BullMQ), web (http://localhost:5173)
// Ctrl-C stops all three.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const API_PORT = process.env.PORT ?? '3000';
const WEB_PORT = process.env.WEB_PORT ?? '5173';
const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/consilium',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  // A fresh signing key per start in development: access tokens end with the process, and the
  // web app silently renews them with its refresh token (those live in PostgreSQL).
  JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('hex'),
  CONSILIUM_API_URL: `http://127.0.0.1:${API_PORT}`,
};

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

const ts = (script) => [process.execPath, ['-r', './scripts/register.js', script]];

step('Starting PostgreSQL and Redis', 'bash', ['scripts/services.sh']);
step('Applying database migrations', ...ts('scripts/db-migrate.ts'));

const pg = require('pg');
const client = new pg.Client({ connectionString: env.DATABASE_URL });
await client.connect();
const { rows } = await client.query('SELECT count(*)::int AS n FROM users');
await client.end();
if (rows[0].n === 0) step('Seeding demo data', ...ts('scripts/db-seed.ts'));
else console.log(`\n▶ Demo data: the database already has ${rows[0].n} users; not seeding.`);

const children = [];
function run(name, color, command, args, extraEnv = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `\x1b[${color}m${name.padEnd(6)}\x1b[0m│ `;
  const relay = (stream, out) => {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) out.write(prefix + line + '\n');
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping the others.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('api', 36, process.execPath, ['-r', './scripts/register.js', 'apps/api/src/main.ts'], { PORT: API_PORT });
run('worker', 35, process.execPath, ['-r', './scripts/register.js', 'apps/worker/src/main.ts']);
run('web', 32, process.execPath, [
  join(root, 'node_modules/vite/bin/vite.js'),
  '--config',
  'apps/web/vite.config.mts',
  '--port',
  WEB_PORT,
  '--strictPort',
  '--host',
  '127.0.0.1',
]);

console.log(`
Consilium is starting:
  web app   http://localhost:${WEB_PORT}
  GraphQL   http://localhost:${API_PORT}/graphql   (health: http://localhost:${API_PORT}/health)
  worker    BullMQ processors on ${env.REDIS_URL}
Demo sign-ins (password: consilium-demo), each a member of Lung, Hepatobiliary and Neuro-oncology:
  coordinator@consilium.test  radiologist@consilium.test  physician@consilium.test
  pharmacist@consilium.test   admin@consilium.test
Press Ctrl-C to stop.
`);
