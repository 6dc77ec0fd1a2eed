import { hrefFor } from '../../../app/router';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { ROLE_LABELS, type Workspace } from '../workspaces';

/** A workspace whose screens do not exist yet: says so, and says what it will hold. */
export function WorkspacePage({ workspace }: { workspace: Workspace }) {
  useDocumentTitle(workspace.label);
  return (
    <>
      <h1 tabIndex={-1}>{workspace.label}</h1>
      <div className="panel panel-info">
        <p className="panel-title">This workspace is being built.</p>
        <p>It will hold: {workspace.purpose}</p>
        <p>Nothing on this page reads or changes patient data yet.</p>
      </div>
    </>
  );
}

export function NoAccessPage({ workspace }: { workspace: Workspace | undefined }) {
  const title = workspace?.label ?? 'No access';
  useDocumentTitle(title);
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <div className="panel panel-warning">
        <p className="panel-title">You do not have access to this {workspace ? 'workspace' : 'page'}.</p>
        <p>
          {workspace ? `It is for users with the ${ROLE_LABELS[workspace.role]} role. ` : ''}If you need it, contact your
          administrator.
        </p>
        <p>
          <a href={hrefFor('/')}>Go to your home page</a>
        </p>
      </div>
    </>
  );
}

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped or moved.</p>
      <p>
        <a href={hrefFor('/')}>Go to your home page</a>
      </p>
    </>
  );
}
