import { DataSource } from 'typeorm';
import { Role } from '@consilium/contracts';

/**
 * Test helpers for the meetings int-specs: READY cases, meetings, extra users with tokens.
 * Production code may not import the test harness (lint), so the harness is described here by
 * the shape the helpers use and handed in by the spec.
 */
type Who = 'coordinator' | 'radiologist' | 'physician' | 'pharmacist' | 'admin';
interface GqlResponse<T> {
  data?: T | null;
  errors?: { extensions?: { code?: string; reason?: string; field?: string } }[];
}
export interface HarnessApi {
  dataSource: DataSource;
  gql: {
    ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
    request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
    login(email: string, password: string): Promise<{ accessToken: string }>;
  };
  tokenFor(who: Who): Promise<string>;
}

export const MEETING = `id teamId title startsAt durationMinutes chairId videoLink status startedAt startedBy closedAt closedBy version
  agenda { id caseId position allocatedMinutes status deferralReason deferralNote outcomeAt outcomeBy version }`;
export const SCHEDULE = `mutation S($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${MEETING} } }`;
export const UPDATE = `mutation U($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${MEETING} } }`;
export const START = `mutation St($input: MeetingStepInput!) { startMeeting(input: $input) { ${MEETING} } }`;
export const CLOSE = `mutation Cl($input: MeetingStepInput!) { closeMeeting(input: $input) { ${MEETING} } }`;
export const GET = `query G($id: ID!) { meeting(id: $id) { ${MEETING} } }`;
export const ADD = `mutation A($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${MEETING} } }`;
export const REMOVE = `mutation Rm($input: AgendaItemStepInput!) { removeAgendaItem(input: $input) { ${MEETING} } }`;
export const REORDER = `mutation Ro($input: ReorderAgendaInput!) { reorderAgenda(input: $input) { ${MEETING} } }`;
const ITEM = `id caseId position allocatedMinutes status deferralReason deferralNote presentedAt outcomeAt outcomeBy version`;
export const MINUTES = `mutation Mi($input: SetAgendaItemMinutesInput!) { setAgendaItemMinutes(input: $input) { ${ITEM} } }`;
export const PRESENT = `mutation P($input: AgendaItemStepInput!) { presentAgendaItem(input: $input) { ${ITEM} } }`;
export const DISCUSSED = `mutation D($input: AgendaItemStepInput!) { markAgendaItemDiscussed(input: $input) { ${ITEM} } }`;
export const DEFER = `mutation Df($input: DeferAgendaItemInput!) { deferAgendaItem(input: $input) { ${ITEM} } }`;

export type Item = { id: string; caseId: string; position: number; allocatedMinutes: number; status: string; deferralReason: string | null; deferralNote: string | null; outcomeAt: string | null; outcomeBy: string | null; version: number };
export type Meeting = {
  id: string;
  teamId: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  chairId: string;
  videoLink: string | null;
  status: string;
  startedAt: string | null;
  startedBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  version: number;
  agenda: Item[];
};

const REFER = `mutation R($input: ReferCaseInput!) { referCase(input: $input) { id version } }`;
const TRIAGE = `mutation T($input: CaseTransitionInput!) { triageCase(input: $input) { id version } }`;
const READY = `mutation Y($input: CaseTransitionInput!) { markCaseReady(input: $input) { id version status } }`;
const CASE = `query K($id: ID!) { case(id: $id) { id status version events { fromStatus toStatus reason } } }`;

export type CaseView = { id: string; status: string; version: number; events: { fromStatus: string | null; toStatus: string; reason: string | null }[] };

export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

export function firstError(response: GqlResponse<unknown>) {
  const e = response.errors?.[0];
  return e ? { code: e.extensions?.code, reason: e.extensions?.reason, field: e.extensions?.field } : undefined;
}

export class MeetingFixtures {
  private mrn = 0;
  teams: Record<'lung' | 'hepato' | 'neuro', string> = { lung: '', hepato: '', neuro: '' };
  users: Record<Who, string> = { coordinator: '', radiologist: '', physician: '', pharmacist: '', admin: '' };
  tokens: Record<Who, string> = { coordinator: '', radiologist: '', physician: '', pharmacist: '', admin: '' };

  constructor(
    private readonly api: HarnessApi,
    private readonly prefix: string,
    private readonly password: string,
  ) {}

