import type { LiveDecision } from '@consilium/contracts';
import { useState, type FormEvent } from 'react';

import { DecisionDraftForm, type DraftInput } from './decision-draft-form';

interface SignOffPanelProps {
  decision: LiveDecision | null;
  itemStatus: string;
  quorate: boolean | undefined;
  canSign: boolean;
  /** Physicians and coordinators draft and propose. */
  canDraft: boolean;
  onSign: (inquorateReason: string | null) => Promise<string | null>;
  onDraft: (input: DraftInput) => Promise<string | null>;
  onPropose: () => Promise<string | null>;
}

const STATUS_TEXT: Record<LiveDecision['status'], string> = {
  DRAFT: 'Draft — not yet proposed',
  PROPOSED: 'Proposed — waiting for sign-off',
  SIGNED: 'Signed',
  SUPERSEDED: 'Superseded',
};

/** The case's decision and, for a physician, signing it from the room. */
export function SignOffPanel({
  decision,
  itemStatus,
  quorate,
  canSign,
  canDraft,
  onSign,
  onDraft,
  onPropose,
}: SignOffPanelProps) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const needsReason = quorate === false;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (needsReason && !reason.trim()) {
      setProblem('The board is not quorate: say why the decision is signed anyway.');
      return;
    }
    setSending(true);
    setProblem(await onSign(needsReason ? reason.trim() : null));
    setSending(false);
  };

  return (
    <section className="card live-card" aria-labelledby="live-decision">
      <h2 id="live-decision">Decision</h2>
      {!decision ? (
        <p>No decision has been drafted for this case yet.</p>
      ) : (
        <>
          <p>
            <strong>{STATUS_TEXT[decision.status]}</strong>
            {decision.status === 'SIGNED' && decision.quorate === false && ' (signed without quorum)'}
          </p>
          <p>{decision.recommendationText}</p>
        </>
      )}
      {canDraft && (!decision || decision.status === 'DRAFT') && (
        <DecisionDraftForm key={decision?.id ?? 'new'} decision={decision} onDraft={onDraft} onPropose={onPropose} />
      )}
      {canSign && decision?.status === 'PROPOSED' && (
        <form onSubmit={(event) => void submit(event)} aria-label="Sign the decision">
          {itemStatus !== 'DISCUSSED' && (
            <p className="muted">The chair marks the case as discussed before it is signed.</p>
          )}
          {needsReason && (
            <>
              <label htmlFor="inquorate-reason" className="field-label">
                The board is not quorate. Reason for signing anyway (required)
              </label>
              <textarea
                id="inquorate-reason"
                rows={2}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={problem !== null && !reason.trim()}
                aria-describedby={problem ? 'sign-problem' : undefined}
              />
            </>
          )}
          {problem && (
            <p id="sign-problem" className="field-error" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={sending}>
            {sending ? 'Signing…' : 'Sign the decision'}
          </button>
        </form>
      )}
    </section>
  );
}
