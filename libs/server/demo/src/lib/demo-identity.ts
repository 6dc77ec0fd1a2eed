import { DataSource } from 'typeorm';
import { Role } from '@consilium/contracts';
import { PasswordService } from '@consilium/server-identity';

export const DEMO_PASSWORD = 'consilium-demo';
export const DEMO_TEAMS = ['Lung', 'Hepatobiliary', 'Neuro-oncology'] as const;

export const DEMO_USERS: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'coordinator@consilium.test', displayName: 'Claire Coordinator', roles: [Role.COORDINATOR] },
  { email: 'radiologist@consilium.test', displayName: 'Dr Rafael Radiologist', roles: [Role.RADIOLOGIST] },
  { email: 'physician@consilium.test', displayName: 'Dr Phoebe Physician', roles: [Role.PHYSICIAN] },
  // A second physician and a chair (a physician who chairs the board): a live meeting needs both.
  { email: 'physician2@consilium.test', displayName: 'Dr Philip Physician', roles: [Role.PHYSICIAN] },
  { email: 'chair@consilium.test', displayName: 'Dr Charlotte Chair', roles: [Role.PHYSICIAN] },
  { email: 'pharmacist@consilium.test', displayName: 'Paul Pharmacist', roles: [Role.PHARMACIST] },
  { email: 'admin@consilium.test', displayName: 'Ada Administrator', roles: [Role.ADMINISTRATOR] },
];

/**
 * The three demo teams and one demo user per role, each a member of every team.
 * Idempotent: existing rows are left exactly as they are.
 */
export async function seedDemoIdentity(dataSource: DataSource): Promise<{ teamsCreated: number; usersCreated: number }> {
  const passwordHash = await new PasswordService().hash(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    let teamsCreated = 0;
    let usersCreated = 0;
    for (const name of DEMO_TEAMS) {
      const rows: unknown[] = await manager.query(
        'INSERT INTO teams (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id',
        [name],
      );
      teamsCreated += rows.length;
    }
    for (const user of DEMO_USERS) {
      const rows: unknown[] = await manager.query(
        `INSERT INTO users (email, display_name, password_hash, roles) VALUES ($1, $2, $3, $4::user_role[])
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [user.email, user.displayName, passwordHash, user.roles],
      );
      usersCreated += rows.length;
      await manager.query(
        `INSERT INTO team_memberships (team_id, user_id)
         SELECT t.id, u.id FROM teams t, users u WHERE t.name = ANY($1) AND u.email = $2
         ON CONFLICT DO NOTHING`,
        [[...DEMO_TEAMS], user.email],
      );
    }
    return { teamsCreated, usersCreated };
  });
}
