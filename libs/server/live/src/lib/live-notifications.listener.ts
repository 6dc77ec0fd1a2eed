import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import { LiveNotification } from '@consilium/contracts';
import { APP_CONFIG, AppConfig, LOGGER } from '@consilium/server-core';
import { notificationsChannel } from '@consilium/server-notifications';
import { LiveRoomService } from './live-room.service';

const published = z.object({
  userId: z.uuid(),
  notification: z.object({
    id: z.string().min(1),
    kind: z.string().min(1),
    title: z.string(),
    body: z.string(),
    caseId: z.string().nullable().default(null),
    createdAt: z.string(),
    readAt: z.string().nullable().default(null),
  }) satisfies z.ZodType<LiveNotification, unknown>,
});

/**
 * Pushes each new notification to its person's sockets as `notification:new`. Every api process
 * receives every message and delivers it to its own sockets only (`local`), so each socket gets
 * it exactly once whatever the number of processes.
 */
@Injectable()
export class LiveNotificationsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private subscriber?: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly room: LiveRoomService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const subscriber = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
    subscriber.on('error', () => undefined); // ioredis reconnects and re-subscribes by itself
    subscriber.on('message', (_channel: string, message: string) => this.deliver(message));
    await subscriber.subscribe(notificationsChannel(this.config));
    this.subscriber = subscriber;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private deliver(message: string): void {
    let parsed: z.infer<typeof published>;
    try {
      parsed = published.parse(JSON.parse(message));
    } catch (error) {
      this.logger.warn({ err: error }, 'ignored a malformed notification message');
      return;
    }
    if (!this.room.attached) return;
    this.room.notifyUser(parsed.userId, parsed.notification);
  }
}
