import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import {
  AgendaEntry,
  ClientToServerEvents,
  CurrentCase,
  HandRaise,
  LiveDecision,
  LiveNotification,
  Participant,
  RoomSnapshot,
  ServerToClientEvents,
  TimerState,
  VoteTally,
} from '@consilium/contracts';
import { Clock, LOGGER, Principal } from '@consilium/server-core';
import { ClientPayload } from './live-event.schemas';
import { LiveMeetings, LiveMeeting } from './live-meetings.port';
import { LiveNotesService } from './live-notes.service';
import { assertChairOrCoordinator, assertClinician, assertOneOfRoles, PHYSICIAN_OR_COORDINATOR, PHYSICIAN_ONLY } from './live-policy';
import { RoomStateStore } from './room-state.store';

export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, LiveSocketData>;
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, LiveSocketData>;

/** Persisted with the session for connection state recovery: no token here. */
export interface LiveSocketData {
  principal: Principal;
  /** Meetings this socket has joined (kept across a recovered connection). */
  meetings: string[];
}

export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * What the live room does for each client event. The caller (the gateway) has already
 * re-authenticated the person and validated the payload; every method here authorises the
 * person for this meeting and this action, changes PostgreSQL first, then Redis, then
 * broadcasts with the room's next sequence number.
 */
@Injectable()
export class LiveRoomService {
  private namespace?: LiveNamespace;

  constructor(
    private readonly meetings: LiveMeetings,
    private readonly notes: LiveNotesService,
    private readonly store: RoomStateStore,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  get attached(): boolean {
    return this.namespace !== undefined;
  }

  /** The sockets connected to this process (not the whole cluster). */
  localSockets(): Iterable<LiveSocket> {
    return this.io.sockets.values();
  }

  private get io(): LiveNamespace {
    if (!this.namespace) throw new Error('live namespace not attached');
    return this.namespace;
  }

  // ---- joining and leaving ----------------------------------------------------------------------

  async join(socket: LiveSocket, principal: Principal, meetingId: string): Promise<RoomSnapshot> {
    const meeting = await this.meetings.requireJoinable(principal, meetingId);
    await this.enter(socket, principal, meeting);
    return this.snapshot(principal, meetingId);
  }

  /** Attendance first (PostgreSQL), then presence (Redis), then the broadcast. */
  private async enter(socket: LiveSocket, principal: Principal, meeting: LiveMeeting): Promise<void> {
    await this.meetings.recordJoin(meeting.id, principal.userId);
    await socket.join(meetingRoom(meeting.id));
    if (!socket.data.meetings.includes(meeting.id)) socket.data.meetings = [...socket.data.meetings, meeting.id];
    const now = this.clock.now();
    const { seq, participants } = await this.store.addPresence(
      meeting.id,
      socket.id,
      { userId: principal.userId, displayName: principal.displayName, roles: meeting.guestRole ? [meeting.guestRole] : principal.roles, chair: meeting.chairId === principal.userId, joinedAt: now.toISOString() },
      now.getTime(),
    );
    this.broadcastPresence(meeting.id, seq, participants);
  }

  /** A recovered connection is back in its rooms: authorise it again and count it present again. */
  async rejoinRecovered(socket: LiveSocket): Promise<void> {
    const principal = socket.data.principal;
    for (const meetingId of [...socket.data.meetings]) {
      try {
        const meeting = await this.meetings.requireJoinable(principal, meetingId);
        await this.enter(socket, principal, meeting);
      } catch {
        await socket.leave(meetingRoom(meetingId));
        socket.data.meetings = socket.data.meetings.filter((id) => id !== meetingId);
      }
    }
  }

  async leave(socket: LiveSocket, meetingId: string): Promise<{ left: boolean }> {
    const wasIn = socket.data.meetings.includes(meetingId);
    socket.data.meetings = socket.data.meetings.filter((id) => id !== meetingId);
    await socket.leave(meetingRoom(meetingId));
    await this.removePresence(meetingId, socket.id, socket.data.principal.userId);
    return { left: wasIn };
  }

  /** On disconnect: the socket leaves every room it was in (socket.data.meetings survives for recovery). */
  async disconnected(socket: LiveSocket): Promise<void> {
    if (!socket.data.principal) return;
    for (const meetingId of socket.data.meetings ?? []) {
      await this.removePresence(meetingId, socket.id, socket.data.principal.userId).catch((error: unknown) =>
        this.logger.warn({ err: error, meetingId }, 'could not record a live leave'),
      );
    }
  }

  /** Removes one socket's presence; the last socket of a person closes their attendance. */
  async removePresence(meetingId: string, socketId: string, userId: string): Promise<void> {
    const result = await this.store.removePresence(meetingId, socketId, userId);
    if (!result.removed) return;
    if (!result.userStillPresent) await this.meetings.recordLeave(meetingId, userId);
    this.broadcastPresence(meetingId, result.seq, result.participants);
  }

  // ---- the room's state -------------------------------------------------------------------------

  /** The whole room: ephemeral state from Redis (with its seq), durable state from PostgreSQL after it. */
  async snapshot(principal: Principal, meetingId: string): Promise<RoomSnapshot> {
    const meeting = await this.requireInRoomMeeting(principal, meetingId);
    const ephemeral = await this.store.read(meetingId, this.clock.now().getTime());
    const agenda: AgendaEntry[] = await this.meetings.agenda(meeting);
    return {
      meetingId,
      seq: ephemeral.seq,
      meetingStatus: meeting.status,
      chairId: meeting.chairId,
      participants: ephemeral.participants,
      currentCase: ephemeral.currentCase,
      timer: ephemeral.timer,
      hands: ephemeral.hands,
      agenda,
    };
  }

  async presentCase(principal: Principal, payload: ClientPayload<'case:present'>): Promise<{ seq: number; currentCase: CurrentCase; timer: TimerState }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    assertChairOrCoordinator(principal, meeting);
    const item = await this.meetings.presentItem(principal, meeting, payload.agendaItemId);
    const currentCase: CurrentCase = {
      agendaItemId: item.id,
      caseId: item.caseId,
      presentedAt: this.clock.now().toISOString(),
      presentedBy: principal.userId,
    };
    const { seq, timer } = await this.store.setCurrentCase(meeting.id, currentCase, item.allocatedMinutes * 60);
    this.io.to(meetingRoom(meeting.id)).emit('room:case', { meetingId: meeting.id, seq, currentCase, timer });
    const itemSeq = await this.store.nextSeq(meeting.id);
    this.io.to(meetingRoom(meeting.id)).emit('agenda:item', { meetingId: meeting.id, seq: itemSeq, agendaItemId: item.id, status: item.status });
    return { seq, currentCase, timer };
  }

