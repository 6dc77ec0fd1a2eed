import { useState } from 'react';

import { hrefFor } from '../../../app/router';
import { Badge } from '../../../shared/components/badge';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { EmptyState, QueryState } from '../../../shared/components/query-state';
import { formatDateTime, humanize, patientName } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import type { AgendaEntryFragment, DeferralReason } from '../../../gql/graphql';
import type { Problem } from '../../../shared/problem';
import type { FeaturePageProps } from '../../shell/feature-routes';
import { agendaTiming, clockTime, moveItem } from '../agenda';
import { useMeetingAgenda, type MeetingResult } from '../hooks/use-meetings';

const REASONS: { value: DeferralReason; label: string }[] = [
  { value: 'MISSING_IMAGING', label: 'Imaging missing' },
  { value: 'MISSING_PATHOLOGY', label: 'Pathology missing' },
  { value: 'MISSING_PHARMACIST_REVIEW', label: 'Pharmacist review missing' },
  { value: 'KEY_MEMBER_ABSENT', label: 'Key member absent' },
  { value: 'OUT_OF_TIME', label: 'Out of time' },
  { value: 'OTHER', label: 'Other (say why)' },
];

export default function MeetingPage({ params }: FeaturePageProps) {
  useDocumentTitle('Meeting agenda');
  const state = useMeetingAgenda(params['id'] ?? '');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [addCaseId, setAddCaseId] = useState('');
  const [addMinutes, setAddMinutes] = useState('10');
  const m = state.meeting;

  const after = (done: string) => (result: MeetingResult) => {
    setProblem(result.ok ? null : result.problem);
    setNotice(result.ok ? done : null);
    return result.ok;
  };

  const items = m?.agenda ?? [];
  const timing = m ? agendaTiming(items, m.durationMinutes) : null;
  const editable = m?.status !== 'CLOSED';

  return (
    <>
      <p>
        <a href={hrefFor('/meetings')}>← Back to meetings</a>
      </p>
      <QueryState loading={state.loading} problem={state.problem} onRetry={state.retry} loadingText="Loading the agenda…" errorText="The meeting could not be loaded." hasData={m !== undefined}>
        {m && timing && (
          <>
            <div className="page-header">
              <h1 tabIndex={-1}>{m.title}</h1>
              <Badge tone={m.status === 'LIVE' ? 'danger' : 'info'}>{humanize(m.status)}</Badge>
            </div>
            <p>
              {formatDateTime(m.startsAt)} · {m.durationMinutes} minutes
              {m.videoLink && (
                <>
                  {' · '}
                  <a href={m.videoLink} rel="noreferrer" target="_blank">
                    Video call
                  </a>
                </>
              )}
            </p>
            <p className={timing.overMinutes > 0 ? 'panel panel-warning' : 'muted'}>
              {timing.totalMinutes} of {m.durationMinutes} minutes allocated
              {timing.overMinutes > 0 ? ` — ${timing.overMinutes} minutes over the meeting's length.` : '.'}
            </p>
            <div aria-live="polite">{notice && <p className="panel panel-info">{notice}</p>}</div>
            {problem && <ProblemPanel problem={problem} />}

            <h2>Agenda</h2>
            {items.length === 0 ? (
              <EmptyState title="The agenda is empty.">
                <p>Add ready cases below.</p>
              </EmptyState>
            ) : (
              <ol className="agenda">
                {items.map((item, index) => (
                  <AgendaRow
                    key={`${item.id}:${item.version}`}
                    item={item}
                    index={index}
                    count={items.length}
                    startsAt={timing.startsAt[item.id] !== undefined ? clockTime(m.startsAt, timing.startsAt[item.id] ?? 0) : null}
                    editable={editable}
                    busy={state.busy}
                    onMove={(delta) => void state.reorder(moveItem(items.map((i) => i.id), index, delta)).then(after('The agenda was reordered.'))}
                    onMinutes={(minutes) => state.setMinutes(item.id, minutes, item.version).then(after('Minutes saved.'))}
                    onDefer={(reason, note) => state.defer(item.id, reason, note, item.version).then(after('The case was deferred.'))}
                    onRemove={() => void state.remove(item.id, item.version).then(after('The case was taken off the agenda.'))}
                  />
                ))}
              </ol>
            )}

            {editable && (
              <section aria-labelledby="add-heading" className="card">
                <h2 id="add-heading">Add a ready case</h2>
                {!state.readyCases ? (
                  <p>Loading the ready cases…</p>
                ) : state.readyCases.length === 0 ? (
                  <p>No case of this team is ready. Cases become ready on the worklist once their checklist is complete.</p>
                ) : (
                  <form
                    className="inline-form"
                    onSubmit={(event) => {
                      event.preventDefault();
                      const minutes = Number(addMinutes);
                      if (!addCaseId || !Number.isInteger(minutes) || minutes < 1) {
                        setProblem({ kind: 'bad-input', message: 'Choose a case and give it a whole number of minutes.' });
                        return;
                      }
                      void state.addCase(addCaseId, minutes).then(after('The case was added to the agenda.')).then((ok) => ok && setAddCaseId(''));
                    }}
                  >
                    <div className="field">
                      <label htmlFor="add-case">Case</label>
                      <select id="add-case" value={addCaseId} onChange={(event) => setAddCaseId(event.target.value)}>
                        <option value="">Choose a ready case…</option>
                        {(state.readyCases ?? []).map((c) => (
                          <option key={c.id} value={c.id}>
                            {patientName(c.patient)} ({c.patient.mrn}){c.priority === 'URGENT' ? ' — urgent' : ''}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor="add-minutes">Minutes</label>
                      <input id="add-minutes" className="size-input" inputMode="numeric" value={addMinutes} onChange={(event) => setAddMinutes(event.target.value)} />
                    </div>
                    <button type="submit" className="button button-secondary" aria-disabled={state.busy}>
                      Add to the agenda
                    </button>
                  </form>
                )}
              </section>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

interface AgendaRowProps {
  item: AgendaEntryFragment;
  index: number;
  count: number;
  startsAt: string | null;
  editable: boolean;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  onMinutes: (minutes: number) => Promise<boolean>;
  onDefer: (reason: DeferralReason, note: string | undefined) => Promise<boolean>;
  onRemove: () => void;
}

function AgendaRow({ item, index, count, startsAt, editable, busy, onMove, onMinutes, onDefer, onRemove }: AgendaRowProps) {
  const [minutes, setMinutes] = useState(String(item.allocatedMinutes));
  const [deferring, setDeferring] = useState(false);
  const [reason, setReason] = useState<DeferralReason | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = patientName(item.case.patient);
  const waiting = item.status === 'LISTED';
  const n = index + 1;

  return (
    <li className="card agenda-item">
      <div className="agenda-head">
        <span className="agenda-time">{startsAt ?? '—'}</span>
        <a href={hrefFor(`/cases/${item.case.id}`)}>{name}</a>
        {item.case.priority === 'URGENT' && <Badge tone="danger">Urgent</Badge>}
        <Badge tone={item.status === 'DEFERRED' ? 'warning' : item.status === 'DISCUSSED' ? 'good' : 'neutral'}>{humanize(item.status)}</Badge>
      </div>
      <p className="small muted">
        MRN {item.case.patient.mrn}
        {item.case.diagnosisText ? ` · ${item.case.diagnosisText}` : ''}
        {item.deferralReason ? ` · deferred: ${humanize(item.deferralReason)}${item.deferralNote ? ` — ${item.deferralNote}` : ''}` : ''}
      </p>
      {error && <p className="field-error">{error}</p>}
      {editable && waiting && (
        <div className="form-actions">
          <button type="button" className="button button-secondary button-small" disabled={index === 0 || busy} onClick={() => onMove(-1)}>
            Move up<span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" className="button button-secondary button-small" disabled={index === count - 1 || busy} onClick={() => onMove(1)}>
            Move down<span className="visually-hidden"> {name}</span>
          </button>
          <label htmlFor={`minutes-${n}`}>Minutes for {name}</label>
          <input id={`minutes-${n}`} className="size-input" inputMode="numeric" value={minutes} onChange={(event) => setMinutes(event.target.value)} />
          <button
            type="button"
            className="button button-secondary button-small"
            aria-disabled={busy}
            onClick={() => {
              const value = Number(minutes);
              if (!Number.isInteger(value) || value < 1) return setError('Minutes are a whole number from 1.');
              setError(null);
              void onMinutes(value);
            }}
          >
            Save minutes<span className="visually-hidden"> for {name}</span>
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setDeferring(true)}>
            Defer…<span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" className="button button-link" aria-disabled={busy} onClick={busy ? undefined : onRemove}>
            Remove<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      )}
      {deferring && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason) return setError('Choose why the case is deferred.');
            if (reason === 'OTHER' && note.trim() === '') return setError('Say why the case is deferred.');
            setError(null);
            void onDefer(reason, note.trim() || undefined).then((ok) => ok && setDeferring(false));
          }}
        >
          <div className="field">
            <label htmlFor={`defer-reason-${n}`}>Reason for deferring {name}</label>
            <select id={`defer-reason-${n}`} value={reason} onChange={(event) => setReason(event.target.value as DeferralReason | '')}>
              <option value="">Choose…</option>
              {REASONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`defer-note-${n}`}>Note{reason === 'OTHER' ? ' (required)' : ''}</label>
            <input id={`defer-note-${n}`} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          <button type="submit" className="button button-secondary button-small" aria-disabled={busy}>
            Defer the case
          </button>
          <button type="button" className="button button-link" onClick={() => setDeferring(false)}>
            Cancel
          </button>
        </form>
      )}
    </li>
  );
}
