import { Client } from 'pg';
import Redis from 'ioredis';
import { AppConfig, ConfigError } from './config.schema';

const TIMEOUT_MS = 5000;

function describe(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { code?: string; message?: string };
    return e.code ? `${e.code}${e.message ? `: ${e.message}` : ''}` : (e.message ?? String(error));
  }
  return String(error);
}

function endpoint(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '(default port)'}${parsed.pathname}`;
}

export async function checkPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new ConfigError('DATABASE_URL', `cannot reach PostgreSQL at ${endpoint(url)} (${describe(error)})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new ConfigError('REDIS_URL', `cannot reach Redis at ${endpoint(url)} (${describe(error)})`);
  } finally {
    redis.disconnect();
  }
}

/** Both stores must answer before a process starts serving; the first failure names its variable. */
export async function checkConnectivity(config: AppConfig): Promise<void> {
  await checkPostgres(config.DATABASE_URL);
  await checkRedis(config.REDIS_URL);
}
