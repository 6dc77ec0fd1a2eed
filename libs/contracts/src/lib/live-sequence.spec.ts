import { RoomSequence, SliceVersions } from './live-sequence';

describe('RoomSequence', () => {
  it('accepts the next numbers in order and moves the watermark', () => {
    const seq = new RoomSequence(10);
    expect(seq.observe(11, 0)).toBe('new');
    expect(seq.observe(12, 0)).toBe('new');
    expect(seq.watermark).toBe(12);
    expect(seq.missing()).toEqual([]);
    expect(seq.gapOverdue(10_000, 500)).toBe(false);
  });

  it('calls numbers covered by the snapshot or already seen duplicates', () => {
    const seq = new RoomSequence(10);
    expect(seq.observe(9, 0)).toBe('duplicate');
    expect(seq.observe(10, 0)).toBe('duplicate');
    expect(seq.observe(12, 0)).toBe('new');
    expect(seq.observe(12, 0)).toBe('duplicate');
    expect(seq.observe(Number.NaN, 0)).toBe('duplicate');
  });

  it('tolerates reordering within the window: a late number closes the gap', () => {
    const seq = new RoomSequence(0);
    seq.observe(2, 100);
    seq.observe(3, 120);
    expect(seq.missing()).toEqual([1]);
    expect(seq.gapOverdue(300, 500)).toBe(false);
    expect(seq.observe(1, 350)).toBe('new');
    expect(seq.watermark).toBe(3);
    expect(seq.gapOverdue(10_000, 500)).toBe(false);
  });

  it('reports a gap that outlives the reorder window, counted from when it opened', () => {
    const seq = new RoomSequence(4);
    seq.observe(5, 0);
    seq.observe(8, 1_000);
    expect(seq.latest).toBe(8);
    expect(seq.missing()).toEqual([6, 7]);
    expect(seq.gapOverdue(1_499, 500)).toBe(false);
    expect(seq.gapOverdue(1_500, 500)).toBe(true);
    seq.observe(6, 1_600);
    expect(seq.gapOverdue(1_600, 500)).toBe(true); // 7 is still missing since 1 000
  });

  it('restarts from a snapshot, keeping later numbers already seen', () => {
    const seq = new RoomSequence(0);
    seq.observe(3, 0);
    seq.observe(9, 0);
    seq.reset(7);
    expect(seq.watermark).toBe(7);
    expect(seq.missing()).toEqual([8]);
    seq.reset(8);
    expect(seq.watermark).toBe(9);
    expect(seq.gapOverdue(10_000, 1)).toBe(false);
    seq.reset(2); // an older snapshot never moves the watermark back
    expect(seq.watermark).toBe(9);
  });
});

describe('SliceVersions', () => {
  it('lets only a newer broadcast replace a slice', () => {
    const slices = new SliceVersions();
    expect(slices.accept('presence', 5)).toBe(true);
    expect(slices.accept('presence', 4)).toBe(false);
    expect(slices.accept('presence', 5)).toBe(false);
    expect(slices.accept('hands', 4)).toBe(true);
    expect(slices.version('presence')).toBe(5);
  });

  it('treats every slice as at least as new as the last snapshot', () => {
    const slices = new SliceVersions();
    slices.accept('presence', 3);
    slices.resetAll(10);
    expect(slices.accept('presence', 9)).toBe(false);
    expect(slices.accept('tally:a', 10)).toBe(false);
    expect(slices.accept('tally:a', 11)).toBe(true);
    expect(slices.version('timer')).toBe(10);
  });
});
