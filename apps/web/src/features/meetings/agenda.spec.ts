import { agendaTiming, localDateTimeToIso, moveItem } from './agenda';

describe('agenda arithmetic', () => {
  it('moves an item up or down, never past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('adds up the minutes of items still to be discussed and says how far over the meeting it runs', () => {
    const timing = agendaTiming(
      [
        { id: 'a', allocatedMinutes: 15, status: 'LISTED' },
        { id: 'b', allocatedMinutes: 20, status: 'DEFERRED' },
        { id: 'c', allocatedMinutes: 50, status: 'LISTED' },
      ],
      60,
    );
    expect(timing).toEqual({ totalMinutes: 65, overMinutes: 5, startsAt: { a: 0, c: 15 } });
  });

  it('turns local date and time into an instant, refusing partial input', () => {
    expect(localDateTimeToIso('2026-12-07', '')).toBeNull();
    expect(localDateTimeToIso('2026-12-07', '08:30')).toBe(new Date(2026, 11, 7, 8, 30).toISOString());
  });
});
