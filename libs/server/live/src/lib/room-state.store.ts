import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { CurrentCase, HandRaise, Participant, Role, TimerAction, TimerState } from '@consilium/contracts';
import { APP_CONFIG, AppConfig, REDIS } from '@consilium/server-core';

/** One socket's presence in a room, as stored in Redis (one hash field per socket). */
export interface PresenceEntry {
  userId: string;
  displayName: string;
  roles: Role[];
  chair: boolean;
  joinedAt: string;
}

export interface EphemeralRoomState {
  seq: number;
  participants: Participant[];
  currentCase: CurrentCase | null;
  timer: TimerState;
  hands: HandRaise[];
}

/** A socket whose process stopped refreshing its heartbeat for this long no longer counts as present. */
export const PRESENCE_TTL_MS = 15_000;
const EVENT_RESULT_TTL_SECONDS = 24 * 3600;

export const IDLE_TIMER: TimerState = { agendaItemId: null, allocatedSeconds: 0, running: false, startedAt: null, elapsedMs: 0 };

// Timer transitions, atomic with the sequence number. `startedAtMs` is internal bookkeeping.
const TIMER_SCRIPT = `
local raw = redis.call('GET', KEYS[1])
local t
if raw then t = cjson.decode(raw) else t = { agendaItemId = cjson.null, allocatedSeconds = 0, running = false, startedAt = cjson.null, startedAtMs = 0, elapsedMs = 0 } end
local action = ARGV[1]
local now = tonumber(ARGV[2])
if action == 'start' then
  if not t.running then t.running = true; t.startedAt = ARGV[3]; t.startedAtMs = now end
elseif action == 'pause' then
  if t.running then t.elapsedMs = t.elapsedMs + math.max(0, now - t.startedAtMs); t.running = false; t.startedAt = cjson.null; t.startedAtMs = 0 end
else
  t.running = false; t.startedAt = cjson.null; t.startedAtMs = 0; t.elapsedMs = 0
end
local out = cjson.encode(t)
redis.call('SET', KEYS[1], out)
return { redis.call('INCR', KEYS[2]), out }
`;

// Removes a socket's presence only if it is there; the sequence number moves only on a change.
const REMOVE_PRESENCE_SCRIPT = `
local removed = redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
local seq = 0
if removed == 1 then seq = redis.call('INCR', KEYS[3]) end
return { removed, seq, redis.call('HGETALL', KEYS[1]) }
`;

/**
 * The room's ephemeral state in Redis, shared by every api process: presence, the current case,
 * the timer, the hand queue, the room's sequence number and the results of client events
 * already handled. Every change bumps the sequence number in the same atomic step, so a
 * snapshot's `seq` says exactly which broadcasts it already contains.
 */
