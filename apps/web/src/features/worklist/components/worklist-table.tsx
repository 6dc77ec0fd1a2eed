import { useState } from 'react';

import { hrefFor } from '../../../app/router';
import { Badge } from '../../../shared/components/badge';
import { formatDate, humanize, patientName } from '../../../shared/format';
import type { WorklistCase } from '../hooks/use-case-worklist';
import { ReadinessBadge } from './readiness-badge';

interface WorklistTableProps {
  cases: readonly WorklistCase[];
  busy: boolean;
  onTriage: (c: WorklistCase) => void;
  onMarkReady: (c: WorklistCase, reason?: string) => void;
}

export function WorklistTable({ cases, busy, onTriage, onMarkReady }: WorklistTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Open cases of your teams, urgent first</caption>
        <thead>
          <tr>
            <th scope="col">Patient</th>
            <th scope="col">Priority</th>
            <th scope="col">Status</th>
            <th scope="col">Referred</th>
            <th scope="col">Target discussion</th>
            <th scope="col">Readiness</th>
            <th scope="col">Next step</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={hrefFor(`/cases/${c.id}`)}>{patientName(c.patient)}</a>
                <div className="muted small">
                  MRN {c.patient.mrn}
                  {c.diagnosisText ? ` · ${c.diagnosisText}` : ''}
                </div>
              </td>
              <td>{c.priority === 'URGENT' ? <Badge tone="danger">Urgent</Badge> : <Badge>Routine</Badge>}</td>
              <td>{humanize(c.status)}</td>
              <td>{formatDate(c.referralDate)}</td>
              <td>{c.targetDiscussionDate ? formatDate(c.targetDiscussionDate) : <span className="muted">Not set</span>}</td>
              <td>
                <ReadinessBadge readiness={c.readiness} />
              </td>
              <td>
                <NextStep c={c} busy={busy} onTriage={onTriage} onMarkReady={onMarkReady} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NextStep({ c, busy, onTriage, onMarkReady }: { c: WorklistCase; busy: boolean } & Omit<WorklistTableProps, 'cases' | 'busy'>) {
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const name = patientName(c.patient);
  if (c.status === 'REFERRED' || c.status === 'DEFERRED') {
    return (
      <button type="button" className="button button-secondary button-small" aria-disabled={busy} onClick={busy ? undefined : () => onTriage(c)}>
        Triage<span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  if (c.status !== 'TRIAGED') return <span className="muted">—</span>;
  if (c.readiness.ready) {
    return (
      <button type="button" className="button button-secondary button-small" aria-disabled={busy} onClick={busy ? undefined : () => onMarkReady(c)}>
        Mark ready<span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  if (!overriding) {
    return (
      <button type="button" className="button button-quiet-dark button-small" onClick={() => setOverriding(true)}>
        Mark ready anyway…<span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() !== '') onMarkReady(c, reason.trim());
      }}
    >
      <label htmlFor={`override-${c.id}`}>Why is it ready despite the missing items?</label>
      <input id={`override-${c.id}`} value={reason} onChange={(event) => setReason(event.target.value)} />
      <button type="submit" className="button button-secondary button-small" aria-disabled={busy || reason.trim() === ''}>
        Record and mark ready
      </button>
    </form>
  );
}
