import { formatDuration, tallyRows, tallySummary, timerElapsedMs, voteOf } from './tally';

describe('tally helpers', () => {
  const tally = {
    agree: 2,
    disagree: 1,
    abstain: 0,
    votes: [
      { userId: 'a', choice: 'AGREE' as const, comment: null },
      { userId: 'b', choice: 'AGREE' as const, comment: 'fine' },
      { userId: 'c', choice: 'DISAGREE' as const, comment: null },
    ],
  };

  it('lists agree, disagree and abstain with counts and whole percentages', () => {
    expect(tallyRows(tally)).toEqual([
      { choice: 'AGREE', label: 'Agree', count: 2, percent: 67 },
      { choice: 'DISAGREE', label: 'Disagree', count: 1, percent: 33 },
      { choice: 'ABSTAIN', label: 'Abstain', count: 0, percent: 0 },
    ]);
    expect(tallyRows({ agree: 0, disagree: 0, abstain: 0, votes: [] }).map((row) => row.percent)).toEqual([0, 0, 0]);
  });

  it('summarises in one sentence', () => {
    expect(tallySummary(tally)).toBe('3 votes: 2 agree, 1 disagree, 0 abstain.');
    expect(tallySummary({ agree: 0, disagree: 0, abstain: 1, votes: [] })).toBe(
      '1 vote: 0 agree, 0 disagree, 1 abstain.',
    );
    expect(tallySummary({ agree: 0, disagree: 0, abstain: 0, votes: [] })).toBe('No votes yet.');
  });

  it('finds a person’s own vote', () => {
    expect(voteOf(tally, 'b')?.comment).toBe('fine');
    expect(voteOf(tally, 'z')).toBeUndefined();
  });
});

describe('case timer', () => {
  const base = { agendaItemId: 'i', allocatedSeconds: 600, elapsedMs: 30_000 };

  it('adds the running time since it started to what had elapsed before', () => {
    const startedAt = '2026-11-30T10:00:00.000Z';
    const now = Date.parse(startedAt) + 15_000;
    expect(timerElapsedMs({ ...base, running: true, startedAt }, now)).toBe(45_000);
    expect(timerElapsedMs({ ...base, running: false, startedAt: null }, now)).toBe(30_000);
    // A client clock behind the server's never shows less than what had elapsed.
    expect(timerElapsedMs({ ...base, running: true, startedAt }, Date.parse(startedAt) - 5_000)).toBe(30_000);
  });

  it('formats minutes and seconds', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_900)).toBe('1:05');
    expect(formatDuration(600_000)).toBe('10:00');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-1)).toBe('0:00');
  });
});
