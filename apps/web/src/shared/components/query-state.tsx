import type { ReactNode } from 'react';

import type { Problem } from '../problem';
import { ProblemPanel } from './problem-panel';
import { StatusMessage } from './status-message';

interface QueryStateProps {
  loading: boolean;
  problem: Problem | null;
  onRetry?: () => void;
  /** "Loading the worklist…" */
  loadingText: string;
  /** What failed, in words ("The worklist could not be loaded."). */
  errorText?: string;
  /** Rendered once data is there. */
  children: ReactNode;
  hasData: boolean;
}

/** Loading, error and loaded states of a page section, always in plain words. */
export function QueryState({ loading, problem, onRetry, loadingText, errorText, children, hasData }: QueryStateProps) {
  if (hasData) return <>{children}</>;
  if (problem && !loading) {
    const detail = problem.kind === 'not-found' ? undefined : errorText;
    return <ProblemPanel problem={problem} message={detail ? `${detail} ${messageFor(problem)}` : undefined} onRetry={onRetry} />;
  }
  return <StatusMessage>{loadingText}</StatusMessage>;
}

function messageFor(problem: Problem): string {
  switch (problem.kind) {
    case 'unreachable':
      return 'Cannot reach the Consilium server.';
    case 'forbidden':
      return 'You do not have access to it.';
    case 'internal':
      return problem.errorId ? `(reference ${problem.errorId})` : '';
    default:
      return '';
  }
}

/** A friendly "nothing here" message. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="panel panel-info">
      <p className="panel-title">{title}</p>
      {children}
    </div>
  );
}
