import { z } from 'zod';
import {
  CastVotePayload,
  ClientEvent,
  ClientToServerEvents,
  DraftDecisionPayload,
  LowerHandPayload,
  MeetingRef,
  NotesSyncPayload,
  NotesUpdatePayload,
  PresentCasePayload,
  ProposeDecisionPayload,
  RenewTokenPayload,
  SignDecisionPayload,
  TimerPayload,
} from '@consilium/contracts';
import { InputError } from '@consilium/server-core';

/** A Yjs update is small in practice; 256 KiB of base64 is far beyond one keystroke burst. */
export const MAX_NOTES_UPDATE_BASE64 = 256 * 1024;

const uuid = z.uuid();
const meetingRef = z.strictObject({ meetingId: uuid });
const clientEvent = meetingRef.extend({ eventId: uuid });
const text = (max: number) => z.string().trim().max(max);

/** Payload schemas, one per client event; each `satisfies` its type in the shared contract. */
export const clientEventSchemas = {
  'room:join': meetingRef satisfies z.ZodType<MeetingRef>,
  'room:leave': meetingRef satisfies z.ZodType<MeetingRef>,
  'room:snapshot': meetingRef satisfies z.ZodType<MeetingRef>,
  'case:present': clientEvent.extend({ agendaItemId: uuid }) satisfies z.ZodType<PresentCasePayload>,
  'case:discussed': clientEvent.extend({ agendaItemId: uuid }) satisfies z.ZodType<PresentCasePayload>,
  'timer:control': clientEvent.extend({ action: z.enum(['start', 'pause', 'reset']) }) satisfies z.ZodType<TimerPayload>,
  'hand:raise': clientEvent satisfies z.ZodType<ClientEvent>,
  'hand:lower': clientEvent.extend({ userId: uuid.optional() }) satisfies z.ZodType<LowerHandPayload>,
  'notes:sync': meetingRef.extend({ agendaItemId: uuid }) satisfies z.ZodType<NotesSyncPayload>,
  'notes:update': clientEvent.extend({
    agendaItemId: uuid,
    update: z
      .string()
      .min(4)
      .max(MAX_NOTES_UPDATE_BASE64)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'must be base64' }),
  }) satisfies z.ZodType<NotesUpdatePayload>,
  'decision:draft': clientEvent.extend({
    agendaItemId: uuid,
    recommendation: z.string().regex(/^[A-Z_]{2,64}$/, { message: 'must be a recommendation code' }),
    recommendationText: text(10_000),
    intent: z.string().regex(/^[A-Z_]{2,32}$/, { message: 'must be an intent code' }),
    rationale: text(20_000),
  }) satisfies z.ZodType<DraftDecisionPayload>,
  'decision:propose': clientEvent.extend({ agendaItemId: uuid }) satisfies z.ZodType<ProposeDecisionPayload>,
  'vote:cast': clientEvent.extend({
    agendaItemId: uuid,
    choice: z.enum(['AGREE', 'DISAGREE', 'ABSTAIN']),
    comment: text(2_000).nullish(),
  }) satisfies z.ZodType<CastVotePayload>,
  'decision:sign': clientEvent.extend({ agendaItemId: uuid, inquorateReason: text(2_000).nullish() }) satisfies z.ZodType<SignDecisionPayload>,
  'session:renew': z.strictObject({ token: z.string().min(10).max(4_096) }) satisfies z.ZodType<RenewTokenPayload>,
} satisfies { [K in keyof ClientToServerEvents]: z.ZodType };

export type ClientEventName = keyof typeof clientEventSchemas;
export type ClientPayload<E extends ClientEventName> = z.output<(typeof clientEventSchemas)[E]>;

/** Validates a payload; the first problem becomes an InputError naming the field. */
export function parseClientPayload<E extends ClientEventName>(event: E, payload: unknown): ClientPayload<E> {
  const result = clientEventSchemas[event].safeParse(payload);
  if (result.success) return result.data as ClientPayload<E>;
  const issue = result.error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : 'payload';
  throw new InputError(field, `${field}: ${issue.message}`);
}
