import { useState, type FormEvent } from 'react';

import type { AdminUserFragment } from '../../../gql/graphql';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { useDirectoryMutations } from '../hooks/use-admin';

interface Team {
  id: string;
  name: string;
}

/** Teams, a new team, and who belongs to the selected team. */
export function TeamsSection({ teams, users, teamId, onTeam }: { teams: readonly Team[]; users: readonly AdminUserFragment[]; teamId: string; onTeam: (id: string) => void }) {
  const { createTeam, addMember, removeMember, problem } = useDirectoryMutations();
  const [name, setName] = useState('');
  const team = teams.find((t) => t.id === teamId);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const result = await createTeam({ variables: { input: { name } } });
    if (result.data) {
      setName('');
      onTeam(result.data.createTeam.id);
    }
  };

  return (
    <section aria-labelledby="admin-teams">
      <h2 id="admin-teams">Teams and members</h2>
      <form className="kpi-filter" onSubmit={(e) => void create(e).catch(() => undefined)}>
        <div className="field">
          <label htmlFor="admin-new-team">New team</label>
          <input id="admin-new-team" value={name} maxLength={100} required onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="button button-secondary">
          Create team
        </button>
      </form>
      {problem && <ProblemPanel problem={problem} />}
      <div className="field">
        <label htmlFor="admin-team">Team</label>
        <select id="admin-team" value={teamId} onChange={(e) => onTeam(e.target.value)}>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {team && (
        <table className="kpi-table">
          <caption>Members of {team.name}</caption>
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Email</th>
              <th scope="col">Member</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => {
              const member = user.teams.some((t) => t.id === team.id);
              const input = { teamId: team.id, userId: user.id };
              return (
                <tr key={user.id}>
                  <th scope="row">{user.displayName}</th>
                  <td>{user.email}</td>
                  <td>{member ? 'yes' : 'no'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-link"
                      onClick={() => void (member ? removeMember({ variables: { input } }) : addMember({ variables: { input } })).catch(() => undefined)}
                    >
                      {member ? 'Remove' : 'Add'}
                      <span className="visually-hidden">
                        {' '}
                        {user.displayName} {member ? 'from' : 'to'} {team.name}
                      </span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
