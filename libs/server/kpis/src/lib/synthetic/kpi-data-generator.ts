/**
 * Synthetic MDT activity for KPI benchmarks and smoke tests: teams, weekly meetings with
 * attendance, and `cases` cases each with a realistic journey — referral, triage, readiness
 * (sometimes overridden), listing, deferral or not reached at a meeting now and then,
 * discussion, a decision proposed and signed, a follow-up scan fulfilled in time, late or not
 * at all — written with set-based SQL (`generate_series`), so a million cases take minutes.
 * Only synthetic data; nothing here runs in the api.
 */
export interface KpiDataOptions {
  cases: number;
  teams: number;
  /** First referral day (YYYY-MM-DD). */
  from: string;
  /** The generation's "today": no event is later than this (YYYY-MM-DD). */
  until: string;
  /** 0 ≤ seed < 1, for PostgreSQL's setseed. */
  seed: number;
}

export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export const DEFAULT_KPI_DATA: KpiDataOptions = { cases: 1_000_000, teams: 20, from: '2023-01-02', until: '2026-11-29', seed: 0.42 };

const DEFERRAL_CODES = ['MISSING_IMAGING', 'MISSING_PATHOLOGY', 'MISSING_PHARMACIST_REVIEW', 'KEY_MEMBER_ABSENT', 'OUT_OF_TIME'];

