import { Role } from '@consilium/contracts';
import { aggregatePresence, PresenceEntry } from './room-state.store';

const entry = (userId: string, joinedAt: string, roles: Role[] = [Role.PHYSICIAN]): PresenceEntry => ({
  userId,
  displayName: userId,
  roles,
  chair: false,
  joinedAt,
});

describe('aggregatePresence', () => {
  it('shows one participant per person, counting their connections from the earliest join', () => {
    const participants = aggregatePresence([
      entry('b', '2026-01-01T10:05:00.000Z'),
      entry('a', '2026-01-01T10:02:00.000Z', [Role.RADIOLOGIST]),
      entry('b', '2026-01-01T10:01:00.000Z'),
    ]);
    expect(participants).toEqual([
      { userId: 'b', displayName: 'b', roles: [Role.PHYSICIAN], chair: false, connections: 2, joinedAt: '2026-01-01T10:01:00.000Z' },
      { userId: 'a', displayName: 'a', roles: [Role.RADIOLOGIST], chair: false, connections: 1, joinedAt: '2026-01-01T10:02:00.000Z' },
    ]);
  });

  it('is empty for an empty room and orders people who joined at once by id', () => {
    expect(aggregatePresence([])).toEqual([]);
    const at = '2026-01-01T10:00:00.000Z';
    expect(aggregatePresence([entry('z', at), entry('m', at)]).map((p) => p.userId)).toEqual(['m', 'z']);
  });
});
