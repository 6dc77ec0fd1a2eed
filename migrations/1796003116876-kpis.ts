import { MigrationInterface, QueryRunner } from 'typeorm';

export class Kpis1796003116876 implements MigrationInterface {
  name = 'Kpis1796003116876';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "team_kpi_targets" ("team_id" uuid NOT NULL, "referral_to_discussion_days" integer NOT NULL DEFAULT '28', "imaging_report_hours" integer NOT NULL DEFAULT '48', "decision_signing_hours" integer NOT NULL DEFAULT '72', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_100f0592df35b7546249787d867" PRIMARY KEY ("team_id"))`);
    await queryRunner.query(`CREATE TABLE "kpi_refresh_state" ("id" smallint NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_ms" integer NOT NULL, CONSTRAINT "PK_b8eed95c01d396da64e309e22e2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "team_kpi_targets" ADD CONSTRAINT "FK_100f0592df35b7546249787d867" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // By hand: the facts every KPI is computed from (docs/kpis.md). The same text as KPI_FACTS_SQL in
    // libs/server/kpis/src/lib/kpi-facts.ts, copied so this migration never changes.
    await queryRunner.query(`CREATE MATERIALIZED VIEW kpi_facts AS
WITH discussed AS (
  SELECT e.case_id, min(e.occurred_at) AS at FROM case_events e WHERE e.to_status = 'DISCUSSED' GROUP BY e.case_id
),
closed_meetings AS (
  SELECT m.id, m.team_id, COALESCE(m.started_at, m.starts_at) AS at, m.started_at, m.closed_at,
         (SELECT count(*) FROM meeting_agenda_items ai WHERE ai.meeting_id = m.id AND ai.status = 'DISCUSSED')::int AS discussed,
         COALESCE(q.minimums, '{"PHYSICIAN": 2, "RADIOLOGIST": 1, "PHARMACIST": 1}'::jsonb) AS minimums
    FROM meetings m LEFT JOIN team_quorum_rules q ON q.team_id = m.team_id
   WHERE m.status = 'CLOSED'
),
facts AS (
SELECT 'REFERRAL_TO_DISCUSSION'::varchar(32) AS kind, c.id::text AS subject_id, c.id AS case_id, NULL::uuid AS meeting_id, c.team_id, d.at,
       ((d.at AT TIME ZONE 'UTC')::date - c.referral_date)::float8 AS value, NULL::boolean AS flag, NULL::text AS reason
  FROM discussed d JOIN cases c ON c.id = d.case_id
UNION ALL
SELECT 'REVIEW_BEFORE_DISCUSSION', c.id::text, c.id, NULL, c.team_id, d.at, NULL,
       EXISTS (SELECT 1 FROM pharmacist_reviews pr WHERE pr.case_id = d.case_id AND pr.signed_at <= d.at), NULL
  FROM discussed d JOIN cases c ON c.id = d.case_id
UNION ALL
SELECT 'READINESS_COMPLETE', c.id::text, c.id, NULL, c.team_id, d.at, NULL,
       COALESCE((SELECT e.reason IS NULL OR e.reason NOT LIKE 'Readiness override:%' FROM case_events e
                  WHERE e.case_id = d.case_id AND e.to_status = 'READY' AND e.occurred_at <= d.at
                  ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1), false), NULL
  FROM discussed d JOIN cases c ON c.id = d.case_id
UNION ALL
SELECT 'LISTING_OUTCOME', ai.id::text, ai.case_id, ai.meeting_id, m.team_id, ai.outcome_at, NULL, ai.status <> 'DISCUSSED',
       CASE WHEN ai.status = 'NOT_REACHED' THEN 'NOT_REACHED' ELSE ai.deferral_reason::text END
  FROM meeting_agenda_items ai JOIN meetings m ON m.id = ai.meeting_id
 WHERE ai.status IN ('DISCUSSED', 'DEFERRED', 'NOT_REACHED') AND ai.outcome_at IS NOT NULL
UNION ALL
SELECT 'DEFERRAL', 'item:' || ai.id::text, ai.case_id, ai.meeting_id, m.team_id, ai.outcome_at, NULL, true,
       CASE WHEN ai.status = 'NOT_REACHED' THEN 'NOT_REACHED' ELSE ai.deferral_reason::text END
  FROM meeting_agenda_items ai JOIN meetings m ON m.id = ai.meeting_id
 WHERE ai.status IN ('DEFERRED', 'NOT_REACHED') AND ai.outcome_at IS NOT NULL
UNION ALL
SELECT 'DEFERRAL', 'event:' || e.id::text, e.case_id, NULL, c.team_id, e.occurred_at, NULL, false, e.reason
  FROM case_events e JOIN cases c ON c.id = e.case_id
 WHERE e.to_status = 'DEFERRED' AND e.from_status IS DISTINCT FROM 'LISTED'
UNION ALL
SELECT 'IMAGING_TURNAROUND', ir.id::text, ir.case_id, NULL, c.team_id, ir.study_date::timestamp AT TIME ZONE 'UTC',
       (extract(epoch FROM ir.finalised_at - ir.study_date::timestamp AT TIME ZONE 'UTC') / 3600)::float8, NULL, NULL
  FROM imaging_reports ir JOIN cases c ON c.id = ir.case_id
 WHERE ir.amends_report_id IS NULL AND ir.finalised_at IS NOT NULL
UNION ALL
SELECT 'DECISION_SIGNING', dc.id::text, dc.case_id, dc.meeting_id, c.team_id, dc.signed_at,
       (extract(epoch FROM dc.signed_at - dc.proposed_at) / 3600)::float8, NULL, NULL
  FROM decisions dc JOIN cases c ON c.id = dc.case_id
 WHERE dc.revision = 1 AND dc.signed_at IS NOT NULL AND dc.proposed_at IS NOT NULL
UNION ALL
SELECT 'FOLLOW_UP', fu.id::text, fu.case_id, NULL, c.team_id, fu.due_date::timestamp AT TIME ZONE 'UTC',
       (COALESCE(fr.study_date, (fu.fulfilled_at AT TIME ZONE 'UTC')::date) - fu.due_date)::float8, fu.status = 'FULFILLED', NULL
  FROM follow_ups fu JOIN cases c ON c.id = fu.case_id
  LEFT JOIN imaging_reports fr ON fr.id = fu.fulfilled_by_report_id
 WHERE fu.status <> 'CANCELLED'
UNION ALL
SELECT 'MEETING_QUORATE', cm.id::text, NULL, cm.id, cm.team_id, cm.at, NULL,
       NOT EXISTS (
         SELECT 1 FROM meeting_agenda_items ai CROSS JOIN jsonb_each_text(cm.minimums) req(role, minimum)
          WHERE ai.meeting_id = cm.id AND ai.status = 'DISCUSSED'
            AND (SELECT count(DISTINCT a.user_id) FROM meeting_attendance a
                  WHERE a.meeting_id = cm.id AND a.joined_at <= ai.outcome_at AND (a.left_at IS NULL OR a.left_at > ai.outcome_at)
                    AND req.role = ANY (a.roles::text[])) < req.minimum::int), NULL
  FROM closed_meetings cm WHERE cm.discussed > 0
UNION ALL
SELECT 'CASES_PER_MEETING', cm.id::text, NULL, cm.id, cm.team_id, cm.at, cm.discussed::float8, NULL, NULL
  FROM closed_meetings cm
UNION ALL
SELECT 'MINUTES_PER_CASE', cm.id::text, NULL, cm.id, cm.team_id, cm.at,
       (extract(epoch FROM cm.closed_at - cm.started_at) / 60 / cm.discussed)::float8, NULL, NULL
  FROM closed_meetings cm WHERE cm.discussed > 0 AND cm.started_at IS NOT NULL
UNION ALL
SELECT 'ATTENDANCE', cm.id::text || ':' || r.role::text, NULL, cm.id, cm.team_id, cm.at, present.n::float8,
       present.n >= COALESCE((cm.minimums ->> r.role::text)::int, 0), r.role::text
  FROM closed_meetings cm
 CROSS JOIN unnest(enum_range(NULL::user_role)) r(role)
 CROSS JOIN LATERAL (SELECT count(DISTINCT a.user_id)::int AS n FROM meeting_attendance a WHERE a.meeting_id = cm.id AND r.role = ANY (a.roles)) present
)
SELECT f.*, to_char(f.at AT TIME ZONE 'UTC', 'YYYY-MM') AS month FROM facts f`);
    // REFRESH … CONCURRENTLY needs a unique index; the dashboard reads by team, kind and time.
    await queryRunner.query(`CREATE UNIQUE INDEX kpi_facts_subject_key ON kpi_facts (kind, subject_id)`);
    // Covering index: a team's facts of some kinds in a date range come from the index alone (index-only range scans).
    await queryRunner.query(`CREATE INDEX kpi_facts_team_kind_at_idx ON kpi_facts (team_id, kind, at) INCLUDE (month, value, flag, reason)`);
    await queryRunner.query(`INSERT INTO kpi_refresh_state (id, refreshed_at, duration_ms) VALUES (1, now(), 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP MATERIALIZED VIEW kpi_facts`);
    await queryRunner.query(`ALTER TABLE "team_kpi_targets" DROP CONSTRAINT "FK_100f0592df35b7546249787d867"`);
    await queryRunner.query(`DROP TABLE "kpi_refresh_state"`);
    await queryRunner.query(`DROP TABLE "team_kpi_targets"`);
  }
}
