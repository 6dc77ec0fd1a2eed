import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { APP_CONFIG, AppConfig, REDIS, UnauthenticatedError } from '@consilium/server-core';

/** Failed sign-ins allowed per account within the window before it is locked for the rest of it. */
export const MAX_FAILED_LOGINS = 10;
export const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Slows password guessing against one account (OWASP Authentication Cheat Sheet: account
 * lockout after repeated failures). Counted in Redis per e-mail address, so it holds across
 * api copies; losing Redis only resets the counters.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(email: string): string {
    // Hashed: no e-mail addresses in Redis.
    return `${this.config.REDIS_PREFIX}:login-failures:${createHash('sha256').update(email).digest('hex')}`;
  }

  async assertAllowed(email: string): Promise<void> {
    const key = this.key(email);
    const [failures, ttl] = await Promise.all([this.redis.get(key), this.redis.ttl(key)]);
    if (Number(failures ?? 0) >= MAX_FAILED_LOGINS) {
      const minutes = Math.max(1, Math.ceil(ttl / 60));
      throw new UnauthenticatedError('TOO_MANY_ATTEMPTS', `Too many failed sign-ins for this account; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    }
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.key(email);
    // SET … NX EX starts the window on the first failure only (works on Redis 6.2, unlike EXPIRE NX).
    await this.redis.multi().set(key, 0, 'EX', FAILED_LOGIN_WINDOW_SECONDS, 'NX').incr(key).exec();
  }

  async reset(email: string): Promise<void> {
    await this.redis.del(this.key(email));
  }
}
