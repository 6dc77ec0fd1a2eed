/**
 * The facts every KPI is computed from, one row per measured thing (a case's first
 * discussion, a report, a decision, a follow-up, a deferral …), kept in the materialised view
 * `kpi_facts` (created by the Kpis migration, refreshed by the worker). docs/kpis.md defines
 * each kind; `KPI_FACTS_SQL` is the view's definition, also used by the benchmark to compute the
 * same figures straight from the raw tables.
 */
import { DEFAULT_GRACE_DAYS } from '@consilium/server-decisions';

export enum KpiFactKind {
  REFERRAL_TO_DISCUSSION = 'REFERRAL_TO_DISCUSSION',
  REVIEW_BEFORE_DISCUSSION = 'REVIEW_BEFORE_DISCUSSION',
  READINESS_COMPLETE = 'READINESS_COMPLETE',
  LISTING_OUTCOME = 'LISTING_OUTCOME',
  DEFERRAL = 'DEFERRAL',
  IMAGING_TURNAROUND = 'IMAGING_TURNAROUND',
  DECISION_SIGNING = 'DECISION_SIGNING',
  FOLLOW_UP = 'FOLLOW_UP',
  MEETING_QUORATE = 'MEETING_QUORATE',
  CASES_PER_MEETING = 'CASES_PER_MEETING',
  MINUTES_PER_CASE = 'MINUTES_PER_CASE',
  ATTENDANCE = 'ATTENDANCE',
}

/** The team's follow-up grace period in days, from `team_follow_up_settings` (joined as g). */
export const GRACE_SQL = `COALESCE(g.grace_days, ${DEFAULT_GRACE_DAYS})`;

/**
 * The rows of the KPI computation for one filter: each fact with whether it counts (a follow-up
 * still inside its window does not) and whether it meets the team's standard. Parameters:
 * $1 team id or null, $2 first day, $3 last day (inclusive, YYYY-MM-DD, UTC), $4 today.
 * `source` is `kpi_facts` (the view) or `(<KPI_FACTS_SQL>)` (the raw tables).
 */
export function kpiRowsSql(source: string): string {
  return `
  WITH th AS MATERIALIZED (
    SELECT tm.id AS team_id, COALESCE(t.referral_to_discussion_days, 28) AS r2d, COALESCE(t.imaging_report_hours, 48) AS img,
           COALESCE(t.decision_signing_hours, 72) AS sign, COALESCE(g.grace_days, ${DEFAULT_GRACE_DAYS}) AS grace
      FROM teams tm
      LEFT JOIN team_kpi_targets t ON t.team_id = tm.id
      LEFT JOIN team_follow_up_settings g ON g.team_id = tm.id
     WHERE $1::uuid IS NULL OR tm.id = $1::uuid
  )
  SELECT f.kind, f.subject_id, f.case_id, f.meeting_id, f.team_id, f.at, f.month, f.value, f.flag, f.reason,
         CASE f.kind
           WHEN 'REFERRAL_TO_DISCUSSION' THEN f.value <= th.r2d
           WHEN 'IMAGING_TURNAROUND' THEN f.value <= th.img
           WHEN 'DECISION_SIGNING' THEN f.value <= th.sign
           WHEN 'FOLLOW_UP' THEN f.flag AND f.value IS NOT NULL AND f.value <= th.grace
           WHEN 'LISTING_OUTCOME' THEN NOT f.flag
           ELSE f.flag
         END AS meets
    FROM th JOIN ${source} f ON f.team_id = th.team_id
   WHERE ($1::uuid IS NULL OR f.team_id = $1::uuid)
     AND f.at >= ($2::date)::timestamp AT TIME ZONE 'UTC'
     AND f.at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
     AND (f.kind <> 'FOLLOW_UP' OR f.flag OR f.at < (($4::date - th.grace)::timestamp AT TIME ZONE 'UTC'))`;
}

/** The kinds measured in days, hours, cases or minutes: the only ones that need a sort (percentiles). */
export const VALUED_KINDS = ['REFERRAL_TO_DISCUSSION', 'IMAGING_TURNAROUND', 'DECISION_SIGNING', 'CASES_PER_MEETING', 'MINUTES_PER_CASE'];
/** The kinds that are yes/no facts: counted only. */
export const RATE_KINDS = ['REVIEW_BEFORE_DISCUSSION', 'READINESS_COMPLETE', 'LISTING_OUTCOME', 'FOLLOW_UP', 'MEETING_QUORATE'];
const list = (kinds: string[]) => kinds.map((k) => `'${k}'`).join(', ');

/**
 * Counts per kind, and per kind and month (the trend), in one hashed pass (no sort). The yes/no
 * kinds here and the valued kinds in kpiPercentileSql read disjoint ranges of the index, in parallel.
 */
export function kpiAggregateSql(source: string): string {
  return `
  WITH r AS (${kpiRowsSql(source)})
  SELECT r.kind, CASE WHEN GROUPING(r.month) = 1 THEN NULL ELSE r.month END AS month,
         count(*)::int AS n, count(*) FILTER (WHERE r.meets)::int AS meets
    FROM r
   WHERE r.kind IN (${list(RATE_KINDS)})
   GROUP BY GROUPING SETS ((r.kind), (r.kind, r.month))`;
}

/** Median, 90th percentile (one sort for both) and mean of the valued kinds, per kind and per kind and month. */
export function kpiPercentileSql(source: string): string {
  return `
  WITH r AS (${kpiRowsSql(source)})
  SELECT r.kind, CASE WHEN GROUPING(r.month) = 1 THEN NULL ELSE r.month END AS month,
         count(*)::int AS n, count(*) FILTER (WHERE r.meets)::int AS meets,
         percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY r.value) AS pct, avg(r.value)::float8 AS mean
    FROM r
   WHERE r.kind IN (${list(VALUED_KINDS)})
   GROUP BY GROUPING SETS ((r.kind), (r.kind, r.month))`;
}

/** Per-reason breakdowns in the filter: deferral reasons and attendance per role. */
export function kpiBreakdownSql(source: string): string {
  return `
  WITH r AS (${kpiRowsSql(source)})
  SELECT r.kind, COALESCE(r.reason, '(no reason given)') AS reason, count(*)::int AS n, count(*) FILTER (WHERE r.flag)::int AS flagged,
         count(*) FILTER (WHERE r.meets)::int AS meets, avg(r.value)::float8 AS mean
    FROM r WHERE r.kind IN ('DEFERRAL', 'ATTENDANCE')
   GROUP BY 1, 2 ORDER BY 1, n DESC, 2`;
}

/** The definition of the materialised view `kpi_facts` (same text as in the Kpis migration). */
export const KPI_FACTS_SQL = `
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
SELECT f.*, to_char(f.at AT TIME ZONE 'UTC', 'YYYY-MM') AS month FROM facts f
`;
