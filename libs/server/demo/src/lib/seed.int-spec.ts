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

  it('creates the three teams and a user for every role (three physicians: one chairs), each in every team; a second run changes nothing', async () => {
    expect(await seedDemoData(ds)).toEqual({ teamsCreated: 3, usersCreated: 7, casesCreated: 12, imagingReportsCreated: 7, pharmacistReviewsOpened: 2 }); // lung 3 (baseline, PR, draft), HCC 2, glioma 2
    const first = await snapshot();
    expect(first.map((u: { email: string }) => u.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    for (const user of first) expect(user.teams).toEqual([...DEMO_TEAMS].sort());
    expect(first.map((u: { roles: string[] }) => u.roles[0]).sort()).toEqual(
      ['ADMINISTRATOR', 'COORDINATOR', 'PHARMACIST', 'PHYSICIAN', 'PHYSICIAN', 'PHYSICIAN', 'RADIOLOGIST'],
    );

    expect(await seedDemoData(ds)).toEqual({ teamsCreated: 0, usersCreated: 0, casesCreated: 0, imagingReportsCreated: 0, pharmacistReviewsOpened: 0 });
    expect(await snapshot()).toEqual(first);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM teams');
    expect(n).toBe(3);
    const counts = await ds.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_events)::int AS events`);
    expect(counts[0].cases).toBe(12);
  });

  it('spreads the demo cases over the three teams with a journey that follows the workflow', async () => {
    const perTeam = await ds.query(`SELECT t.name, count(*)::int AS n FROM cases c JOIN teams t ON t.id = c.team_id GROUP BY t.name ORDER BY t.name`);
    expect(perTeam).toEqual([
      { name: 'Hepatobiliary', n: 4 },
      { name: 'Lung', n: 5 },
      { name: 'Neuro-oncology', n: 3 },
    ]);
    // Every recorded step is allowed by the state machine, and the last one is the case's status.
    const { canTransition } = await import('@consilium/server-cases');
    const events: { case_id: string; from_status: string | null; to_status: string; status: string }[] = await ds.query(
      `SELECT e.case_id, e.from_status, e.to_status, c.status FROM case_events e JOIN cases c ON c.id = e.case_id ORDER BY e.case_id, e.occurred_at, e.id`,
    );
    for (const e of events) if (e.from_status) expect(canTransition(e.from_status as never, e.to_status as never)).toBe(true);
    const last = new Map(events.map((e) => [e.case_id, e]));
    for (const e of last.values()) expect(e.to_status).toBe(e.status);
  });
});
