import { hrefFor } from '../../../app/router';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { UpcomingMeetings } from '../../meetings/components/upcoming-meetings';
import type { CurrentUser } from '../hooks/use-me';
import { ROLE_LABELS, workspacesFor } from '../workspaces';

export function HomePage({ user }: { user: CurrentUser }) {
  useDocumentTitle('Home');
  const workspaces = workspacesFor(user.roles);
  return (
    <>
      <h1 tabIndex={-1}>Welcome, {user.displayName}</h1>
      <p className="muted">Signed in as {user.email}</p>

      <div className="cards">
        <section className="card" aria-labelledby="home-roles">
          <h2 id="home-roles">Your roles</h2>
          {user.roles.length > 0 ? (
            <ul className="tag-list">
              {user.roles.map((role) => (
                <li key={role}>{ROLE_LABELS[role]}</li>
              ))}
            </ul>
          ) : (
            <p>No role has been given to you yet. Ask your administrator to assign one.</p>
          )}
        </section>

        <section className="card" aria-labelledby="home-teams">
          <h2 id="home-teams">Your MDT teams</h2>
          {user.teams.length > 0 ? (
            <ul className="tag-list">
              {user.teams.map((team) => (
                <li key={team.id}>{team.name}</li>
              ))}
            </ul>
          ) : (
            <p>
              You are not a member of any MDT team yet. Patient cases are visible only to members of their team;
              ask your administrator to add you.
            </p>
          )}
        </section>
      </div>

      {user.teams.length > 0 && <UpcomingMeetings />}

      {workspaces.length > 0 && (
        <section aria-labelledby="home-workspaces">
          <h2 id="home-workspaces">Your workspaces</h2>
          <ul className="workspace-list">
            {workspaces.map((workspace) => (
              <li key={workspace.path}>
                <a href={hrefFor(workspace.path)}>{workspace.label}</a>
                <span className="muted"> — {workspace.purpose}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
