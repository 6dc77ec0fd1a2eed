import { createFeatureTestApp, errorCodes, startTestApi, TestApi } from '@consilium/server-testing';
import { IdentityModule } from '../index';

const USERS = `query { users { id email roles active version teams { name } } }`;
const CREATE_USER = `mutation C($input: CreateUserInput!) { createUser(input: $input) { id email roles version teams { name } } }`;
const SET_ROLES = `mutation S($input: SetUserRolesInput!) { setUserRoles(input: $input) { id roles version } }`;
const DEACTIVATE = `mutation D($input: UserVersionInput!) { deactivateUser(input: $input) { id active version } }`;
const REACTIVATE = `mutation R($input: UserVersionInput!) { reactivateUser(input: $input) { id active version } }`;
const ADD = `mutation A($input: TeamMemberInput!) { addTeamMember(input: $input) { id teams { name } } }`;
const REMOVE = `mutation R($input: TeamMemberInput!) { removeTeamMember(input: $input) { id teams { name } } }`;
const CREATE_TEAM = `mutation T($input: CreateTeamInput!) { createTeam(input: $input) { id name } }`;
const TEAMS = `query { teams { id name } }`;
const ME = `query { me { email roles } }`;

type User = { id: string; email: string; roles: string[]; active: boolean; version: number; teams: { name: string }[] };

