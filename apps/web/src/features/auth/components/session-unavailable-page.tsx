import { PublicLayout } from '../../../shared/components/public-layout';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { describeProblem, type Problem } from '../../../shared/problem';

interface SessionUnavailablePageProps {
  problem: Problem;
  onRetry: () => void;
}

/** Shown when a stored session could not be restored because the server did not answer. */
export function SessionUnavailablePage({ problem, onRetry }: SessionUnavailablePageProps) {
  const title = problem.kind === 'unreachable' ? 'Cannot reach the Consilium server' : 'Consilium is not available';
  useDocumentTitle(title);
  return (
    <PublicLayout>
      <div className="login-card" role="alert">
        <h1>{title}</h1>
        {problem.kind === 'unreachable' ? (
          <p>Your session is kept. Check your network connection and try again. If the problem continues, contact IT support.</p>
        ) : (
          <p>{describeProblem(problem)} Your session is kept; try again in a moment.</p>
        )}
        <button type="button" className="button button-primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </PublicLayout>
  );
}
