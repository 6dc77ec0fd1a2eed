import { startTestApi, TestApi } from '@consilium/server-testing';
import { createApiApp } from './create-app';
import { QUEUE_BOARD_PATH } from './queue-board';

describe('the queue view (bull-board) is for administrators only', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi((config) => createApiApp(config, { logger: false }));
  });
  afterAll(() => api.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${QUEUE_BOARD_PATH}${path}`, { headers });

  it('refuses anonymous callers, other roles and bad tokens', async () => {
    expect((await get('')).status).toBe(401);
    expect((await get('/api/queues')).status).toBe(401);
    expect((await get('', { authorization: 'Bearer not-a-token' })).status).toBe(401);
    for (const who of ['coordinator', 'physician', 'radiologist', 'pharmacist'] as const) {
      const response = await get('/api/queues', { authorization: `Bearer ${await api.tokenFor(who)}` });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ code: 'FORBIDDEN', message: 'Only administrators can see the queues.' });
    }
  });

  it('shows administrators the follow-up, reconciler and identity queues; a browser tab gets a cookie for this path only', async () => {
    const admin = await api.tokenFor('admin');
    const page = await get('', { authorization: `Bearer ${admin}` });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const queues = (await (await get('/api/queues', { authorization: `Bearer ${admin}` })).json()) as { queues: { name: string }[] };
    expect(queues.queues.map((q) => q.name).sort()).toEqual(['follow-up-maintenance', 'follow-ups', 'identity-maintenance']);

    const session = await fetch(`${api.url}${QUEUE_BOARD_PATH}/session`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    expect(session.status).toBe(204);
    const cookie = session.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^consilium_queue_board=.+; Path=\/admin\/queues; HttpOnly; SameSite=Strict; Max-Age=900$/);
    expect((await get('/api/queues', { cookie: cookie.split(';')[0] })).status).toBe(200);
    // A cookie holding a non-administrator's token is refused all the same.
    expect((await get('/api/queues', { cookie: `consilium_queue_board=${await api.tokenFor('physician')}` })).status).toBe(403);
  });
});
