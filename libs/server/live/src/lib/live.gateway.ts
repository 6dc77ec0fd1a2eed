import { Inject } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Logger } from 'pino';
import { ApiErrorCode, LIVE_NAMESPACE, LiveAck } from '@consilium/contracts';
import { AppError, ForbiddenError, LOGGER, Principal, UnauthenticatedError } from '@consilium/server-core';
import { AuthService } from '@consilium/server-identity';
import { ok, toLiveError } from './live-ack';
import { ClientEventName, ClientPayload, parseClientPayload } from './live-event.schemas';
import { LiveNamespace, LiveRoomService, LiveSocket, userRoom } from './live-room.service';
import { RoomStateStore } from './room-state.store';

interface RunOptions {
  /** The socket must have joined the payload's meeting. */
  inRoom: boolean;
  /** Acts once per client event id; a retry gets the first acknowledgement back. */
  once?: boolean;
}

const inRoom: RunOptions = { inRoom: true };
const inRoomOnce: RunOptions = { inRoom: true, once: true };

/**
 * Socket.IO namespace `/live`. The access token comes in `handshake.auth.token` and is checked
 * on connect (and on every recovered connection); every event then re-reads the person from
 * PostgreSQL, validates its payload (zod) and is authorised by the room service before it acts.
 * Every event is acknowledged with `{ ok, data }` or `{ ok: false, error }` — never thrown.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit<LiveNamespace>, OnGatewayConnection<LiveSocket>, OnGatewayDisconnect<LiveSocket> {
  /** Access tokens stay in this process's memory: socket.data is persisted to Redis for recovery. */
  private readonly tokens = new WeakMap<LiveSocket, string>();
  /** Set-up of each connection (rejoining a recovered one's rooms); events wait for it. */
  private readonly ready = new WeakMap<LiveSocket, Promise<void>>();

  constructor(
    private readonly auth: AuthService,
    private readonly room: LiveRoomService,
    private readonly store: RoomStateStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.room.attach(namespace);
    namespace.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      if (typeof token !== 'string' || token.length === 0 || token.length > 4096) {
        next(connectError(new UnauthenticatedError('TOKEN_REQUIRED', 'Send your access token in auth.token.')));
        return;
      }
      this.auth
        .authenticate(token)
        .then((principal) => {
          if (socket.data.principal && socket.data.principal.userId !== principal.userId) {
            throw new UnauthenticatedError('OTHER_USER', 'This connection belongs to someone else.');
          }
          this.tokens.set(socket, token);
          socket.data.principal = principal;
          socket.data.meetings = socket.data.meetings ?? [];
          next();
        })
        .catch((error: unknown) => next(connectError(error)));
    });
  }

  handleConnection(socket: LiveSocket): Promise<void> {
    const setUp = (async () => {
      try {
        await socket.join(userRoom(socket.data.principal.userId));
        if (socket.recovered) await this.room.rejoinRecovered(socket);
      } catch (error) {
        this.logger.warn({ err: error }, 'live connection set-up failed');
        socket.disconnect(true);
      }
    })();
    this.ready.set(socket, setUp);
    return setUp;
  }

  async handleDisconnect(socket: LiveSocket): Promise<void> {
    await this.room.disconnected(socket);
  }

  @SubscribeMessage('room:join')
  join(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'room:join', body, { inRoom: false }, (principal, p) => this.room.join(socket, principal, p.meetingId));
  }

  @SubscribeMessage('room:leave')
  leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'room:leave', body, { inRoom: false }, (_principal, p) => this.room.leave(socket, p.meetingId));
  }

  @SubscribeMessage('room:snapshot')
  snapshot(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'room:snapshot', body, inRoom, (principal, p) => this.room.snapshot(principal, p.meetingId));
  }

  @SubscribeMessage('case:present')
  presentCase(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'case:present', body, inRoomOnce, (principal, p) => this.room.presentCase(principal, p));
  }

  @SubscribeMessage('case:discussed')
  markDiscussed(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'case:discussed', body, inRoomOnce, (principal, p) => this.room.markDiscussed(principal, p));
  }

  @SubscribeMessage('timer:control')
  timer(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'timer:control', body, inRoomOnce, (principal, p) => this.room.controlTimer(principal, p));
  }

  @SubscribeMessage('hand:raise')
  raiseHand(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'hand:raise', body, inRoomOnce, (principal, p) => this.room.raiseHand(principal, p));
  }

  @SubscribeMessage('hand:lower')
  lowerHand(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'hand:lower', body, inRoomOnce, (principal, p) => this.room.lowerHand(principal, p));
  }

  @SubscribeMessage('notes:sync')
  syncNotes(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'notes:sync', body, inRoom, (principal, p) => this.room.syncNotes(principal, p));
  }

  /** Not `once`: a Yjs update applied twice changes nothing, so a retry is simply merged again. */
  @SubscribeMessage('notes:update')
  updateNotes(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'notes:update', body, inRoom, (principal, p) => this.room.updateNotes(principal, p));
  }

  @SubscribeMessage('decision:draft')
  draftDecision(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'decision:draft', body, inRoomOnce, (principal, p) => this.room.draftDecision(principal, p));
  }

  @SubscribeMessage('decision:propose')
  proposeDecision(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'decision:propose', body, inRoomOnce, (principal, p) => this.room.proposeDecision(principal, p));
  }

  /** Not `once` in Redis: PostgreSQL keeps one vote per client event id, and a retry returns it. */
  @SubscribeMessage('vote:cast')
  castVote(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'vote:cast', body, inRoom, (principal, p) => this.room.castVote(principal, p));
  }

  @SubscribeMessage('decision:sign')
  signDecision(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.run(socket, 'decision:sign', body, inRoomOnce, (principal, p) => this.room.signDecision(principal, p));
  }

  @SubscribeMessage('session:renew')
  async renew(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveAck<{ renewed: boolean }>> {
    try {
      const { token } = parseClientPayload('session:renew', body);
      const principal = await this.auth.authenticate(token);
      if (principal.userId !== socket.data.principal.userId) throw new ForbiddenError('OTHER_USER', 'This token belongs to someone else.');
      this.tokens.set(socket, token);
      socket.data.principal = principal;
      return ok({ renewed: true });
    } catch (error) {
      return { ok: false, error: toLiveError(error, this.logger, { event: 'session:renew' }) };
    }
  }

  /** Authenticate again (token and PostgreSQL), validate, check the room, act once, acknowledge. */
  private async run<E extends ClientEventName, R>(
    socket: LiveSocket,
    event: E,
    body: unknown,
    options: RunOptions,
    act: (principal: Principal, payload: ClientPayload<E>) => Promise<R>,
  ): Promise<LiveAck<R>> {
    let claim: { meetingId: string; userId: string; eventId: string } | undefined;
    try {
      await this.ready.get(socket);
      const principal = await this.auth.authenticate(this.tokens.get(socket) ?? '');
      socket.data.principal = principal;
      const payload = parseClientPayload(event, body);
      const { meetingId } = payload as { meetingId: string };
      if (options.inRoom && !socket.data.meetings.includes(meetingId)) {
        throw new ForbiddenError('NOT_IN_ROOM', 'Join the meeting before acting in it.');
      }
      if (options.once) {
        const eventId = (payload as { eventId: string }).eventId;
        const claimed = await this.store.claimEvent(meetingId, principal.userId, eventId);
        if (!claimed.claimed) {
          if (claimed.result) return claimed.result as LiveAck<R>;
          throw new AppError(ApiErrorCode.CONFLICT, 'EVENT_IN_PROGRESS', 'This event is still being handled; retry in a moment.');
        }
        claim = { meetingId, userId: principal.userId, eventId };
      }
      const ack = ok(await act(principal, payload));
      if (claim) await this.store.completeEvent(claim.meetingId, claim.userId, claim.eventId, ack);
      return ack;
    } catch (error) {
      if (claim) await this.store.releaseEvent(claim.meetingId, claim.userId, claim.eventId).catch(() => undefined);
      return { ok: false, error: toLiveError(error, this.logger, { event }) };
    }
  }
}

/** A refused connection: the client's `connect_error` carries `data: { code, reason }`. */
function connectError(error: unknown): Error & { data?: unknown } {
  const refusal = error instanceof AppError ? error : new UnauthenticatedError();
  return Object.assign(new Error(refusal.message), { data: { code: refusal.code, reason: refusal.reason } });
}
