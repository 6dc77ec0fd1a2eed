// How a vote tally and the case timer are shown: small pure helpers, unit-tested.
import type { LiveVote, TimerState, VoteChoice, VoteTally } from '@consilium/contracts';

export const CHOICE_LABELS: Record<VoteChoice, string> = {
  AGREE: 'Agree',
  DISAGREE: 'Disagree',
  ABSTAIN: 'Abstain',
};

export interface TallyRow {
  choice: VoteChoice;
  label: string;
  count: number;
  /** Whole percent of the votes cast (0 when none). */
  percent: number;
}

export function tallyRows(tally: VoteTally): TallyRow[] {
  const total = tallyTotal(tally);
  const counts: Record<VoteChoice, number> = {
    AGREE: tally.agree,
    DISAGREE: tally.disagree,
    ABSTAIN: tally.abstain,
  };
  return (Object.keys(CHOICE_LABELS) as VoteChoice[]).map((choice) => ({
    choice,
    label: CHOICE_LABELS[choice],
    count: counts[choice],
    percent: total === 0 ? 0 : Math.round((counts[choice] / total) * 100),
  }));
}

export function tallyTotal(tally: VoteTally): number {
  return tally.agree + tally.disagree + tally.abstain;
}

/** One sentence for screen readers and the summary line, e.g. "3 votes: 2 agree, 1 disagree, 0 abstain." */
export function tallySummary(tally: VoteTally): string {
  const total = tallyTotal(tally);
  if (total === 0) return 'No votes yet.';
  return `${total} ${total === 1 ? 'vote' : 'votes'}: ${tally.agree} agree, ${tally.disagree} disagree, ${tally.abstain} abstain.`;
}

export function voteOf(tally: VoteTally, userId: string): LiveVote | undefined {
  return tally.votes.find((vote) => vote.userId === userId);
}

/** Milliseconds on the clock now: while running, elapsed = elapsedMs + (now − startedAt). */
export function timerElapsedMs(timer: TimerState, now: number): number {
  if (!timer.running || !timer.startedAt) return timer.elapsedMs;
  const started = Date.parse(timer.startedAt);
  return Number.isNaN(started) ? timer.elapsedMs : timer.elapsedMs + Math.max(0, now - started);
}

/** "mm:ss" (or "h:mm:ss"); negative values are shown as 0:00. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}
