import { useState } from 'react';

import type { AdminUserFragment, Role } from '../../../gql/graphql';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { ROLE_LABELS } from '../../shell/workspaces';
import { useDirectoryMutations } from '../hooks/use-admin';

const ROLES = Object.keys(ROLE_LABELS) as Role[];

/** Each user's roles, changed with the version last read (a stale one is refused). */
export function UsersSection({ users }: { users: readonly AdminUserFragment[] }) {
  const { setRoles, problem } = useDirectoryMutations();
  const [drafts, setDrafts] = useState<Record<string, Role[]>>({});

  const toggle = (user: AdminUserFragment, role: Role) => {
    const current = drafts[user.id] ?? user.roles;
    setDrafts({ ...drafts, [user.id]: current.includes(role) ? current.filter((r) => r !== role) : [...current, role] });
  };
  const save = async (user: AdminUserFragment) => {
    const roles = drafts[user.id];
    if (!roles) return;
    await setRoles({ variables: { input: { userId: user.id, roles, expectedVersion: user.version } } });
    const { [user.id]: _saved, ...rest } = drafts;
    setDrafts(rest);
  };

  return (
    <section aria-labelledby="admin-users">
      <h2 id="admin-users">Users and roles</h2>
      {problem && <ProblemPanel problem={problem} />}
      <table className="kpi-table">
        <thead>
          <tr>
            <th scope="col">User</th>
            {ROLES.map((role) => (
              <th scope="col" key={role}>
                {ROLE_LABELS[role]}
              </th>
            ))}
            <th scope="col">Save</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const roles = drafts[user.id] ?? user.roles;
            return (
              <tr key={user.id}>
                <th scope="row">
                  {user.displayName}
                  {!user.active && <span className="muted"> (deactivated)</span>}
                </th>
                {ROLES.map((role) => (
                  <td key={role}>
                    <input
                      type="checkbox"
                      aria-label={`${user.displayName}: ${ROLE_LABELS[role]}`}
                      checked={roles.includes(role)}
                      onChange={() => toggle(user, role)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="button button-link"
                    onClick={drafts[user.id] ? () => void save(user).catch(() => undefined) : undefined}
                    aria-disabled={!drafts[user.id]}
                  >
                    Save<span className="visually-hidden"> roles of {user.displayName}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