/** The steps, in order; each is one SQL statement (progress is reported per step). */
export function kpiDataSteps(o: KpiDataOptions): [string, string][] {
  const until = `'${o.until}'::date`;
  const untilTs = `('${o.until}'::date + 1)::timestamp AT TIME ZONE 'UTC'`;
  const span = `('${o.until}'::date - '${o.from}'::date)`;
  const codes = `ARRAY[${DEFERRAL_CODES.map((c) => `'${c}'`).join(', ')}]::deferral_reason[]`;
  return [
    ['seed', `SELECT setseed(${o.seed})`],
    [
      'users',
      `INSERT INTO users (email, display_name, password_hash, roles, active) SELECT 'synthetic-' || r.n || '@kpi.invalid', 'Synthetic ' || r.n, '!', r.roles::user_role[], true
         FROM (VALUES (1, '{PHYSICIAN}'), (2, '{PHYSICIAN}'), (3, '{PHYSICIAN}'), (4, '{RADIOLOGIST}'), (5, '{RADIOLOGIST}'), (6, '{PHARMACIST}'), (7, '{COORDINATOR}')) r(n, roles)
       ON CONFLICT DO NOTHING`,
    ],
    [
      'teams',
      `CREATE TEMP TABLE gen_teams AS
       SELECT t - 1 AS idx, gen_random_uuid() AS id FROM generate_series(1, ${o.teams}) t;
       INSERT INTO teams (id, name) SELECT id, 'Synthetic team ' || lpad((idx + 1)::text, 3, '0') || ' ' || left(id::text, 8) FROM gen_teams`,
    ],
    [
      'meetings',
      // Weekly per team, 09:00–11:00 UTC, from the week of the first referral to 12 weeks after "today".
      `CREATE TEMP TABLE gen_meetings AS
       SELECT gt.idx AS team_idx, gt.id AS team_id, k, gen_random_uuid() AS id,
              (('${o.from}'::date + (gt.idx % 5) + 7 * k)::timestamp + interval '9 hours') AT TIME ZONE 'UTC' AS at
         FROM gen_teams gt CROSS JOIN generate_series(0, (${span} / 7) + 12) k;
       CREATE INDEX ON gen_meetings (team_idx, k);
       INSERT INTO meetings (id, team_id, title, starts_at, duration_minutes, chair_id, status, started_at, started_by, closed_at, closed_by, created_by)
       SELECT m.id, m.team_id, 'Weekly MDT', m.at, 120, u.id,
              CASE WHEN m.at + interval '2 hours' <= ${untilTs} THEN 'CLOSED' ELSE 'SCHEDULED' END::meeting_status,
              CASE WHEN m.at + interval '2 hours' <= ${untilTs} THEN m.at END, CASE WHEN m.at + interval '2 hours' <= ${untilTs} THEN u.id END,
              CASE WHEN m.at + interval '2 hours' <= ${untilTs} THEN m.at + interval '2 hours' END, CASE WHEN m.at + interval '2 hours' <= ${untilTs} THEN u.id END,
              u.id
         FROM gen_meetings m CROSS JOIN (SELECT id FROM users WHERE email = 'synthetic-1@kpi.invalid') u`,
    ],
    [
      'attendance',
      // random() per meeting and person (in the select list, so it is not evaluated once per person).
      `INSERT INTO meeting_attendance (meeting_id, user_id, roles, joined_at, left_at)
       SELECT x.meeting_id, x.user_id, x.roles, x.at + (x.r2 * 10) * interval '1 minute',
              x.at + interval '2 hours' - CASE WHEN x.r2 < 0.1 THEN interval '80 minutes' ELSE interval '0 minutes' END
         FROM (SELECT m.id AS meeting_id, m.at, u.id AS user_id, u.roles, u.email, random() AS r1, random() AS r2
                 FROM gen_meetings m CROSS JOIN (SELECT id, roles, email FROM users WHERE email LIKE 'synthetic-%@kpi.invalid') u
                WHERE m.at + interval '2 hours' <= ${untilTs}) x
        WHERE x.r1 < CASE WHEN x.email LIKE 'synthetic-1@%' OR x.email LIKE 'synthetic-7@%' THEN 0.97 WHEN x.email LIKE 'synthetic-4@%' THEN 0.9 ELSE 0.75 END`,
    ],
    [
      'journeys',
      // One row per case with every instant of its journey (some beyond "today": cut below).
      `CREATE TEMP TABLE gen AS
       WITH base AS (
         SELECT i, gen_random_uuid() AS case_id, gen_random_uuid() AS patient_id, i % ${o.teams} AS team_idx,
                '${o.from}'::date + floor(random() * ${span})::int AS referral_date,
                random() AS r_ready, random() AS r_override, random() AS r_outcome, random() AS r_code, random() AS r_review,
                random() AS r_sign, random() AS r_fu, random() AS r_img
           FROM generate_series(1, ${o.cases}) i
       ), timeline AS (
         SELECT b.*, (b.referral_date::timestamp AT TIME ZONE 'UTC') + interval '9 hours' + random() * interval '8 hours' AS referred_at
           FROM base b
       ), t2 AS (
         SELECT t.*, t.referred_at + (0.2 + random() * 2) * interval '1 day' AS triaged_at FROM timeline t
       ), t3 AS (
         SELECT t.*, t.triaged_at + (1 + t.r_ready * t.r_ready * 14) * interval '1 day' AS ready_at FROM t2 t
       ), t4 AS (
         SELECT t.*, greatest(0, ceil(extract(epoch FROM t.ready_at + interval '1 day' - (('${o.from}'::date + (t.team_idx % 5))::timestamp AT TIME ZONE 'UTC' + interval '9 hours')) / 604800))::int AS k1,
                CASE WHEN t.r_outcome < 0.08 THEN 'DEFERRED' WHEN t.r_outcome < 0.11 THEN 'NOT_REACHED' ELSE 'DISCUSSED' END AS first_outcome
           FROM t3 t
       )
       SELECT t.*, m1.id AS m1_id, m1.at AS m1_at, m2.id AS m2_id, m2.at AS m2_at,
              CASE WHEN t.first_outcome = 'DISCUSSED' THEN m1.at ELSE m2.at END + (20 + random() * 90) * interval '1 minute' AS discussed_at,
              m1.at + (20 + random() * 90) * interval '1 minute' AS m1_outcome_at
         FROM t4 t
         JOIN gen_meetings m1 ON m1.team_idx = t.team_idx AND m1.k = t.k1
         JOIN gen_meetings m2 ON m2.team_idx = t.team_idx AND m2.k = t.k1 + CASE WHEN t.first_outcome = 'DEFERRED' THEN 2 ELSE 1 END`,
    ],
    [
      'decisions timeline',
      `ALTER TABLE gen ADD COLUMN proposed_at timestamptz, ADD COLUMN signed_at timestamptz, ADD COLUMN due_date date, ADD COLUMN fulfilled_on date;
       UPDATE gen SET proposed_at = discussed_at + random() * interval '2 hours';
       UPDATE gen SET signed_at = proposed_at + (r_sign * r_sign * r_sign * 120) * interval '1 hour';
       UPDATE gen SET due_date = (signed_at AT TIME ZONE 'UTC')::date + CASE WHEN r_fu < 0.5 THEN 56 ELSE 84 END;
       UPDATE gen SET fulfilled_on = due_date + floor(r_fu * 1000)::int % 30 - 8 WHERE r_fu * 7 - floor(r_fu * 7) < 0.85;
       CREATE INDEX ON gen (i)`,
    ],
    [
      'patients',
      `INSERT INTO patients (id, mrn, given_name, family_name, birth_date, sex)
       SELECT patient_id, 'SYN' || i, 'Synthetic', 'Patient ' || i, '1950-01-01'::date + (i % 15000), CASE WHEN i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END::patient_sex FROM gen`,
    ],
    [
      'cases',
      `INSERT INTO cases (id, patient_id, team_id, referral_date, referral_source, question, clinical_summary, priority, status, created_by, created_at, updated_at)
       SELECT g.case_id, g.patient_id, gt.id, g.referral_date, 'Synthetic', 'Synthetic question', 'Synthetic summary',
              CASE WHEN g.i % 7 = 0 THEN 'URGENT' ELSE 'ROUTINE' END::case_priority,
              (CASE
                WHEN g.triaged_at > ${untilTs} THEN 'REFERRED'
                WHEN g.ready_at > ${untilTs} THEN 'TRIAGED'
                WHEN g.ready_at + interval '2 hours' > ${untilTs} THEN 'READY'
                WHEN g.first_outcome <> 'DISCUSSED' AND g.m1_outcome_at > ${untilTs} THEN 'LISTED'
                WHEN g.first_outcome = 'DEFERRED' AND g.m1_outcome_at + interval '4 days' > ${untilTs} THEN 'DEFERRED'
                WHEN g.first_outcome = 'NOT_REACHED' AND g.m1_at + interval '2 hours' + interval '1 hour' > ${untilTs} THEN 'READY'
                WHEN g.discussed_at > ${untilTs} THEN 'LISTED'
                WHEN g.signed_at > ${untilTs} THEN 'DISCUSSED'
                ELSE 'IN_FOLLOW_UP' END)::case_status,
              u.id, g.referred_at, g.referred_at
         FROM gen g JOIN gen_teams gt ON gt.idx = g.team_idx CROSS JOIN (SELECT id FROM users WHERE email = 'synthetic-7@kpi.invalid') u`,
    ],
    [
      'case events',
      `INSERT INTO case_events (case_id, from_status, to_status, actor_id, occurred_at, reason)
       SELECT e.case_id, e.from_status::case_status, e.to_status::case_status, u.id, e.at, e.reason
         FROM gen g CROSS JOIN (SELECT id FROM users WHERE email = 'synthetic-7@kpi.invalid') u
        CROSS JOIN LATERAL (VALUES
          (g.case_id, NULL, 'REFERRED', g.referred_at, NULL),
          (g.case_id, 'REFERRED', 'TRIAGED', g.triaged_at, NULL),
          (g.case_id, 'TRIAGED', 'READY', g.ready_at, CASE WHEN g.r_override < 0.1 THEN 'Readiness override: synthetic' END),
          (g.case_id, 'READY', 'LISTED', g.ready_at + interval '2 hours', NULL),
          (g.case_id, 'LISTED', CASE g.first_outcome WHEN 'DEFERRED' THEN 'DEFERRED' WHEN 'NOT_REACHED' THEN 'READY' END, g.m1_outcome_at,
             CASE g.first_outcome WHEN 'DEFERRED' THEN 'Deferred at Weekly MDT: ' || (${codes})[1 + floor(g.r_code * 5)::int] WHEN 'NOT_REACHED' THEN 'Not reached at Weekly MDT' END),
          (g.case_id, 'DEFERRED', CASE WHEN g.first_outcome = 'DEFERRED' THEN 'READY' END, g.m1_outcome_at + interval '4 days', NULL),
          (g.case_id, 'READY', CASE WHEN g.first_outcome <> 'DISCUSSED' THEN 'LISTED' END,
             CASE WHEN g.first_outcome = 'DEFERRED' THEN g.m1_outcome_at + interval '4 days 1 hour' ELSE g.m1_at + interval '3 hours' END, NULL),
          (g.case_id, 'LISTED', 'DISCUSSED', g.discussed_at, NULL),
          (g.case_id, 'DISCUSSED', 'DECISION_SIGNED', g.signed_at, NULL),
          (g.case_id, 'DECISION_SIGNED', 'IN_FOLLOW_UP', g.signed_at, NULL)
        ) e(case_id, from_status, to_status, at, reason)
        WHERE e.to_status IS NOT NULL AND e.at <= ${untilTs}`,
    ],
    [
      'agenda items',
      `INSERT INTO meeting_agenda_items (meeting_id, case_id, position, allocated_minutes, status, deferral_reason, outcome_at, outcome_by, added_by)
       SELECT a.meeting_id, g.case_id, 1 + g.i % 40, 10,
              (CASE WHEN a.outcome_at > ${untilTs} THEN 'LISTED' ELSE a.status END)::agenda_item_status,
              CASE WHEN a.outcome_at <= ${untilTs} THEN a.reason END,
              CASE WHEN a.outcome_at <= ${untilTs} THEN a.outcome_at END, CASE WHEN a.outcome_at <= ${untilTs} THEN u.id END, u.id
         FROM gen g CROSS JOIN (SELECT id FROM users WHERE email = 'synthetic-7@kpi.invalid') u
        CROSS JOIN LATERAL (VALUES
          (g.m1_id, CASE WHEN g.first_outcome = 'DISCUSSED' THEN 'DISCUSSED' ELSE g.first_outcome END, g.m1_outcome_at,
             CASE WHEN g.first_outcome = 'DEFERRED' THEN (${codes})[1 + floor(g.r_code * 5)::int] END, g.ready_at + interval '2 hours'),
          (CASE WHEN g.first_outcome <> 'DISCUSSED' THEN g.m2_id END, 'DISCUSSED', g.discussed_at, NULL::deferral_reason,
             CASE WHEN g.first_outcome = 'DEFERRED' THEN g.m1_outcome_at + interval '4 days 1 hour' ELSE g.m1_at + interval '3 hours' END)
        ) a(meeting_id, status, outcome_at, reason, listed_at)
        WHERE a.meeting_id IS NOT NULL AND a.listed_at <= ${untilTs}`,
    ],
    [
      'imaging reports',
      `INSERT INTO imaging_reports (case_id, modality, study_date, accession_number, body_region, status, author_id, finalised_at, created_at, updated_at)
       SELECT g.case_id, 'CT', s.study_date, 'A' || g.i, 'Chest', 'FINAL', u.id, s.finalised_at, s.finalised_at, s.finalised_at
         FROM gen g CROSS JOIN (SELECT id FROM users WHERE email = 'synthetic-4@kpi.invalid') u
        CROSS JOIN LATERAL (SELECT g.referral_date - floor(g.r_img * 10)::int AS study_date) d
        CROSS JOIN LATERAL (SELECT d.study_date, (d.study_date::timestamp AT TIME ZONE 'UTC') + (2 + g.r_img * g.r_img * 120) * interval '1 hour' AS finalised_at) s
        WHERE s.finalised_at <= ${untilTs}`,
    ],
    [
      'pharmacist reviews',
      `INSERT INTO pharmacist_reviews (case_id, status, opened_by, review_date, computed, computed_at, signed_by, signed_by_name, signed_at)
       SELECT g.case_id, 'SIGNED', u.id, (s.at AT TIME ZONE 'UTC')::date, '{}', s.at, u.id, 'Synthetic 6', s.at
         FROM gen g CROSS JOIN (SELECT id FROM users WHERE email = 'synthetic-6@kpi.invalid') u
        CROSS JOIN LATERAL (SELECT CASE WHEN g.r_review < 0.88 THEN g.ready_at - g.r_review * interval '2 days' ELSE g.discussed_at + interval '1 day' END AS at) s
        WHERE g.r_review < 0.93 AND s.at <= ${untilTs}`,
    ],
    [
      'decisions',
      `ALTER TABLE gen ADD COLUMN decision_id uuid;
       UPDATE gen SET decision_id = gen_random_uuid() WHERE proposed_at <= ${untilTs};
       INSERT INTO decisions (id, case_id, revision, status, recommendation, intent, rationale, created_by, proposed_by, proposed_at, signed_by, signed_by_name, signed_at, created_at, updated_at)
       SELECT g.decision_id, g.case_id, 1, (CASE WHEN g.signed_at <= ${untilTs} THEN 'SIGNED' ELSE 'PROPOSED' END)::decision_status,
              'SURGERY', 'CURATIVE', 'Synthetic', u.id, u.id, g.proposed_at,
              CASE WHEN g.signed_at <= ${untilTs} THEN u.id END, CASE WHEN g.signed_at <= ${untilTs} THEN 'Synthetic 1' END,
              CASE WHEN g.signed_at <= ${untilTs} THEN g.signed_at END, g.proposed_at, g.proposed_at
         FROM gen g CROSS JOIN (SELECT id FROM users WHERE email = 'synthetic-1@kpi.invalid') u
        WHERE g.decision_id IS NOT NULL`,
    ],
    [
      'follow-up reports',
      `ALTER TABLE gen ADD COLUMN fu_report_id uuid;
       UPDATE gen SET fu_report_id = gen_random_uuid() WHERE signed_at <= ${untilTs} AND fulfilled_on <= ${until};
       INSERT INTO imaging_reports (id, case_id, modality, study_date, accession_number, body_region, status, author_id, finalised_at, created_at, updated_at)
       SELECT g.fu_report_id, g.case_id, 'CT', g.fulfilled_on, 'F' || g.i, 'Chest', 'FINAL', u.id,
              least((g.fulfilled_on::timestamp AT TIME ZONE 'UTC') + (3 + g.r_img * 40) * interval '1 hour', ${untilTs}), now(), now()
         FROM gen g CROSS JOIN (SELECT id FROM users WHERE email = 'synthetic-5@kpi.invalid') u
        WHERE g.fu_report_id IS NOT NULL`,
    ],
    [
      'follow-ups',
      `INSERT INTO follow_ups (case_id, decision_id, modality, criteria, due_date, reminder_lead_days, status, fulfilled_by_report_id, fulfilled_at)
       SELECT g.case_id, g.decision_id, 'CT', 'RECIST_1_1', g.due_date, 7,
              (CASE WHEN g.fu_report_id IS NOT NULL THEN 'FULFILLED'
                    WHEN g.due_date + 14 < ${until} THEN 'OVERDUE'
                    WHEN g.due_date <= ${until} THEN 'DUE'
                    ELSE 'SCHEDULED' END)::follow_up_status,
              g.fu_report_id, CASE WHEN g.fu_report_id IS NOT NULL THEN (g.fulfilled_on::timestamp AT TIME ZONE 'UTC') + interval '12 hours' END
         FROM gen g WHERE g.signed_at <= ${untilTs}`,
    ],
    ['analyse', `DROP TABLE gen; DROP TABLE gen_meetings; DROP TABLE gen_teams; ANALYZE`],
  ];
}

/** Writes the synthetic data through one connection (temporary tables live in its session). */
export async function generateKpiData(db: SqlRunner, options: KpiDataOptions, progress: (step: string, ms: number) => void = () => undefined): Promise<void> {
  for (const [name, sql] of kpiDataSteps(options)) {
    const started = Date.now();
    await db.query(sql);
    progress(name, Date.now() - started);
  }
}