@Injectable()
export class RoomStateStore {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.prefix = `${config.REDIS_PREFIX}:live`;
  }

  private key(meetingId: string, part: string): string {
    return `${this.prefix}:{${meetingId}}:${part}`;
  }

  /** The next sequence number of the room, for a broadcast of a durable change. */
  nextSeq(meetingId: string): Promise<number> {
    return this.redis.incr(this.key(meetingId, 'seq'));
  }

  async read(meetingId: string, now: number): Promise<EphemeralRoomState> {
    const result = await this.redis
      .multi()
      .get(this.key(meetingId, 'seq'))
      .hgetall(this.key(meetingId, 'presence'))
      .zrangebyscore(this.key(meetingId, 'beat'), now - PRESENCE_TTL_MS, '+inf')
      .get(this.key(meetingId, 'current'))
      .get(this.key(meetingId, 'timer'))
      .zrange(this.key(meetingId, 'hands'), 0, -1)
      .hgetall(this.key(meetingId, 'hand-names'))
      .exec();
    const [seq, presence, alive, current, timer, handOrder, handNames] = unwrap(result);
    const live = new Set(alive as string[]);
    const entries = Object.entries(presence as Record<string, string>).filter(([socketId]) => live.has(socketId));
    return {
      seq: Number(seq ?? 0),
      participants: aggregatePresence(entries.map(([, json]) => JSON.parse(json) as PresenceEntry)),
      currentCase: current ? (JSON.parse(current as string) as CurrentCase) : null,
      timer: timer ? publicTimer(timer as string) : IDLE_TIMER,
      hands: hands(handOrder as string[], handNames as Record<string, string>),
    };
  }

  async addPresence(meetingId: string, socketId: string, entry: PresenceEntry, now: number): Promise<{ seq: number; participants: Participant[] }> {
    const result = await this.redis
      .multi()
      .hset(this.key(meetingId, 'presence'), socketId, JSON.stringify(entry))
      .zadd(this.key(meetingId, 'beat'), now, socketId)
      .incr(this.key(meetingId, 'seq'))
      .hgetall(this.key(meetingId, 'presence'))
      .exec();
    const [, , seq, presence] = unwrap(result);
    return { seq: Number(seq), participants: this.participantsOf(presence as Record<string, string>) };
  }

  /** Removes one socket; `userStillPresent` tells whether the person has another connection. */
  async removePresence(
    meetingId: string,
    socketId: string,
    userId: string,
  ): Promise<{ removed: boolean; seq: number; participants: Participant[]; userStillPresent: boolean }> {
    const [removed, seq, flat] = (await this.redis.eval(
      REMOVE_PRESENCE_SCRIPT,
      3,
      this.key(meetingId, 'presence'),
      this.key(meetingId, 'beat'),
      this.key(meetingId, 'seq'),
      socketId,
    )) as [number, number, string[]];
    const presence: Record<string, string> = {};
    for (let i = 0; i < flat.length; i += 2) presence[flat[i]] = flat[i + 1];
    const participants = this.participantsOf(presence);
    return { removed: removed === 1, seq, participants, userStillPresent: participants.some((p) => p.userId === userId) };
  }

  /** The process holding these sockets is alive: keeps their presence from expiring. */
  async heartbeat(meetingId: string, socketIds: string[], now: number): Promise<void> {
    if (socketIds.length === 0) return;
    await this.redis.zadd(this.key(meetingId, 'beat'), ...socketIds.flatMap((id) => [now, id]));
  }

  /** Sockets whose process died without removing them. */
  async staleSockets(meetingId: string, now: number): Promise<{ socketId: string; entry: PresenceEntry }[]> {
    const [stale, presence] = unwrap(
      await this.redis
        .multi()
        .zrangebyscore(this.key(meetingId, 'beat'), '-inf', `(${now - PRESENCE_TTL_MS}`)
        .hgetall(this.key(meetingId, 'presence'))
        .exec(),
    ) as [string[], Record<string, string>];
    const beating = new Set(await this.redis.zrange(this.key(meetingId, 'beat'), 0, -1));
    const orphans = Object.keys(presence).filter((id) => !beating.has(id));
    return [...new Set([...stale, ...orphans])]
      .filter((id) => presence[id])
      .map((socketId) => ({ socketId, entry: JSON.parse(presence[socketId]) as PresenceEntry }));
  }

  async setCurrentCase(meetingId: string, current: CurrentCase, allocatedSeconds: number): Promise<{ seq: number; timer: TimerState }> {
    const timer = { ...IDLE_TIMER, agendaItemId: current.agendaItemId, allocatedSeconds, startedAtMs: 0 };
    const [, , seq] = unwrap(
      await this.redis
        .multi()
        .set(this.key(meetingId, 'current'), JSON.stringify(current))
        .set(this.key(meetingId, 'timer'), JSON.stringify(timer))
        .incr(this.key(meetingId, 'seq'))
        .exec(),
    );
    return { seq: Number(seq), timer: publicTimer(JSON.stringify(timer)) };
  }

  async controlTimer(meetingId: string, action: TimerAction, now: Date): Promise<{ seq: number; timer: TimerState }> {
    const [seq, json] = (await this.redis.eval(
      TIMER_SCRIPT,
      2,
      this.key(meetingId, 'timer'),
      this.key(meetingId, 'seq'),
      action,
      String(now.getTime()),
      now.toISOString(),
    )) as [number, string];
    return { seq, timer: publicTimer(json) };
  }

  /** Raising twice keeps the first place in the queue. */
  async raiseHand(meetingId: string, hand: HandRaise): Promise<{ seq: number; hands: HandRaise[] }> {
    const result = await this.redis
      .multi()
      .zadd(this.key(meetingId, 'hands'), 'NX', Date.parse(hand.raisedAt), hand.userId)
      .hsetnx(this.key(meetingId, 'hand-names'), hand.userId, JSON.stringify(hand))
      .incr(this.key(meetingId, 'seq'))
      .zrange(this.key(meetingId, 'hands'), 0, -1)
      .hgetall(this.key(meetingId, 'hand-names'))
      .exec();
    const [, , seq, order, names] = unwrap(result);
    return { seq: Number(seq), hands: hands(order as string[], names as Record<string, string>) };
  }

  async lowerHand(meetingId: string, userId: string): Promise<{ seq: number; hands: HandRaise[] }> {
    const result = await this.redis
      .multi()
      .zrem(this.key(meetingId, 'hands'), userId)
      .hdel(this.key(meetingId, 'hand-names'), userId)
      .incr(this.key(meetingId, 'seq'))
      .zrange(this.key(meetingId, 'hands'), 0, -1)
      .hgetall(this.key(meetingId, 'hand-names'))
      .exec();
    const [, , seq, order, names] = unwrap(result);
    return { seq: Number(seq), hands: hands(order as string[], names as Record<string, string>) };
  }

  /**
   * Claims a client event id for one person. `claimed` means go ahead; otherwise the stored
   * acknowledgement of the first attempt is returned (or null while that attempt still runs).
   */
  async claimEvent(meetingId: string, userId: string, eventId: string): Promise<{ claimed: true } | { claimed: false; result: unknown }> {
    const key = this.key(meetingId, `event:${userId}:${eventId}`);
    const set = await this.redis.set(key, 'pending', 'EX', EVENT_RESULT_TTL_SECONDS, 'NX');
    if (set === 'OK') return { claimed: true };
    const stored = await this.redis.get(key);
    return { claimed: false, result: stored && stored !== 'pending' ? JSON.parse(stored) : null };
  }

  async completeEvent(meetingId: string, userId: string, eventId: string, result: unknown): Promise<void> {
    await this.redis.set(this.key(meetingId, `event:${userId}:${eventId}`), JSON.stringify(result), 'EX', EVENT_RESULT_TTL_SECONDS);
  }

  /** A failed attempt frees the id, so the client's retry runs again. */
  async releaseEvent(meetingId: string, userId: string, eventId: string): Promise<void> {
    await this.redis.del(this.key(meetingId, `event:${userId}:${eventId}`));
  }

  private participantsOf(presence: Record<string, string>): Participant[] {
    return aggregatePresence(Object.values(presence).map((json) => JSON.parse(json) as PresenceEntry));
  }
}

