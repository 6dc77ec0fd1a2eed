// Sets up a live meeting through the public GraphQL API of a running cluster: people signed in,
// two READY cases of the Lung team on the agenda, the meeting started.
import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '@consilium/server-demo';
import { GqlClient } from '@consilium/server-testing';
import type { ApiCluster } from '../../support/api-cluster';

export const PEOPLE = ['coordinator', 'chair', 'radiologist', 'pharmacist', 'physician', 'physician2', 'admin'] as const;
export type Who = (typeof PEOPLE)[number];

export interface Person {
  who: Who;
  userId: string;
  sessionId: string;
  token: string;
}

export interface LiveMeetingFixture {
  gql: GqlClient;
  db: Client;
  teamId: string;
  meetingId: string;
  items: { id: string; caseId: string }[];
  people: Record<Who, Person>;
  /** Signs in again and returns a fresh access token. */
  freshToken(who: Who): Promise<string>;
}

function claimsOf(token: string): { sub: string; sid: string } {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string; sid: string };
}

/** An access token for a real session, signed with the cluster's secret, with the expiry we choose. */
export function mintAccessToken(secret: string, person: Pick<Person, 'userId' | 'sessionId'>, expiresInSeconds: number): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: person.userId, sid: person.sessionId, typ: 'access', iat: now - 60, exp: now + expiresInSeconds })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

export async function setUpLiveMeeting(cluster: ApiCluster, caseCount = 2): Promise<LiveMeetingFixture> {
  const gql = new GqlClient(`${cluster.urls[0]}/graphql`);
  const db = new Client({ connectionString: cluster.databaseUrl });
  await db.connect();
  const people = {} as Record<Who, Person>;
  const freshToken = async (who: Who) => (await gql.login(`${who}@consilium.test`, DEMO_PASSWORD)).accessToken;
  for (const who of PEOPLE) {
    const token = await freshToken(who);
    const claims = claimsOf(token);
    people[who] = { who, userId: claims.sub, sessionId: claims.sid, token };
  }
  const [{ id: teamId }] = (await db.query(`SELECT id FROM teams WHERE name = 'Lung'`)).rows as { id: string }[];
  // No demo case of the Lung team is READY: put some there, as the readiness checklist would.
  const cases = (
    await db.query(
      `UPDATE cases SET status = 'READY' WHERE id IN (
         SELECT id FROM cases WHERE team_id = $1 AND status NOT IN ('CLOSED', 'WITHDRAWN', 'LISTED') ORDER BY created_at, id LIMIT $2)
       RETURNING id`,
      [teamId, caseCount],
    )
  ).rows as { id: string }[];
  if (cases.length < caseCount) throw new Error(`only ${cases.length} Lung cases could be made READY`);

  const coordinator = people.coordinator.token;
  const scheduled = await gql.ok<{ scheduleMeeting: { id: string; version: number } }>(
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }`,
    { input: { teamId, title: 'Lung MDT — live test', startsAt: new Date(Date.now() + 60_000).toISOString(), durationMinutes: 60, chairId: people.chair.userId } },
    coordinator,
  );
  let { id: meetingId, version } = scheduled.scheduleMeeting;
  let items: { id: string; caseId: string }[] = [];
  for (const { id: caseId } of cases) {
    const added = await gql.ok<{ addAgendaItem: { version: number; agenda: { id: string; caseId: string }[] } }>(
      `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { version agenda { id caseId } } }`,
      { input: { meetingId, expectedVersion: version, caseId, allocatedMinutes: 10 } },
      coordinator,
    );
    version = added.addAgendaItem.version;
    items = added.addAgendaItem.agenda;
  }
  await gql.ok(`mutation($input: MeetingStepInput!) { startMeeting(input: $input) { id status } }`, { input: { meetingId, expectedVersion: version } }, coordinator);
  meetingId = scheduled.scheduleMeeting.id;
  return { gql, db, teamId, meetingId, items, people, freshToken };
}

/** Polls until `check` passes or the time is up (then throws its last error). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
