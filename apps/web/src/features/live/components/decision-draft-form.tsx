import type { LiveDecision } from '@consilium/contracts';
import { useState, type FormEvent } from 'react';

export interface DraftInput {
  recommendation: string;
  recommendationText: string;
  intent: string;
  rationale: string;
}

const RECOMMENDATIONS: Record<string, string> = {
  START_SYSTEMIC_THERAPY: 'Start systemic therapy',
  CONTINUE_SYSTEMIC_THERAPY: 'Continue systemic therapy',
  SWITCH_SYSTEMIC_THERAPY: 'Switch systemic therapy',
  ESCALATE_SYSTEMIC_THERAPY: 'Escalate systemic therapy',
  DE_ESCALATE_SYSTEMIC_THERAPY: 'De-escalate systemic therapy',
  STOP_SYSTEMIC_THERAPY: 'Stop systemic therapy',
  SURGERY: 'Surgery',
  RADIOTHERAPY: 'Radiotherapy',
  INTERVENTIONAL_RADIOLOGY: 'Interventional radiology',
  CLINICAL_TRIAL: 'Clinical trial',
  FURTHER_INVESTIGATION: 'Further investigation',
  BEST_SUPPORTIVE_CARE: 'Best supportive care',
};

const INTENTS: Record<string, string> = { CURATIVE: 'Curative', PALLIATIVE: 'Palliative', UNCERTAIN: 'Uncertain' };

interface DecisionDraftFormProps {
  decision: LiveDecision | null;
  onDraft: (input: DraftInput) => Promise<string | null>;
  onPropose: () => Promise<string | null>;
}

/** Drafting the board's recommendation in the room, then proposing it for sign-off. */
export function DecisionDraftForm({ decision, onDraft, onPropose }: DecisionDraftFormProps) {
  const [input, setInput] = useState<DraftInput>(() => ({
    recommendation: decision?.recommendation ?? 'START_SYSTEMIC_THERAPY',
    recommendationText: decision?.recommendationText ?? '',
    intent: decision?.intent ?? 'PALLIATIVE',
    rationale: decision?.rationale ?? '',
  }));
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const set = (field: keyof DraftInput) => (event: { target: { value: string } }) =>
    setInput((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!input.recommendationText.trim()) {
      setProblem('Write the recommendation before saving the draft.');
      return;
    }
    setSending(true);
    setProblem(
      await onDraft({
        ...input,
        recommendationText: input.recommendationText.trim(),
        rationale: input.rationale.trim(),
      }),
    );
    setSending(false);
  };

  const propose = async () => {
    setSending(true);
    setProblem(await onPropose());
    setSending(false);
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Draft the decision">
      <label htmlFor="draft-recommendation" className="field-label">
        Recommendation
      </label>
      <select id="draft-recommendation" value={input.recommendation} onChange={set('recommendation')}>
        {Object.entries(RECOMMENDATIONS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor="draft-text" className="field-label">
        Recommendation in words
      </label>
      <textarea
        id="draft-text"
        rows={2}
        maxLength={10_000}
        value={input.recommendationText}
        onChange={set('recommendationText')}
      />
      <label htmlFor="draft-intent" className="field-label">
        Intent
      </label>
      <select id="draft-intent" value={input.intent} onChange={set('intent')}>
        {Object.entries(INTENTS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor="draft-rationale" className="field-label">
        Rationale
      </label>
      <textarea id="draft-rationale" rows={2} maxLength={10_000} value={input.rationale} onChange={set('rationale')} />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={sending}>
          Save draft
        </button>
        {decision?.status === 'DRAFT' && (
          <button type="button" className="button button-primary" disabled={sending} onClick={() => void propose()}>
            Propose for sign-off
          </button>
        )}
      </div>
    </form>
  );
}
