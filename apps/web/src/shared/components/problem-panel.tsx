import { describeProblem, type Problem } from '../problem';

interface ProblemPanelProps {
  problem: Problem;
  /** Overrides the standard sentence for this problem. */
  message?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/** An error in plain words, announced to screen readers, with an optional "Try again". */
export function ProblemPanel({ problem, message, onRetry, retrying = false }: ProblemPanelProps) {
  return (
    <div className="panel panel-error" role="alert">
      <p className="panel-title">{message ?? describeProblem(problem)}</p>
      {problem.kind === 'unreachable' && (
        <p>Check your network connection and try again. If the problem continues, contact IT support.</p>
      )}
      {problem.kind === 'internal' && problem.errorId && (
        <p>If this keeps happening, give this reference to IT support.</p>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={retrying ? undefined : onRetry}
          aria-disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      )}
    </div>
  );
}
