import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@consilium/migrations';
import { createTestDatabase, TestDatabase } from '@consilium/server-testing';
import { DEMO_TEAMS, DEMO_USERS, seedDemoData } from '../index';

describe('demo data', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const snapshot = () =>
    ds.query(`SELECT u.email, u.password_hash, u.roles::text[] AS roles, u.version, u.updated_at,
                     array(SELECT t.name FROM team_memberships m JOIN teams t ON t.id = m.team_id
                           WHERE m.user_id = u.id ORDER BY t.name) AS teams
                FROM users u ORDER BY u.email`);

  it('creates the three teams and one user per role, each in every team; a second run changes nothing', async () => {
    expect(await seedDemoData(ds)).toEqual({ teamsCreated: 3, usersCreated: 5 });
    const first = await snapshot();
    expect(first.map((u: { email: string }) => u.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    for (const user of first) expect(user.teams).toEqual([...DEMO_TEAMS].sort());
    expect(first.map((u: { roles: string[] }) => u.roles[0]).sort()).toEqual(
      ['ADMINISTRATOR', 'COORDINATOR', 'PHARMACIST', 'PHYSICIAN', 'RADIOLOGIST'],
    );

    expect(await seedDemoData(ds)).toEqual({ teamsCreated: 0, usersCreated: 0 });
    expect(await snapshot()).toEqual(first);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM teams');
    expect(n).toBe(3);
  });
});
