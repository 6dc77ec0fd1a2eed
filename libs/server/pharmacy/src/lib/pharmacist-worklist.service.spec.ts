import { InputError } from '@consilium/server-core';
import type { CaseEntity } from '@consilium/server-cases';
import { decodeCursor, encodeCursor } from './pharmacist-worklist.service';

describe('worklist cursors', () => {
  const id = '3f0c8f5e-6a4e-4b1e-9d7c-2a1b3c4d5e6f';

  it('round-trip the due date (or null) and the case id', () => {
    expect(decodeCursor(encodeCursor({ id, targetDiscussionDate: '2026-12-01' } as CaseEntity))).toEqual({ due: '2026-12-01', id });
    expect(decodeCursor(encodeCursor({ id, targetDiscussionDate: null } as CaseEntity))).toEqual({ due: null, id });
  });

  it.each([
    ['not base64 JSON', 'not a cursor'],
    ['a forged date', Buffer.from(JSON.stringify(["2026-12-01' OR 1=1 --", id])).toString('base64url')],
    ['a forged id', Buffer.from(JSON.stringify(['2026-12-01', 'x'])).toString('base64url')],
    ['the wrong shape', Buffer.from(JSON.stringify({ due: null, id })).toString('base64url')],
  ])('refuses %s with BAD_USER_INPUT on `after`', (_label, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(InputError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as InputError).field).toBe('after');
    }
  });
});
