import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { InputError } from '@consilium/server-core';
import { parseClientPayload } from './live-event.schemas';
import { decodeUpdate } from './notes-update';

const meetingId = randomUUID();
const agendaItemId = randomUUID();
const eventId = randomUUID();

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.field;
    throw error;
  }
  return undefined;
}

describe('live event payloads', () => {
  it('accepts a well-formed vote and trims its comment', () => {
    expect(parseClientPayload('vote:cast', { meetingId, eventId, agendaItemId, choice: 'AGREE', comment: '  fine  ' })).toEqual({
      meetingId,
      eventId,
      agendaItemId,
      choice: 'AGREE',
      comment: 'fine',
    });
  });

  it.each([
    ['an unknown choice', { meetingId, eventId, agendaItemId, choice: 'MAYBE' }, 'choice'],
    ['a missing event id', { meetingId, agendaItemId, choice: 'AGREE' }, 'eventId'],
    ['an event id that is not a UUID', { meetingId, eventId: '1', agendaItemId, choice: 'AGREE' }, 'eventId'],
    ['an unexpected field', { meetingId, eventId, agendaItemId, choice: 'AGREE', weight: 3 }, 'payload'],
    ['a comment over 2000 characters', { meetingId, eventId, agendaItemId, choice: 'AGREE', comment: 'x'.repeat(2001) }, 'comment'],
  ])('refuses a vote with %s, naming the field', (_label, payload, field) => {
    expect(fieldOf(() => parseClientPayload('vote:cast', payload))).toBe(field);
  });

  it('refuses a payload that is not an object at all', () => {
    expect(fieldOf(() => parseClientPayload('room:join', 'meeting-1'))).toBe('payload');
    expect(fieldOf(() => parseClientPayload('room:join', null))).toBe('payload');
  });

  it('refuses a timer action it does not know and a notes update that is not base64', () => {
    expect(fieldOf(() => parseClientPayload('timer:control', { meetingId, eventId, action: 'rewind' }))).toBe('action');
    expect(fieldOf(() => parseClientPayload('notes:update', { meetingId, eventId, agendaItemId, update: 'not base64!' }))).toBe('update');
  });

  it('refuses a decision draft whose codes are not codes', () => {
    const draft = { meetingId, eventId, agendaItemId, recommendation: 'surgery please', recommendationText: '', intent: 'CURATIVE', rationale: 'r' };
    expect(fieldOf(() => parseClientPayload('decision:draft', draft))).toBe('recommendation');
  });
});

describe('notes updates', () => {
  it('accepts a real Yjs update', () => {
    const doc = new Y.Doc();
    doc.getText('notes').insert(0, 'Lesion stable');
    const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    expect(decodeUpdate(update).byteLength).toBeGreaterThan(0);
  });

  it('refuses bytes that are not a Yjs update', () => {
    expect(fieldOf(() => decodeUpdate(Buffer.from('hello world, not yjs').toString('base64')))).toBe('update');
  });
});
