import { z } from 'zod';

function urlWithProtocol(protocols: string[]) {
  return z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );
}

/** Everything the api and the worker read from the environment, validated at boot. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: urlWithProtocol(['postgres:', 'postgresql:']),
  REDIS_URL: urlWithProtocol(['redis:', 'rediss:']),
  JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).default(14 * 24 * 3600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: z.string().optional(),
  /** Prefix of every Redis key the app writes (BullMQ queues, socket adapter): lets test files share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default('consilium'),
  /** Worker: how often the follow-up reconciler rebuilds queued jobs from PostgreSQL. */
  FOLLOW_UP_RECONCILE_EVERY_MS: z.coerce.number().int().min(1000).default(10 * 60 * 1000),
  /** Worker: BullMQ job lock; a worker that dies mid-job gives its job back after about this long. */
  QUEUE_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Worker: how often BullMQ looks for jobs whose worker died (stalled jobs) and runs them again. */
  QUEUE_STALLED_INTERVAL_MS: z.coerce.number().int().min(1000).default(30_000),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Configuration error: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; the first problem becomes one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue.path[0] ?? 'environment');
  const detail = env[variable] === undefined ? 'is missing' : issue.message;
  throw new ConfigError(variable, detail);
}
