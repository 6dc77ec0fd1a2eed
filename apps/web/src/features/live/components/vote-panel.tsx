import { VOTE_CHOICES, type Participant, type VoteChoice, type VoteTally } from '@consilium/contracts';
import { useState, type FormEvent } from 'react';

import { CHOICE_LABELS, tallyRows, tallySummary, voteOf } from '../tally';

interface VotePanelProps {
  tally: VoteTally;
  participants: readonly Participant[];
  currentUserId: string;
  canVote: boolean;
  onVote: (choice: VoteChoice, comment: string | null) => Promise<string | null>;
}

/** The board's vote on the current case and the live tally. */
export function VotePanel({ tally, participants, currentUserId, canVote, onVote }: VotePanelProps) {
  const mine = voteOf(tally, currentUserId);
  const [choice, setChoice] = useState<VoteChoice | null>(null);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const nameOf = (userId: string) => participants.find((p) => p.userId === userId)?.displayName ?? 'A board member';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setProblem('Choose agree, disagree or abstain.');
      return;
    }
    setSending(true);
    const refused = await onVote(choice, comment.trim() || null);
    setSending(false);
    setProblem(refused);
    if (!refused) {
      // Counted: the vote and its comment now show in the tally above.
      setChoice(null);
      setComment('');
    }
  };

  return (
    <section className="card live-card" aria-labelledby="live-vote">
      <h2 id="live-vote">Vote</h2>
      <div aria-live="polite">
        <p className="tally-summary">{tallySummary(tally)}</p>
      </div>
      <table className="tally-table">
        <caption className="visually-hidden">Votes on the current case</caption>
        <thead>
          <tr>
            <th scope="col">Vote</th>
            <th scope="col">Count</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {tallyRows(tally).map((row) => (
            <tr key={row.choice}>
              <th scope="row">{row.label}</th>
              <td>{row.count}</td>
              <td>
                <span className="tally-bar" style={{ width: `${row.percent}%` }} aria-hidden="true" />
                {row.percent}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tally.votes.some((vote) => vote.comment) && (
        <ul className="vote-comments" aria-label="Comments with votes">
          {tally.votes
            .filter((vote) => vote.comment)
            .map((vote) => (
              <li key={vote.userId}>
                <strong>{nameOf(vote.userId)}</strong> ({CHOICE_LABELS[vote.choice].toLowerCase()}): {vote.comment}
              </li>
            ))}
        </ul>
      )}
      {canVote ? (
        <form onSubmit={(event) => void submit(event)} aria-label="Your vote">
          {mine && <p>You voted: {CHOICE_LABELS[mine.choice].toLowerCase()}. You can change your vote.</p>}
          <fieldset>
            <legend>Your vote</legend>
            {VOTE_CHOICES.map((value) => (
              <label key={value} className="radio-label">
                <input
                  type="radio"
                  name="vote-choice"
                  value={value}
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                />{' '}
                {CHOICE_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <label htmlFor="vote-comment" className="field-label">
            Comment (optional)
          </label>
          <textarea
            id="vote-comment"
            rows={2}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" className="button button-primary" aria-disabled={sending} disabled={sending}>
            {sending ? 'Sending your vote…' : 'Cast vote'}
          </button>
        </form>
      ) : (
        <p className="muted">Physicians, radiologists and pharmacists in the room vote; you can follow the tally.</p>
      )}
    </section>
  );
}