function unwrap(result: [Error | null, unknown][] | null): unknown[] {
  if (!result) throw new Error('Redis transaction was aborted');
  return result.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}

function publicTimer(json: string): TimerState {
  const raw = JSON.parse(json) as TimerState & { startedAtMs?: number };
  return {
    agendaItemId: raw.agendaItemId ?? null,
    allocatedSeconds: Number(raw.allocatedSeconds ?? 0),
    running: raw.running === true,
    startedAt: raw.startedAt ?? null,
    elapsedMs: Number(raw.elapsedMs ?? 0),
  };
}

function hands(order: string[], names: Record<string, string>): HandRaise[] {
  return order.filter((userId) => names[userId]).map((userId) => JSON.parse(names[userId]) as HandRaise);
}

/** One participant per person, however many sockets they have; ordered by when they joined. */
export function aggregatePresence(entries: PresenceEntry[]): Participant[] {
  const byUser = new Map<string, Participant>();
  for (const entry of entries) {
    const existing = byUser.get(entry.userId);
    if (existing) {
      existing.connections += 1;
      if (entry.joinedAt < existing.joinedAt) existing.joinedAt = entry.joinedAt;
    } else {
      byUser.set(entry.userId, { ...entry, roles: [...entry.roles], connections: 1 });
    }
  }
  return [...byUser.values()].sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.userId.localeCompare(b.userId));
}
