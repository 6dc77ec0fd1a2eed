import { useState } from 'react';
import '../../../shared/data-views.css';

import { hrefFor } from '../../../app/router';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { StatusMessage } from '../../../shared/components/status-message';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useHeadingFocus } from '../../../shared/hooks/use-heading-focus';
import { useDirectory } from '../hooks/use-admin';
import { TeamSettingsSection } from './team-settings-section';
import { TeamsSection } from './teams-section';
import { UsersSection } from './users-section';

/** Administration: teams and members, users' roles, and each team's rules and targets. */
export default function AdminPage() {
  const heading = useHeadingFocus();
  useDocumentTitle('Administration');
  const directory = useDirectory();
  const [teamId, setTeamId] = useState<string>('');
  const selected = teamId || directory.teams[0]?.id || '';

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        Administration
      </h1>
      <p>
        <a href={hrefFor('/kpis')}>Turnaround KPIs</a> — the dashboard of figures computed from recorded facts.
      </p>
      {directory.problem && <ProblemPanel problem={directory.problem} onRetry={() => void directory.refetch().catch(() => undefined)} />}
      {directory.loading && directory.users.length === 0 && <StatusMessage>Loading users and teams…</StatusMessage>}
      {directory.teams.length > 0 && (
        <>
          <TeamsSection teams={directory.teams} users={directory.users} teamId={selected} onTeam={setTeamId} />
          <UsersSection users={directory.users} />
          <TeamSettingsSection teams={directory.teams} teamId={selected} onTeam={setTeamId} />
        </>
      )}
    </>
  );
}
