import { DataSource } from 'typeorm';

/** Writes the facts of a hand-built fixture straight into the tables (as the features would). */
export class KpiFixture {
  private n = 0;
  constructor(
    private readonly db: DataSource,
    readonly actorId: string,
  ) {}

  async team(name: string): Promise<string> {
    const [team] = await this.db.query('INSERT INTO teams (name) VALUES ($1) RETURNING id', [name]);
    return team.id;
  }

  /** A case referred on `referral` with its status steps: [to, at, reason?, from?] (from defaults to the previous step). */
  async kase(teamId: string, referral: string, steps: [string, string, string?][]): Promise<string> {
    this.n += 1;
    const [patient] = await this.db.query(
      `INSERT INTO patients (mrn, given_name, family_name, birth_date, sex) VALUES ($1, 'Test', 'Patient', '1960-01-01', 'FEMALE') RETURNING id`,
      [`KPI-${this.n}-${Date.now()}`],
    );
    const last = steps.at(-1)?.[0] ?? 'REFERRED';
    const [row] = await this.db.query(
      `INSERT INTO cases (patient_id, team_id, referral_date, referral_source, status, created_by) VALUES ($1, $2, $3, 'GP', $4, $5) RETURNING id`,
      [patient.id, teamId, referral, last, this.actorId],
    );
    let from: string | null = null;
    for (const [to, at, reason] of [['REFERRED', `${referral}T09:00:00Z`] as [string, string, string?], ...steps]) {
      await this.db.query(`INSERT INTO case_events (case_id, from_status, to_status, actor_id, occurred_at, reason) VALUES ($1, $2, $3, $4, $5, $6)`, [
        row.id,
        from,
        to,
        this.actorId,
        at,
        reason ?? null,
      ]);
      from = to;
    }
    return row.id;
  }

  async review(caseId: string, signedAt: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO pharmacist_reviews (case_id, status, opened_by, review_date, computed, computed_at, signed_by, signed_at)
       VALUES ($1, $2, $3, '2026-01-01', '{}', now(), $4, $5)`,
      [caseId, signedAt ? 'SIGNED' : 'OPEN', this.actorId, signedAt ? this.actorId : null, signedAt],
    );
  }

  async report(caseId: string, studyDate: string, finalisedAt: string | null, amends: string | null = null): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO imaging_reports (case_id, modality, study_date, body_region, status, author_id, finalised_at, amends_report_id)
       VALUES ($1, 'CT', $2, 'Chest', $3, $4, $5, $6) RETURNING id`,
      [caseId, studyDate, finalisedAt ? (amends ? 'AMENDED' : 'FINAL') : 'DRAFT', this.actorId, finalisedAt, amends],
    );
    return row.id;
  }

  async decision(caseId: string, proposedAt: string, signedAt: string | null, revision = 1): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO decisions (case_id, revision, status, recommendation, intent, rationale, created_by, proposed_by, proposed_at, signed_by, signed_at)
       VALUES ($1, $2, $3, 'SURGERY', 'CURATIVE', 'Fixture', $4, $4, $5, $6, $7) RETURNING id`,
      [caseId, revision, signedAt ? 'SIGNED' : 'PROPOSED', this.actorId, proposedAt, signedAt ? this.actorId : null, signedAt],
    );
    return row.id;
  }

  async followUp(caseId: string, decisionId: string, dueDate: string, status: string, reportId: string | null = null): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO follow_ups (case_id, decision_id, modality, criteria, due_date, reminder_lead_days, status, fulfilled_by_report_id)
       VALUES ($1, $2, 'CT', 'RECIST_1_1', $3, 7, $4, $5) RETURNING id`,
      [caseId, decisionId, dueDate, status, reportId],
    );
    return row.id;
  }
}

/** Meetings, agendas and attendance, as the meetings feature records them. */
export class MeetingFixture {
  constructor(
    private readonly db: DataSource,
    readonly actorId: string,
  ) {}

  async meeting(teamId: string, day: string, start: string, close: string | null, status = 'CLOSED'): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO meetings (team_id, title, starts_at, duration_minutes, chair_id, status, started_at, started_by, closed_at, closed_by, created_by)
       VALUES ($1, 'MDT', $2, 120, $3, $4, $5, $6, $7, $8, $3) RETURNING id`,
      [
        teamId,
        `${day}T${start}:00Z`,
        this.actorId,
        status,
        status === 'SCHEDULED' ? null : `${day}T${start}:00Z`,
        status === 'SCHEDULED' ? null : this.actorId,
        close ? `${day}T${close}:00Z` : null,
        close ? this.actorId : null,
      ],
    );
    return row.id;
  }

  async item(meetingId: string, caseId: string, position: number, status: string, outcomeAt: string, deferralReason: string | null = null): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO meeting_agenda_items (meeting_id, case_id, position, allocated_minutes, status, deferral_reason, outcome_at, outcome_by, added_by)
       VALUES ($1, $2, $3, 10, $4, $5, $6, $7, $7) RETURNING id`,
      [meetingId, caseId, position, status, deferralReason, outcomeAt, this.actorId],
    );
    return row.id;
  }

  async attend(meetingId: string, userId: string, roles: string[], joinedAt: string, leftAt: string): Promise<void> {
    await this.db.query(`INSERT INTO meeting_attendance (meeting_id, user_id, roles, joined_at, left_at) VALUES ($1, $2, $3::user_role[], $4, $5)`, [
      meetingId,
      userId,
      roles,
      joinedAt,
      leftAt,
    ]);
  }
}