  async init(): Promise<this> {
    const teams: { id: string; name: string }[] = await this.api.dataSource.query(`SELECT id, name FROM teams`);
    const team = (name: string) => teams.find((t) => t.name === name)!.id;
    this.teams = { lung: team('Lung'), hepato: team('Hepatobiliary'), neuro: team('Neuro-oncology') };
    for (const who of Object.keys(this.users) as Who[]) {
      const [{ id }] = await this.api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [`${who}@consilium.test`]);
      this.users[who] = id;
      this.tokens[who] = await this.api.tokenFor(who);
    }
    return this;
  }

  /** A user with these roles, member of these teams only, signed in. */
  async user(name: string, roles: Role[], teamIds: string[]): Promise<{ id: string; token: string }> {
    const email = `${this.prefix}-${name}@consilium.test`;
    const [{ id }] = await this.api.dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, roles)
       SELECT $1, $2, password_hash, $3::user_role[] FROM users WHERE email = 'coordinator@consilium.test' RETURNING id`,
      [email, name, roles],
    );
    for (const teamId of teamIds) await this.api.dataSource.query(`INSERT INTO team_memberships (team_id, user_id) VALUES ($1, $2)`, [teamId, id]);
    const { accessToken } = await this.api.gql.login(email, this.password);
    return { id, token: accessToken };
  }

  /** A case of the team taken REFERRED → TRIAGED → READY (readiness overridden with a reason). */
  async readyCase(teamId = this.teams.lung): Promise<string> {
    const id = await this.triagedCase(teamId);
    const kase = await this.readCase(id);
    await this.api.gql.ok(READY, { input: { caseId: id, expectedVersion: kase.version, reason: 'Test: checklist reviewed by hand' } }, this.tokens.coordinator);
    return id;
  }

  async triagedCase(teamId = this.teams.lung): Promise<string> {
    this.mrn += 1;
    const input = {
      teamId,
      patient: { mrn: `${this.prefix}-${this.mrn}`, givenName: 'Ada', familyName: 'Lovelace', birthDate: '1955-12-10', sex: 'FEMALE' },
      referralDate: new Date().toISOString().slice(0, 10),
      referralSource: 'Oncology clinic',
      priority: 'ROUTINE',
    };
    const { referCase } = await this.api.gql.ok<{ referCase: { id: string; version: number } }>(REFER, { input }, this.tokens.coordinator);
    await this.api.gql.ok(TRIAGE, { input: { caseId: referCase.id, expectedVersion: referCase.version } }, this.tokens.coordinator);
    return referCase.id;
  }

  async readCase(id: string): Promise<CaseView> {
    return (await this.api.gql.ok<{ case: CaseView }>(CASE, { id }, this.tokens.coordinator)).case;
  }

  async schedule(patch: Record<string, unknown> = {}, token = this.tokens.coordinator): Promise<Meeting> {
    const input = { teamId: this.teams.lung, title: 'Lung MDT', startsAt: hoursFromNow(24), durationMinutes: 90, chairId: this.users.physician, videoLink: 'https://meet.example.org/lung', ...patch };
    return (await this.api.gql.ok<{ scheduleMeeting: Meeting }>(SCHEDULE, { input }, token)).scheduleMeeting;
  }

  async get(id: string, token = this.tokens.coordinator): Promise<Meeting> {
    return (await this.api.gql.ok<{ meeting: Meeting }>(GET, { id }, token)).meeting;
  }

  /** Lists each case in turn; returns the meeting after the last one. */
  async withCases(meeting: Meeting, caseIds: string[], minutes = 10): Promise<Meeting> {
    let current = meeting;
    for (const caseId of caseIds) {
      current = (await this.api.gql.ok<{ addAgendaItem: Meeting }>(ADD, { input: { meetingId: current.id, expectedVersion: current.version, caseId, allocatedMinutes: minutes } }, this.tokens.coordinator)).addAgendaItem;
    }
    return current;
  }

  async start(meeting: Meeting, token = this.tokens.coordinator): Promise<Meeting> {
    return (await this.api.gql.ok<{ startMeeting: Meeting }>(START, { input: { meetingId: meeting.id, expectedVersion: meeting.version } }, token)).startMeeting;
  }

  async present(item: Item, token = this.tokens.coordinator): Promise<Item> {
    return (await this.api.gql.ok<{ presentAgendaItem: Item }>(PRESENT, { input: { itemId: item.id, expectedVersion: item.version } }, token)).presentAgendaItem;
  }

  async auditActions(entityId: string): Promise<string[]> {
    const rows: { action: string }[] = await this.api.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [entityId]);
    return rows.map((r) => r.action);
  }
}
