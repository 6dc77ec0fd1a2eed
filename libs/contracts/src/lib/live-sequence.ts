// Gap detection for a room's sequence numbers, shared by the web app and the tests.
//
// The server numbers every room broadcast with a Redis INCR per room. Broadcasts from two api
// processes may arrive slightly out of order, so a missing number is a gap only when it stays
// missing for `reorderWindowMs`; then the client asks for a snapshot (whose `seq` restarts the
// tracker). Broadcasts carry whole slices of state (the presence list, the tally, …) or
// commutative Yjs updates, so applying one twice changes nothing; an older broadcast of a slice
// must not overwrite a newer one, which `SliceVersions` prevents.

export type SequenceVerdict = 'new' | 'duplicate';

export class RoomSequence {
  /** Every number up to and including `watermark` has been seen (or was in the snapshot). */
  private watermarkSeq: number;
  private readonly ahead = new Set<number>();
  private gapOpenedAt: number | null = null;

  constructor(snapshotSeq: number) {
    this.watermarkSeq = snapshotSeq;
  }

  get watermark(): number {
    return this.watermarkSeq;
  }

  /** The highest number seen so far. */
  get latest(): number {
    return Math.max(this.watermarkSeq, ...this.ahead);
  }

  /** Records a broadcast's number; `duplicate` when it was already seen or is covered by the snapshot. */
  observe(seq: number, now: number): SequenceVerdict {
    if (!Number.isSafeInteger(seq) || seq <= this.watermarkSeq || this.ahead.has(seq)) return 'duplicate';
    this.ahead.add(seq);
    while (this.ahead.delete(this.watermarkSeq + 1)) this.watermarkSeq += 1;
    if (this.ahead.size === 0) this.gapOpenedAt = null;
    else if (this.gapOpenedAt === null) this.gapOpenedAt = now;
    return 'new';
  }

  /** The numbers still missing below the highest one seen. */
  missing(): number[] {
    const result: number[] = [];
    for (let seq = this.watermarkSeq + 1; seq < this.latest; seq++) if (!this.ahead.has(seq)) result.push(seq);
    return result;
  }

  /** True when a number has been missing for longer than the reorder window: ask for a snapshot. */
  gapOverdue(now: number, reorderWindowMs: number): boolean {
    return this.gapOpenedAt !== null && now - this.gapOpenedAt >= reorderWindowMs;
  }

  /** After a snapshot: everything up to its `seq` is known. Later numbers already seen stay seen. */
  reset(snapshotSeq: number): void {
    if (snapshotSeq > this.watermarkSeq) this.watermarkSeq = snapshotSeq;
    for (const seq of [...this.ahead]) if (seq <= this.watermarkSeq) this.ahead.delete(seq);
    while (this.ahead.delete(this.watermarkSeq + 1)) this.watermarkSeq += 1;
    this.gapOpenedAt = this.ahead.size === 0 ? null : this.gapOpenedAt;
  }
}

/** Per slice of room state (e.g. `presence`, `tally:<agendaItemId>`): only newer broadcasts replace it. */
export class SliceVersions {
  private readonly versions = new Map<string, number>();
  /** The last snapshot's `seq`: every slice is at least that new. */
  private floor = -1;

  /** True (and remembered) when `seq` is newer than what this slice shows. */
  accept(slice: string, seq: number): boolean {
    const current = Math.max(this.versions.get(slice) ?? -1, this.floor);
    if (seq <= current) return false;
    this.versions.set(slice, seq);
    return true;
  }

  /** A snapshot replaces every slice at its `seq`. */
  resetAll(seq: number): void {
    this.floor = Math.max(this.floor, seq);
  }

  version(slice: string): number {
    return Math.max(this.versions.get(slice) ?? -1, this.floor);
  }
}
