import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Redis from 'ioredis';
import { Server, ServerOptions } from 'socket.io';
import { AppConfig } from '@consilium/server-core';

/** How long a dropped client may come back and get the broadcasts it missed (else: a snapshot). */
export const RECOVERY_WINDOW_MS = 2 * 60_000;

/**
 * The api's Socket.IO server: rooms span every api process through the Redis Streams adapter
 * (one stream per deployment, under REDIS_PREFIX), and connection state recovery is on, with
 * the auth middleware run again on every recovered connection.
 */
export class LiveIoAdapter extends IoAdapter {
  private readonly clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const redis = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
    redis.on('error', () => undefined); // reconnects by itself; health reports Redis
    this.clients.push(redis);
    const origins = this.config.CORS_ORIGINS?.split(',');
    // The top-level socket.io (4.8.4, the one the Redis Streams adapter is built for), not the
    // copy nested under @nestjs/platform-socket.io.
    const serverOptions: Partial<ServerOptions> = {
      ...options,
      serveClient: false,
      cors: origins ? { origin: origins, credentials: false } : undefined,
      adapter: createAdapter(redis, {
        streamName: `${this.config.REDIS_PREFIX}:socket.io`,
        sessionKeyPrefix: `${this.config.REDIS_PREFIX}:socket.io:session:`,
        maxLen: 10_000,
        blockTimeInMs: 1_000,
      }),
      connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
    };
    return this.httpServer && port === 0 ? new Server(this.httpServer, serverOptions) : new Server(port, serverOptions);
  }

  override async close(server: Parameters<IoAdapter['close']>[0]): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.splice(0).map((client) => client.quit().catch(() => client.disconnect())));
  }
}
