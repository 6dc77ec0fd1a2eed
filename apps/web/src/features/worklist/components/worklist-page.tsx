import { useState } from 'react';

import { hrefFor } from '../../../app/router';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { EmptyState, QueryState } from '../../../shared/components/query-state';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import type { Problem } from '../../../shared/problem';
import type { CasePriority } from '../../../gql/graphql';
import type { FeaturePageProps } from '../../shell/feature-routes';
import { useCaseSteps, useCaseWorklist, type StepResult } from '../hooks/use-case-worklist';
import { WorklistTable } from './worklist-table';

export default function WorklistPage({ user }: FeaturePageProps) {
  useDocumentTitle('Worklist');
  const [teamId, setTeamId] = useState('');
  const [priority, setPriority] = useState<CasePriority | ''>('');
  const worklist = useCaseWorklist({ teamId: teamId || undefined, priority: priority || undefined });
  const steps = useCaseSteps();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const after = (label: string) => (result: StepResult) => {
    setProblem(result.ok ? null : result.problem);
    setNotice(result.ok ? label : null);
  };

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Worklist</h1>
        <a className="button button-primary-inline" href={hrefFor('/worklist/refer')}>
          Refer a new case
        </a>
        <a className="button button-secondary" href={hrefFor('/meetings')}>
          Meetings and agendas
        </a>
      </div>
      <p className="muted">Open cases of your teams, urgent first, with what each still needs before it can be discussed.</p>

      <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filter the worklist">
        <div className="field field-inline">
          <label htmlFor="worklist-team">Team</label>
          <select id="worklist-team" value={teamId} onChange={(event) => setTeamId(event.target.value)}>
            <option value="">All my teams</option>
            {user.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="worklist-priority">Priority</label>
          <select id="worklist-priority" value={priority} onChange={(event) => setPriority(event.target.value as CasePriority | '')}>
            <option value="">Any</option>
            <option value="URGENT">Urgent</option>
            <option value="ROUTINE">Routine</option>
          </select>
        </div>
      </form>

      <div aria-live="polite">{notice && <p className="panel panel-info">{notice}</p>}</div>
      {problem && <ProblemPanel problem={problem} />}

      <QueryState
        loading={worklist.loading}
        problem={worklist.problem}
        onRetry={worklist.retry}
        loadingText="Loading the worklist…"
        errorText="The worklist could not be loaded."
        hasData={worklist.cases !== undefined}
      >
        {worklist.cases && worklist.cases.length === 0 ? (
          <EmptyState title="No open cases.">
            <p>New referrals for your teams will appear here.</p>
          </EmptyState>
        ) : (
          <>
            <p className="muted">
              {worklist.totalCount} open {worklist.totalCount === 1 ? 'case' : 'cases'}
            </p>
            <WorklistTable
              cases={worklist.cases ?? []}
              busy={steps.busy}
              onTriage={(c) => void steps.triage(c).then(after('The case was triaged.'))}
              onMarkReady={(c, reason) => void steps.markReady(c, reason).then(after('The case is ready for discussion.'))}
            />
            {worklist.hasMore && (
              <button type="button" className="button button-secondary" onClick={worklist.loadMore} aria-disabled={worklist.loading}>
                {worklist.loading ? 'Loading more…' : 'Show more cases'}
              </button>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
