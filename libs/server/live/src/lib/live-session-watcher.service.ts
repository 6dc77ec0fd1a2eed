import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppError, Clock, LOGGER, Principal } from '@consilium/server-core';
import { AuthService } from '@consilium/server-identity';
import { LiveMeetings } from './live-meetings.port';
import { LiveRoomService, LiveSocket } from './live-room.service';
import { RoomStateStore } from './room-state.store';

/** How often each api process re-checks its own sockets (removal from a team acts within ~2 s). */
export const LIVE_RECHECK_MS = 2_000;

/**
 * Each api process re-reads, every two seconds, the person behind each of its own sockets from
 * PostgreSQL: a deactivated user, a revoked session (logout), a removal from the meeting's team
 * or a revoked role ends the socket (`session:ended`, then a server-side disconnect). The same
 * tick refreshes the presence heartbeat of its sockets and clears presence left behind by a
 * process that died.
 */
@Injectable()
export class LiveSessionWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly auth: AuthService,
    private readonly meetings: LiveMeetings,
    private readonly room: LiveRoomService,
    private readonly store: RoomStateStore,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), LIVE_RECHECK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    if (this.running || !this.room.attached) return;
    this.running = true;
    try {
      const sockets = [...this.room.localSockets()];
      await this.recheck(sockets);
      await this.beat(sockets.filter((socket) => socket.connected));
    } catch (error) {
      this.logger.warn({ err: error }, 'live session re-check failed');
    } finally {
      this.running = false;
    }
  }

  private async recheck(sockets: LiveSocket[]): Promise<void> {
    const principals = new Map<string, Promise<Principal | null>>();
    for (const socket of sockets) {
      const current = socket.data.principal;
      if (!current) continue;
      const key = `${current.userId}:${current.sessionId}`;
      if (!principals.has(key)) {
        principals.set(
          key,
          this.auth.principalOf({ sub: current.userId, sid: current.sessionId }).catch((error: unknown) => {
            if (error instanceof AppError) return null;
            throw error;
          }),
        );
      }
      const fresh = await principals.get(key)!;
      if (!fresh) {
        this.end(socket, 'SESSION_ENDED');
        continue;
      }
      socket.data.principal = fresh;
      for (const meetingId of socket.data.meetings) {
        const allowed = await this.meetings.requireJoinable(fresh, meetingId).then(
          () => true,
          (error: unknown) => {
            if (error instanceof AppError) return false;
            throw error;
          },
        );
        if (!allowed) {
          this.end(socket, 'ACCESS_REVOKED');
          break;
        }
      }
    }
  }

  private async beat(sockets: LiveSocket[]): Promise<void> {
    const now = this.clock.now().getTime();
    const byMeeting = new Map<string, string[]>();
    for (const socket of sockets) for (const meetingId of socket.data.meetings ?? []) byMeeting.set(meetingId, [...(byMeeting.get(meetingId) ?? []), socket.id]);
    for (const [meetingId, socketIds] of byMeeting) {
      await this.store.heartbeat(meetingId, socketIds, now);
      for (const stale of await this.store.staleSockets(meetingId, now)) {
        await this.room.removePresence(meetingId, stale.socketId, stale.entry.userId);
      }
    }
  }

  private end(socket: LiveSocket, reason: string): void {
    this.logger.info({ userId: socket.data.principal?.userId, reason }, 'live socket ended');
    // Straight onto this connection (`local`), not through the Redis stream, which would deliver
    // it after the disconnect below.
    socket.nsp.local.to(socket.id).emit('session:ended', { reason });
    socket.disconnect();
  }
}
