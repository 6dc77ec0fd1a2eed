import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { Role } from '@consilium/contracts';
import { AppConfig, bullmqConnection } from '@consilium/server-core';
import { FOLLOW_UP_MAINTENANCE_QUEUE, FOLLOW_UPS_QUEUE } from '@consilium/server-decisions';
import { AuthService, IDENTITY_MAINTENANCE_QUEUE } from '@consilium/server-identity';

export const QUEUE_BOARD_PATH = '/admin/queues';
const COOKIE = 'consilium_queue_board';
const QUEUES = [FOLLOW_UPS_QUEUE, FOLLOW_UP_MAINTENANCE_QUEUE, IDENTITY_MAINTENANCE_QUEUE];

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (match) return match[1];
  const cookie = req.headers.cookie
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${COOKIE}=`));
  return cookie ? decodeURIComponent(cookie.slice(COOKIE.length + 1)) : undefined;
}

/**
 * bull-board for administrators only, at /admin/queues. The caller is authenticated like a
 * GraphQL request (access token verified, user and session re-read from the database): a
 * bearer header, or — for a browser tab — the cookie that `POST /admin/queues/session` (with
 * the bearer header) sets for this path only, living as long as the access token.
 */
export function mountQueueBoard(app: INestApplication, config: AppConfig): void {
  const { connection, prefix } = bullmqConnection(config);
  const queues = QUEUES.map((name) => new Queue(name, { connection, prefix }));
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode: false })), serverAdapter: board });
  const auth = app.get(AuthService);

  const adminOnly = async (req: Request, res: Response, next: NextFunction) => {
    const token = bearer(req);
    if (!token) return res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Sign in as an administrator to see the queues.' });
    try {
      const principal = await auth.authenticate(token);
      if (!principal.roles.includes(Role.ADMINISTRATOR)) return res.status(403).json({ code: 'FORBIDDEN', message: 'Only administrators can see the queues.' });
      if (req.method === 'POST' && req.path === '/session') {
        const maxAge = config.ACCESS_TOKEN_TTL_SECONDS;
        res.setHeader('Set-Cookie', `${COOKIE}=${encodeURIComponent(token)}; Path=${QUEUE_BOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${config.NODE_ENV === 'production' ? '; Secure' : ''}`);
        return res.status(204).end();
      }
      return next();
    } catch {
      return res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Your sign-in has expired or is invalid; please sign in again.' });
    }
  };
  app.use(QUEUE_BOARD_PATH, adminOnly, board.getRouter());
  const server = app.getHttpServer();
  server.on('close', () => void Promise.all(queues.map((q) => q.close())));
}