  async markDiscussed(principal: Principal, payload: ClientPayload<'case:discussed'>): Promise<{ seq: number; agendaItemId: string; status: string }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    assertChairOrCoordinator(principal, meeting);
    const item = await this.meetings.markDiscussed(principal, meeting, payload.agendaItemId);
    const seq = await this.store.nextSeq(meeting.id);
    this.io.to(meetingRoom(meeting.id)).emit('agenda:item', { meetingId: meeting.id, seq, agendaItemId: item.id, status: item.status });
    return { seq, agendaItemId: item.id, status: item.status };
  }

  async controlTimer(principal: Principal, payload: ClientPayload<'timer:control'>): Promise<{ seq: number; timer: TimerState }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    assertChairOrCoordinator(principal, meeting);
    const { seq, timer } = await this.store.controlTimer(meeting.id, payload.action, this.clock.now());
    this.io.to(meetingRoom(meeting.id)).emit('room:timer', { meetingId: meeting.id, seq, timer });
    return { seq, timer };
  }

  async raiseHand(principal: Principal, payload: ClientPayload<'hand:raise'>): Promise<{ seq: number; hands: HandRaise[] }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    const hand = { userId: principal.userId, displayName: principal.displayName, raisedAt: this.clock.now().toISOString() };
    const { seq, hands } = await this.store.raiseHand(meeting.id, hand);
    this.io.to(meetingRoom(meeting.id)).emit('room:hands', { meetingId: meeting.id, seq, hands });
    return { seq, hands };
  }

  async lowerHand(principal: Principal, payload: ClientPayload<'hand:lower'>): Promise<{ seq: number; hands: HandRaise[] }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    const userId = payload.userId ?? principal.userId;
    if (userId !== principal.userId) assertChairOrCoordinator(principal, meeting);
    const { seq, hands } = await this.store.lowerHand(meeting.id, userId);
    this.io.to(meetingRoom(meeting.id)).emit('room:hands', { meetingId: meeting.id, seq, hands });
    return { seq, hands };
  }

  async syncNotes(principal: Principal, payload: ClientPayload<'notes:sync'>): Promise<{ agendaItemId: string; state: string }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    await this.meetings.requireItemOf(principal, meeting, payload.agendaItemId);
    return { agendaItemId: payload.agendaItemId, state: await this.notes.state(payload.agendaItemId) };
  }

  async updateNotes(principal: Principal, payload: ClientPayload<'notes:update'>): Promise<{ seq: number }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    assertClinician(principal);
    await this.meetings.requireItemOf(principal, meeting, payload.agendaItemId);
    await this.notes.apply(payload.agendaItemId, payload.update, principal.userId);
    const seq = await this.store.nextSeq(meeting.id);
    // The sender gets its own update back too: Yjs ignores it, and the sequence has no hole.
    this.io.to(meetingRoom(meeting.id)).emit('notes:update', {
      meetingId: meeting.id,
      seq,
      agendaItemId: payload.agendaItemId,
      update: payload.update,
      eventId: payload.eventId,
      userId: principal.userId,
    });
    return { seq };
  }

  async draftDecision(principal: Principal, payload: ClientPayload<'decision:draft'>): Promise<{ seq: number; decision: LiveDecision }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    assertOneOfRoles(principal, PHYSICIAN_OR_COORDINATOR);
    const decision = await this.meetings.draftDecision(principal, meeting, payload);
    return this.broadcastDecision(meeting.id, payload.agendaItemId, decision);
  }

  async proposeDecision(principal: Principal, payload: ClientPayload<'decision:propose'>): Promise<{ seq: number; decision: LiveDecision }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    assertOneOfRoles(principal, PHYSICIAN_ONLY);
    const decision = await this.meetings.proposeDecision(principal, meeting, payload.agendaItemId);
    return this.broadcastDecision(meeting.id, payload.agendaItemId, decision);
  }

  async signDecision(principal: Principal, payload: ClientPayload<'decision:sign'>): Promise<{ seq: number; decision: LiveDecision }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    assertOneOfRoles(principal, PHYSICIAN_ONLY);
    const decision = await this.meetings.signDecision(principal, meeting, payload.agendaItemId, payload.inquorateReason ?? null);
    return this.broadcastDecision(meeting.id, payload.agendaItemId, decision);
  }

  async castVote(principal: Principal, payload: ClientPayload<'vote:cast'>): Promise<{ seq: number; vote: VoteTally['votes'][number]; tally: VoteTally }> {
    const meeting = await this.requireInRoomMeeting(principal, payload.meetingId);
    const { vote, tally } = await this.meetings.castVote(principal, meeting, payload);
    const seq = await this.store.nextSeq(meeting.id);
    this.io.to(meetingRoom(meeting.id)).emit('vote:tally', { meetingId: meeting.id, seq, agendaItemId: payload.agendaItemId, tally });
    return { seq, vote, tally };
  }

  /** To this process's sockets of the person only: every process gets the same message. */
  notifyUser(userId: string, notification: LiveNotification): void {
    this.io.local.to(userRoom(userId)).emit('notification:new', notification);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private async broadcastDecision(meetingId: string, agendaItemId: string, decision: LiveDecision): Promise<{ seq: number; decision: LiveDecision }> {
    const seq = await this.store.nextSeq(meetingId);
    this.io.to(meetingRoom(meetingId)).emit('decision:updated', { meetingId, seq, agendaItemId, decision });
    return { seq, decision };
  }

  private broadcastPresence(meetingId: string, seq: number, participants: Participant[]): void {
    this.io.to(meetingRoom(meetingId)).emit('room:presence', { meetingId, seq, participants });
  }

  /** The person may still join this meeting (re-read from PostgreSQL) and has joined it. */
  private async requireInRoomMeeting(principal: Principal, meetingId: string): Promise<LiveMeeting> {
    return this.meetings.requireJoinable(principal, meetingId);
  }
}