describe('administration of users and teams (real PostgreSQL)', () => {
  let api: TestApi;
  let admin: string;
  let teams: { id: string; name: string }[];
  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule]));
    admin = await api.tokenFor('admin');
    teams = (await api.gql.ok<{ teams: { id: string; name: string }[] }>(TEAMS, {}, admin)).teams;
  });
  afterAll(() => api.close());

  let counter = 0;
  async function createUser(roles = ['RADIOLOGIST'], teamNames: string[] = []): Promise<User> {
    counter += 1;
    const input = {
      email: `user${counter}@hospital.test`,
      displayName: `User ${counter}`,
      password: 'correct-horse-battery',
      roles,
      teamIds: teams.filter((t) => teamNames.includes(t.name)).map((t) => t.id),
    };
    return (await api.gql.ok<{ createUser: User }>(CREATE_USER, { input }, admin)).createUser;
  }

  it('creates a user with roles and teams who can then sign in; the action is audited', async () => {
    const user = await createUser(['PHYSICIAN', 'RADIOLOGIST'], ['Lung']);
    expect(user.roles).toEqual(['PHYSICIAN', 'RADIOLOGIST']);
    expect(user.teams.map((t) => t.name)).toEqual(['Lung']);
    const tokens = await api.gql.login(user.email, 'correct-horse-battery');
    const me = await api.gql.ok<{ me: { roles: string[] } }>(ME, {}, tokens.accessToken);
    expect(me.me.roles).toEqual(['PHYSICIAN', 'RADIOLOGIST']);
    const [audit] = await api.dataSource.query(`SELECT action, data FROM audit_events WHERE entity_id = $1`, [user.id]);
    expect(audit.action).toBe('user.created');
    expect(JSON.stringify(audit.data)).not.toContain('correct-horse-battery');
  });

  it('refuses a duplicate email with CONFLICT on input.email and writes nothing', async () => {
    const before = await api.dataSource.query('SELECT count(*)::int AS n FROM users');
    const response = await api.gql.request(
      CREATE_USER,
      { input: { email: 'Physician@consilium.test', displayName: 'X', password: 'long-enough-password', roles: ['PHYSICIAN'] } },
      admin,
    );
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors?.[0].extensions?.field).toBe('input.email');
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM users')).toEqual(before);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, 'input.email'],
    ['a short password', { password: 'short' }, 'input.password'],
    ['no roles', { roles: [] }, 'input.roles'],
    ['an unknown team id', { teamIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.teamIds'],
    ['a malformed team id', { teamIds: ['lung'] }, 'input.teamIds'],
    ['an empty display name', { displayName: '   ' }, 'input.displayName'],
  ])('refuses %s with BAD_USER_INPUT or NOT_FOUND naming %s', async (_label, patch, field) => {
    const before = await api.dataSource.query('SELECT count(*)::int AS n FROM users');
    const input = { email: 'fresh@hospital.test', displayName: 'Fresh', password: 'long-enough-password', roles: ['PHYSICIAN'], ...patch };
    const response = await api.gql.request(CREATE_USER, { input }, admin);
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(errorCodes(response)[0]);
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM users')).toEqual(before);
  });

  it('sets roles with optimistic concurrency: a stale expectedVersion gets CONFLICT', async () => {
    const user = await createUser(['RADIOLOGIST']);
    const updated = (await api.gql.ok<{ setUserRoles: User }>(SET_ROLES, { input: { userId: user.id, roles: ['PHARMACIST'], expectedVersion: user.version } }, admin)).setUserRoles;
    expect(updated.roles).toEqual(['PHARMACIST']);
    expect(updated.version).toBe(user.version + 1);
    const stale = await api.gql.request(SET_ROLES, { input: { userId: user.id, roles: ['PHYSICIAN'], expectedVersion: user.version } }, admin);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const [row] = await api.dataSource.query('SELECT roles::text[] AS roles FROM users WHERE id = $1', [user.id]);
    expect(row.roles).toEqual(['PHARMACIST']);
  });

  it('a role change applies to the next request of an already signed-in user', async () => {
    const user = await createUser(['ADMINISTRATOR']);
    const tokens = await api.gql.login(user.email, 'correct-horse-battery');
    expect((await api.gql.request(USERS, {}, tokens.accessToken)).errors).toBeUndefined();
    await api.gql.ok(SET_ROLES, { input: { userId: user.id, roles: ['COORDINATOR'], expectedVersion: user.version } }, admin);
    expect(errorCodes(await api.gql.request(USERS, {}, tokens.accessToken))).toEqual(['FORBIDDEN']);
  });

  it("deactivation stops the user's access and refresh tokens at once, and blocks sign-in", async () => {
    const user = await createUser(['PHYSICIAN'], ['Lung']);
    const tokens = await api.gql.login(user.email, 'correct-horse-battery');
    expect((await api.gql.request(ME, {}, tokens.accessToken)).errors).toBeUndefined();

    const done = (await api.gql.ok<{ deactivateUser: User }>(DEACTIVATE, { input: { userId: user.id, expectedVersion: user.version } }, admin)).deactivateUser;
    expect(done.active).toBe(false);

    expect(errorCodes(await api.gql.request(ME, {}, tokens.accessToken))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.gql.request(`mutation { refresh(refreshToken: "${tokens.refreshToken}") { accessToken } }`))).toEqual(['UNAUTHENTICATED']);
    await expect(api.gql.login(user.email, 'correct-horse-battery')).rejects.toThrow(/UNAUTHENTICATED/);

    const back = (await api.gql.ok<{ reactivateUser: User }>(REACTIVATE, { input: { userId: user.id, expectedVersion: done.version } }, admin)).reactivateUser;
    expect(back.active).toBe(true);
    await expect(api.gql.login(user.email, 'correct-horse-battery')).resolves.toHaveProperty('accessToken');
    // The old session stays dead after reactivation.
    expect(errorCodes(await api.gql.request(ME, {}, tokens.accessToken))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses to deactivate yourself or to remove the last active administrator', async () => {
    const [me] = await api.dataSource.query(`SELECT id, version FROM users WHERE email = 'admin@consilium.test'`);
    const self = await api.gql.request(DEACTIVATE, { input: { userId: me.id, expectedVersion: me.version } }, admin);
    expect(self.errors?.[0].extensions?.reason).toBe('SELF_DEACTIVATION');

    const other = await createUser(['ADMINISTRATOR']);
    const otherToken = (await api.gql.login(other.email, 'correct-horse-battery')).accessToken;
    // Make every other administrator a non-administrator, then try to demote the last one.
    const admins: { id: string; version: number }[] = await api.dataSource.query(
      `SELECT id, version FROM users WHERE 'ADMINISTRATOR' = ANY(roles::text[]) AND active AND id NOT IN ($1, $2)`,
      [me.id, other.id],
    );
    for (const a of admins) {
      await api.gql.ok(SET_ROLES, { input: { userId: a.id, roles: ['COORDINATOR'], expectedVersion: a.version } }, admin);
    }
    await api.gql.ok(SET_ROLES, { input: { userId: other.id, roles: ['COORDINATOR'], expectedVersion: other.version } }, admin);
    const last = await api.gql.request(SET_ROLES, { input: { userId: me.id, roles: ['COORDINATOR'], expectedVersion: me.version } }, otherToken);
    expect(errorCodes(last)).toEqual(['FORBIDDEN']); // the other is no longer an administrator
    const selfDemote = await api.gql.request(SET_ROLES, { input: { userId: me.id, roles: ['COORDINATOR'], expectedVersion: me.version } }, admin);
    expect(selfDemote.errors?.[0].extensions?.reason).toBe('LAST_ADMINISTRATOR');
  });

  it('adds and removes team members idempotently; unknown ids are NOT_FOUND', async () => {
    const user = await createUser(['PHARMACIST']);
    const lung = teams.find((t) => t.name === 'Lung')!;
    const added = (await api.gql.ok<{ addTeamMember: User }>(ADD, { input: { teamId: lung.id, userId: user.id } }, admin)).addTeamMember;
    expect(added.teams.map((t) => t.name)).toEqual(['Lung']);
    await api.gql.ok(ADD, { input: { teamId: lung.id, userId: user.id } }, admin);
    const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM team_memberships WHERE user_id = $1', [user.id]);
    expect(n).toBe(1);
    const removed = (await api.gql.ok<{ removeTeamMember: User }>(REMOVE, { input: { teamId: lung.id, userId: user.id } }, admin)).removeTeamMember;
    expect(removed.teams).toEqual([]);
    const unknown = await api.gql.request(ADD, { input: { teamId: '00000000-0000-4000-8000-000000000000', userId: user.id } }, admin);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors?.[0].extensions?.field).toBe('input.teamId');
  });

  it('creates teams with unique names; non-members see only their own teams', async () => {
    const team = (await api.gql.ok<{ createTeam: { id: string; name: string } }>(CREATE_TEAM, { input: { name: '  Breast ' } }, admin)).createTeam;
    expect(team.name).toBe('Breast');
    expect(errorCodes(await api.gql.request(CREATE_TEAM, { input: { name: 'Breast' } }, admin))).toEqual(['CONFLICT']);
    const physician = await api.tokenFor('physician');
    const visible = (await api.gql.ok<{ teams: { name: string }[] }>(TEAMS, {}, physician)).teams.map((t) => t.name);
    expect(visible).toEqual(['Hepatobiliary', 'Lung', 'Neuro-oncology']);
  });

  it.each(['coordinator', 'radiologist', 'physician', 'pharmacist'] as const)(
    'a %s cannot administer users or teams (FORBIDDEN, nothing written)',
    async (who) => {
      const token = await api.tokenFor(who);
      const before = await api.dataSource.query('SELECT count(*)::int AS n FROM users');
      expect(errorCodes(await api.gql.request(USERS, {}, token))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql.request(CREATE_USER, { input: { email: 'x@y.z', displayName: 'X', password: 'long-enough-password', roles: ['ADMINISTRATOR'] } }, token))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql.request(CREATE_TEAM, { input: { name: 'Sneaky' } }, token))).toEqual(['FORBIDDEN']);
      expect(await api.dataSource.query('SELECT count(*)::int AS n FROM users')).toEqual(before);
    },
  );

  it('keeps the audit trail append-only and its hash chain intact', async () => {
    await expect(api.dataSource.query(`UPDATE audit_events SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    const rows: { prev_hash: string; hash: string }[] = await api.dataSource.query('SELECT prev_hash, hash FROM audit_events ORDER BY id');
    expect(rows.length).toBeGreaterThan(3);
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i].hash));
  });
});
