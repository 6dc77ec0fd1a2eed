import { Queue } from 'bullmq';
import { getQueueToken } from '@nestjs/bullmq';
import { createFeatureTestApp, startTestApi, TestApi } from '@consilium/server-testing';
import { IdentityModule, IdentityWorkerModule, IDENTITY_MAINTENANCE_QUEUE, SessionCleanupService } from '../index';

describe('sign-in housekeeping (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, IdentityWorkerModule]));
  });
  afterAll(() => api.close());

  it('deletes unusable refresh tokens and long-ended sessions, keeps live ones, and is idempotent', async () => {
    const live = await api.gql.login('physician@consilium.test', 'consilium-demo');
    const [{ id: userId }] = await api.dataSource.query(`SELECT id FROM users WHERE email = 'physician@consilium.test'`);
    // An ended session (45 days ago) with a token, and an expired token in a live session.
    const [{ id: oldSession }] = await api.dataSource.query(
      `INSERT INTO auth_sessions (user_id, created_at, revoked_at, revoked_reason)
       VALUES ($1, now() - interval '60 days', now() - interval '45 days', 'LOGOUT') RETURNING id`,
      [userId],
    );
    await api.dataSource.query(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, repeat('a', 64), now() + interval '1 day')`,
      [oldSession],
    );
    const [{ session_id: liveSession }] = await api.dataSource.query(
      `SELECT session_id FROM refresh_tokens WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
      [live.refreshToken],
    );
    await api.dataSource.query(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, repeat('b', 64), now() - interval '1 hour')`,
      [liveSession],
    );

    const cleanup = api.app.get(SessionCleanupService);
    expect(await cleanup.purge()).toEqual({ tokensDeleted: 2, sessionsDeleted: 1 });
    expect(await cleanup.purge()).toEqual({ tokensDeleted: 0, sessionsDeleted: 0 });

    // The live session still refreshes.
    await expect(
      api.gql.ok(`mutation($t: String!) { refresh(refreshToken: $t) { accessToken } }`, { t: live.refreshToken }),
    ).resolves.toBeTruthy();
  });

  it('registers one hourly job scheduler, however often the worker starts', async () => {
    const queue = api.app.get<Queue>(getQueueToken(IDENTITY_MAINTENANCE_QUEUE));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({ key: 'session-cleanup', every: 3600000 });
  });
});
