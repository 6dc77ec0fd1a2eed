// The live meeting room over Socket.IO (namespace `/live`): event names and payloads, shared
// by the api gateway and the web app. Types only (plus a few constants); nothing server-side.
import type { ApiErrorCode } from './error-codes';
import type { Role } from './roles';

export const LIVE_NAMESPACE = '/live';

export type VoteChoice = 'AGREE' | 'DISAGREE' | 'ABSTAIN';
export const VOTE_CHOICES: readonly VoteChoice[] = ['AGREE', 'DISAGREE', 'ABSTAIN'];

export type TimerAction = 'start' | 'pause' | 'reset';

/** Every acknowledgement: the result, or why nothing was done. */
export type LiveAck<T> = { ok: true; data: T } | { ok: false; error: LiveError };

export interface LiveError {
  code: ApiErrorCode;
  /** A stable machine reason, e.g. NOT_TEAM_MEMBER, ROLE_REQUIRED, INVALID_PAYLOAD. */
  reason: string;
  message: string;
  /** For INVALID_PAYLOAD: the first failing field, e.g. `choice`. */
  field?: string;
}

export interface Participant {
  userId: string;
  displayName: string;
  roles: Role[];
  /** True for the meeting's chair. */
  chair: boolean;
  /** Open connections of this person in the room (several tabs or devices). */
  connections: number;
  joinedAt: string;
}

export interface CurrentCase {
  agendaItemId: string;
  caseId: string;
  presentedAt: string;
  presentedBy: string;
}

/** The per-case timer. While running, elapsed = elapsedMs + (now − startedAt). */
export interface TimerState {
  agendaItemId: string | null;
  allocatedSeconds: number;
  running: boolean;
  startedAt: string | null;
  elapsedMs: number;
}

export interface HandRaise {
  userId: string;
  displayName: string;
  raisedAt: string;
}

export interface LiveVote {
  userId: string;
  choice: VoteChoice;
  comment: string | null;
}

export interface VoteTally {
  agree: number;
  disagree: number;
  abstain: number;
  votes: LiveVote[];
}

export interface LiveDecision {
  id: string;
  version: number;
  status: 'DRAFT' | 'PROPOSED' | 'SIGNED' | 'SUPERSEDED';
  recommendation: string;
  recommendationText: string;
  intent: string;
  rationale: string;
  signedBy: string | null;
  signedAt: string | null;
  quorate: boolean | null;
  /** Roles in the room when it was signed, counted per role. */
  rolesPresent: Record<string, number> | null;
}

export interface AgendaEntry {
  agendaItemId: string;
  caseId: string;
  /** LISTED, PRESENTING, DISCUSSED, DEFERRED or NOT_REACHED. */
  status: string;
  position: number;
  allocatedMinutes: number;
  decision: LiveDecision | null;
  tally: VoteTally;
}

export interface RoomSnapshot {
  meetingId: string;
  /** The room's sequence number at the moment of the snapshot: apply only later broadcasts. */
  seq: number;
  meetingStatus: string;
  chairId: string | null;
  participants: Participant[];
  currentCase: CurrentCase | null;
  timer: TimerState;
  hands: HandRaise[];
  agenda: AgendaEntry[];
}

export interface LiveNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}

// ---- client → server ------------------------------------------------------------------------

export interface MeetingRef {
  meetingId: string;
}
/** Changes carry a client-made event id (UUID): a retry with the same id acts once. */
export interface ClientEvent extends MeetingRef {
  eventId: string;
}
export interface PresentCasePayload extends ClientEvent {
  agendaItemId: string;
}
export interface TimerPayload extends ClientEvent {
  action: TimerAction;
}
export interface LowerHandPayload extends ClientEvent {
  /** Someone else's hand: chair or coordinator only. Absent: your own. */
  userId?: string;
}
export interface NotesSyncPayload extends MeetingRef {
  agendaItemId: string;
}
export interface NotesUpdatePayload extends ClientEvent {
  agendaItemId: string;
  /** A Yjs update, base64. */
  update: string;
}
export interface DraftDecisionPayload extends ClientEvent {
  agendaItemId: string;
  recommendation: string;
  recommendationText: string;
  intent: string;
  rationale: string;
}
export interface ProposeDecisionPayload extends ClientEvent {
  agendaItemId: string;
}
export interface CastVotePayload extends ClientEvent {
  agendaItemId: string;
  choice: VoteChoice;
  comment?: string | null;
}
export interface SignDecisionPayload extends ClientEvent {
  agendaItemId: string;
  /** Required when the room is not quorate: why the decision is signed anyway. */
  inquorateReason?: string | null;
}
export interface RenewTokenPayload {
  token: string;
}

