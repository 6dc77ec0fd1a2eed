import type { AgendaEntry, CurrentCase, TimerState } from '@consilium/contracts';
import { useEffect, useState } from 'react';

import { formatDuration, timerElapsedMs } from '../tally';

export interface CaseLabel {
  title: string;
  question: string | null;
}

interface CasePanelProps {
  currentCase: CurrentCase | null;
  label: CaseLabel | undefined;
  timer: TimerState;
  canDrive: boolean;
  onTimer: (action: 'start' | 'pause' | 'reset') => void;
  onDiscussed: () => void;
  status: string | undefined;
}

/** The case everyone is looking at, with its timer; the chair and coordinators drive it. */
export function CasePanel({ currentCase, label, timer, canDrive, onTimer, onDiscussed, status }: CasePanelProps) {
  if (!currentCase) {
    return (
      <section className="card live-card" aria-labelledby="live-current-case">
        <h2 id="live-current-case">Current case</h2>
        <p>
          No case is being presented yet.{' '}
          {canDrive
            ? 'Choose one from the agenda to present it to everyone.'
            : 'The chair will choose one from the agenda.'}
        </p>
      </section>
    );
  }
  return (
    <section className="card live-card" aria-labelledby="live-current-case">
      <h2 id="live-current-case">Current case: {label?.title ?? 'loading…'}</h2>
      {label?.question && (
        <p>
          <span className="muted">Question for the board:</span> {label.question}
        </p>
      )}
      {status === 'DISCUSSED' && <p className="badge">Discussed — the decision can be signed</p>}
      <CaseTimer timer={timer} />
      {canDrive && (
        <div className="button-row" role="group" aria-label="Case controls">
          {timer.running ? (
            <button type="button" className="button button-secondary" onClick={() => onTimer('pause')}>
              Pause timer
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={() => onTimer('start')}>
              Start timer
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => onTimer('reset')}>
            Reset timer
          </button>
          {status !== 'DISCUSSED' && (
            <button type="button" className="button button-secondary" onClick={onDiscussed}>
              Mark as discussed
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function CaseTimer({ timer }: { timer: TimerState }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer.running) return;
    const id = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(id);
  }, [timer.running]);
  const elapsed = timerElapsedMs(timer, now);
  const allocated = timer.allocatedSeconds * 1000;
  const over = allocated > 0 && elapsed > allocated;
  return (
    <p className={over ? 'live-timer live-timer-over' : 'live-timer'}>
      <span className="muted">Time on this case:</span>{' '}
      <strong>
        <time>{formatDuration(elapsed)}</time>
      </strong>{' '}
      of {formatDuration(allocated)} {timer.running ? '(running)' : '(paused)'}
      {over && ' — over the allocated time'}
    </p>
  );
}

interface AgendaPanelProps {
  agenda: readonly AgendaEntry[];
  labels: ReadonlyMap<string, CaseLabel>;
  currentItemId: string | null;
  canDrive: boolean;
  onPresent: (agendaItemId: string) => void;
}

const STATUS_LABELS: Record<string, string> = {
  LISTED: 'Waiting',
  PRESENTING: 'Being presented',
  DISCUSSED: 'Discussed',
  DEFERRED: 'Deferred',
  NOT_REACHED: 'Not reached',
};

export function AgendaPanel({ agenda, labels, currentItemId, canDrive, onPresent }: AgendaPanelProps) {
  return (
    <section className="card live-card" aria-labelledby="live-agenda">
      <h2 id="live-agenda">Agenda</h2>
      {agenda.length === 0 ? (
        <p>The agenda is empty: no case has been listed for this meeting.</p>
      ) : (
        <ol className="live-agenda">
          {agenda.map((entry) => {
            const label = labels.get(entry.agendaItemId);
            const current = entry.agendaItemId === currentItemId;
            return (
              <li key={entry.agendaItemId} aria-current={current ? 'step' : undefined}>
                <span>{label?.title ?? 'Case'}</span>{' '}
                <span className="muted">
                  {STATUS_LABELS[entry.status] ?? entry.status} · {entry.allocatedMinutes} min
                </span>{' '}
                {canDrive && !current && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => onPresent(entry.agendaItemId)}
                    aria-label={`Present ${label?.title ?? 'this case'}`}
                  >
                    Present
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
