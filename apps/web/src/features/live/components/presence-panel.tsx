import type { Participant } from '@consilium/contracts';

import type { Role } from '../../../gql/graphql';
import { ROLE_LABELS } from '../../shell/workspaces';

export interface QuorumView {
  quorate: boolean;
  missing: readonly { role: Role; required: number; present: number }[];
}

interface PresencePanelProps {
  participants: readonly Participant[];
  quorum: QuorumView | undefined;
  currentUserId: string;
}

export function PresencePanel({ participants, quorum, currentUserId }: PresencePanelProps) {
  const count = participants.length;
  return (
    <section className="card live-card" aria-labelledby="live-presence">
      <h2 id="live-presence">In the room ({count})</h2>
      <QuorumIndicator quorum={quorum} />
      <ul className="live-presence-list" aria-label="People in the room">
        {participants.map((person) => (
          <li key={person.userId}>
            <span className="person-name">
              {person.displayName}
              {person.userId === currentUserId && ' (you)'}
            </span>{' '}
            {person.chair && <span className="badge">Chair</span>}{' '}
            <span className="muted">{person.roles.map((role) => ROLE_LABELS[role as Role] ?? role).join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuorumIndicator({ quorum }: { quorum: QuorumView | undefined }) {
  if (!quorum) return <p className="muted">Checking quorum…</p>;
  if (quorum.quorate) {
    return (
      <p className="quorum quorum-ok" role="status">
        <strong>Quorate</strong> — the board can sign decisions.
      </p>
    );
  }
  return (
    <div className="quorum quorum-missing" role="status">
      <p>
        <strong>Not quorate.</strong> Still needed:
      </p>
      <ul>
        {quorum.missing.map((gap) => (
          <li key={gap.role}>
            {ROLE_LABELS[gap.role]}: {gap.present} of {gap.required} present
          </li>
        ))}
      </ul>
    </div>
  );
}