export interface Sequenced {
  seq: number;
}

type Ack<T> = (result: LiveAck<T>) => void;

export interface ClientToServerEvents {
  'room:join': (payload: MeetingRef, ack: Ack<RoomSnapshot>) => void;
  'room:leave': (payload: MeetingRef, ack: Ack<{ left: boolean }>) => void;
  'room:snapshot': (payload: MeetingRef, ack: Ack<RoomSnapshot>) => void;
  'case:present': (payload: PresentCasePayload, ack: Ack<Sequenced & { currentCase: CurrentCase; timer: TimerState }>) => void;
  /** The board has discussed the current case (chair or coordinator): a decision can now be signed. */
  'case:discussed': (payload: PresentCasePayload, ack: Ack<Sequenced & { agendaItemId: string; status: string }>) => void;
  'timer:control': (payload: TimerPayload, ack: Ack<Sequenced & { timer: TimerState }>) => void;
  'hand:raise': (payload: ClientEvent, ack: Ack<Sequenced & { hands: HandRaise[] }>) => void;
  'hand:lower': (payload: LowerHandPayload, ack: Ack<Sequenced & { hands: HandRaise[] }>) => void;
  'notes:sync': (payload: NotesSyncPayload, ack: Ack<{ agendaItemId: string; state: string }>) => void;
  'notes:update': (payload: NotesUpdatePayload, ack: Ack<Sequenced>) => void;
  'decision:draft': (payload: DraftDecisionPayload, ack: Ack<Sequenced & { decision: LiveDecision }>) => void;
  'decision:propose': (payload: ProposeDecisionPayload, ack: Ack<Sequenced & { decision: LiveDecision }>) => void;
  'vote:cast': (payload: CastVotePayload, ack: Ack<Sequenced & { vote: LiveVote; tally: VoteTally }>) => void;
  'decision:sign': (payload: SignDecisionPayload, ack: Ack<Sequenced & { decision: LiveDecision }>) => void;
  /** Swap in a fresh access token without reconnecting. */
  'session:renew': (payload: RenewTokenPayload, ack: Ack<{ renewed: boolean }>) => void;
}

// ---- server → client ------------------------------------------------------------------------

/** Every room broadcast names its meeting and carries the room's next sequence number. */
export interface RoomEvent {
  meetingId: string;
  seq: number;
}

export interface ServerToClientEvents {
  'room:presence': (event: RoomEvent & { participants: Participant[] }) => void;
  'room:case': (event: RoomEvent & { currentCase: CurrentCase | null; timer: TimerState }) => void;
  /** An agenda item's status changed (PRESENTING, DISCUSSED, …). */
  'agenda:item': (event: RoomEvent & { agendaItemId: string; status: string }) => void;
  'room:timer': (event: RoomEvent & { timer: TimerState }) => void;
  'room:hands': (event: RoomEvent & { hands: HandRaise[] }) => void;
  'notes:update': (event: RoomEvent & { agendaItemId: string; update: string; eventId: string; userId: string }) => void;
  'decision:updated': (event: RoomEvent & { agendaItemId: string; decision: LiveDecision }) => void;
  'vote:tally': (event: RoomEvent & { agendaItemId: string; tally: VoteTally }) => void;
  /** A notification for the signed-in person (not a room event, no sequence number). */
  'notification:new': (notification: LiveNotification) => void;
  /** Sent just before the server disconnects the socket: signed out, removed from the team, role revoked. */
  'session:ended': (event: { reason: string }) => void;
}

/** Room broadcasts, the events a client sequences. */
export const ROOM_EVENTS = [
  'room:presence',
  'room:case',
  'room:timer',
  'agenda:item',
  'room:hands',
  'notes:update',
  'decision:updated',
  'vote:tally',
] as const satisfies readonly (keyof ServerToClientEvents)[];
export type RoomEventName = (typeof ROOM_EVENTS)[number];

/** The shared notes of an agenda item are a Yjs document with one Y.Text of this name. */
export const NOTES_TEXT_NAME = 'notes';
