import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ALL_ROLES, Role } from '@consilium/contracts';
import { Clock } from '@consilium/server-core';
import { GRACE_SQL, KpiFactKind, kpiAggregateSql, kpiBreakdownSql, kpiPercentileSql, kpiRowsSql } from './kpi-facts';
import {
  DeferralReasonCountModel,
  DurationKpiModel,
  MeasureKpiModel,
  RoleAttendanceModel,
  KpiCasePageModel,
  KpiDashboardModel,
  KpiFigure,
  KpiMonthModel,
  KpiRefreshModel,
  OverdueFollowUpModel,
  RateKpiModel,
} from './kpi.model';
import { KpiCasesArgs, KpiFilterInput } from './dto/kpi.inputs';
import { KpisErrorCode, KpisException } from './kpis.exception';

interface BreakdownRow {
  kind: KpiFactKind;
  reason: string;
  n: number;
  flagged: number;
  meets: number;
  mean: number | null;
}

interface AggregateRow {
  kind: KpiFactKind;
  month: string | null;
  n: number;
  meets: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

const FIGURE_KIND: Record<KpiFigure, KpiFactKind> = {
  REFERRAL_TO_DISCUSSION: KpiFactKind.REFERRAL_TO_DISCUSSION,
  IMAGING_TURNAROUND: KpiFactKind.IMAGING_TURNAROUND,
  REVIEW_BEFORE_DISCUSSION: KpiFactKind.REVIEW_BEFORE_DISCUSSION,
  READINESS_COMPLETE: KpiFactKind.READINESS_COMPLETE,
  DEFERRAL_RATE: KpiFactKind.LISTING_OUTCOME,
  DEFERRALS: KpiFactKind.DEFERRAL,
  DECISION_SIGNING: KpiFactKind.DECISION_SIGNING,
  FOLLOW_UP_ADHERENCE: KpiFactKind.FOLLOW_UP,
  MEETINGS_QUORATE: KpiFactKind.MEETING_QUORATE,
  CASES_PER_MEETING: KpiFactKind.CASES_PER_MEETING,
  MINUTES_PER_CASE: KpiFactKind.MINUTES_PER_CASE,
  ATTENDANCE: KpiFactKind.ATTENDANCE,
};

/** Figures whose drill-down can be narrowed to one `reason` (a deferral reason, or a role). */
const BY_REASON = new Set<KpiFigure>([KpiFigure.DEFERRALS, KpiFigure.DEFERRAL_RATE, KpiFigure.ATTENDANCE]);

const PENDING_FOLLOW_UP = ['SCHEDULED', 'REMINDED', 'DUE', 'OVERDUE'];
/** Longest range one dashboard covers. */
const MAX_RANGE_DAYS = 3660;

/** work_mem for the dashboard's sort: a team's year (~100 000 facts) sorts in memory. */
const SORT_MEMORY = '48MB';

export const KPI_REFRESH_LOCK = 7_281_108;

function percent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : (numerator / denominator) * 100;
}

function duration(row: AggregateRow | undefined, unit: 'days' | 'hours'): DurationKpiModel {
  const count = row?.n ?? 0;
  const withinTarget = row?.meets ?? 0;
  return {
    unit,
    count,
    median: row?.median ?? null,
    p90: row?.p90 ?? null,
    mean: row?.mean ?? null,
    withinTarget,
    withinTargetPercent: percent(withinTarget, count),
  };
}

function measure(row: AggregateRow | undefined, unit: 'cases' | 'minutes'): MeasureKpiModel {
  return { unit, count: row?.n ?? 0, median: row?.median ?? null, p90: row?.p90 ?? null, mean: row?.mean ?? null };
}

function rate(numerator: number, denominator: number): RateKpiModel {
  return { numerator, denominator, percent: percent(numerator, denominator) };
}

function figures(rows: Map<KpiFactKind, AggregateRow>) {
  const get = (kind: KpiFactKind) => rows.get(kind);
  const ratio = (kind: KpiFactKind) => rate(get(kind)?.meets ?? 0, get(kind)?.n ?? 0);
  const listings = get(KpiFactKind.LISTING_OUTCOME);
  return {
    referralToDiscussion: duration(get(KpiFactKind.REFERRAL_TO_DISCUSSION), 'days'),
    imagingTurnaround: duration(get(KpiFactKind.IMAGING_TURNAROUND), 'hours'),
    decisionSigning: duration(get(KpiFactKind.DECISION_SIGNING), 'hours'),
    reviewBeforeDiscussion: ratio(KpiFactKind.REVIEW_BEFORE_DISCUSSION),
    readinessComplete: ratio(KpiFactKind.READINESS_COMPLETE),
    deferralRate: rate((listings?.n ?? 0) - (listings?.meets ?? 0), listings?.n ?? 0),
    followUpAdherence: ratio(KpiFactKind.FOLLOW_UP),
    meetingsQuorate: ratio(KpiFactKind.MEETING_QUORATE),
    casesPerMeeting: measure(get(KpiFactKind.CASES_PER_MEETING), 'cases'),
    minutesPerCase: measure(get(KpiFactKind.MINUTES_PER_CASE), 'minutes'),
  };
}

/** Turnaround KPIs from the `kpi_facts` view (docs/kpis.md): dashboard, trend, drill-down. */
@Injectable()
export class KpisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  private async params(filter: KpiFilterInput): Promise<[string | null, string, string, string]> {
    const valid = (d: string) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
    if (!valid(filter.from)) throw new KpisException(KpisErrorCode.BAD_RANGE, 'filter.from', 'filter.from is not a real date');
    if (!valid(filter.to)) throw new KpisException(KpisErrorCode.BAD_RANGE, 'filter.to', 'filter.to is not a real date');
    if (filter.to < filter.from) throw new KpisException(KpisErrorCode.BAD_RANGE, 'filter.to', 'filter.to cannot be before filter.from');
    if ((Date.parse(filter.to) - Date.parse(filter.from)) / 86_400_000 > MAX_RANGE_DAYS) {
      throw new KpisException(KpisErrorCode.BAD_RANGE, 'filter.to', `the range can cover at most ${MAX_RANGE_DAYS} days`);
    }
    if (filter.teamId) {
      const [team] = await this.dataSource.query('SELECT id FROM teams WHERE id = $1', [filter.teamId]);
      if (!team) throw new KpisException(KpisErrorCode.TEAM_NOT_FOUND, 'filter.teamId');
    }
    return [filter.teamId ?? null, filter.from, filter.to, this.today()];
  }

  async dashboard(filter: KpiFilterInput, source = 'kpi_facts'): Promise<KpiDashboardModel> {
    const params = await this.params(filter);
    const [counts, percentiles, breakdown, overdue, refreshed] = await Promise.all([
      this.dataSource.query(kpiAggregateSql(source), params) as Promise<{ kind: KpiFactKind; month: string | null; n: number; meets: number }[]>,
      this.sortingQuery<{ kind: KpiFactKind; month: string | null; n: number; meets: number; pct: (number | null)[] | null; mean: number | null }>(
        kpiPercentileSql(source),
        params,
      ),
      this.dataSource.query(kpiBreakdownSql(source), params) as Promise<BreakdownRow[]>,
      this.overdueCount(params[0], params[3]),
      this.dataSource.query('SELECT refreshed_at FROM kpi_refresh_state WHERE id = 1') as Promise<{ refreshed_at: Date }[]>,
    ]);
    const aggregates: AggregateRow[] = [
      ...counts.map((c) => ({ ...c, median: null, p90: null, mean: null })),
      ...percentiles.map((p) => ({ kind: p.kind, month: p.month, n: p.n, meets: p.meets, median: p.pct?.[0] ?? null, p90: p.pct?.[1] ?? null, mean: p.mean })),
    ];
    const totals = new Map<KpiFactKind, AggregateRow>();
    const months = new Map<string, Map<KpiFactKind, AggregateRow>>();
    for (const row of aggregates) {
      if (row.month === null) totals.set(row.kind, row);
      else {
        if (!months.has(row.month)) months.set(row.month, new Map());
        months.get(row.month)!.set(row.kind, row);
      }
    }
    const trend: KpiMonthModel[] = [...months.keys()].sort().map((month) => ({ month, ...figures(months.get(month)!) }));
    const deferralReasons: DeferralReasonCountModel[] = breakdown
      .filter((r) => r.kind === KpiFactKind.DEFERRAL)
      .map((r) => ({ reason: r.reason, count: r.n, atMeeting: r.flagged }));
    const attendanceByRole: RoleAttendanceModel[] = breakdown
      .filter((r) => r.kind === KpiFactKind.ATTENDANCE)
      .map((r) => ({ role: r.reason as Role, meetings: r.n, meanPresent: r.mean, meetingsAtMinimum: r.meets }))
      .sort((a, b) => ALL_ROLES.indexOf(a.role) - ALL_ROLES.indexOf(b.role));
    return {
      teamId: params[0],
      from: filter.from,
      to: filter.to,
      refreshedAt: refreshed[0]?.refreshed_at ?? null,
      ...figures(totals),
      deferralReasons,
      attendanceByRole,
      overdueFollowUps: overdue,
      trend,
    };
  }

  /** A query that sorts a year of facts (percentiles): in memory, not in temporary files. */
  private sortingQuery<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL work_mem = '${SORT_MEMORY}'`);
      return (await manager.query(sql, params)) as T[];
    });
  }

  /** The facts behind one figure (optionally one month, or one deferral reason), oldest first. */
  async cases(args: KpiCasesArgs): Promise<KpiCasePageModel> {
    const params = await this.params(args.filter);
    const kind = FIGURE_KIND[args.figure];
    const extra: unknown[] = [kind, args.month ?? null, BY_REASON.has(args.figure) ? (args.reason ?? null) : null];
    const sql = `
      WITH r AS (${kpiRowsSql('kpi_facts')})
      SELECT r.case_id, r.meeting_id, r.team_id, tm.name AS team_name, r.subject_id, r.at, r.value, COALESCE(r.meets, false) AS meets, r.reason,
             count(*) OVER ()::int AS total
        FROM r JOIN teams tm ON tm.id = r.team_id
       WHERE r.kind = $5
         AND ($6::text IS NULL OR r.month = $6)
         AND ($7::text IS NULL OR COALESCE(r.reason, '(no reason given)') = $7)
       ORDER BY r.at, r.subject_id
       LIMIT ${args.first} OFFSET ${args.offset}`;
    const rows: {
      case_id: string | null;
      meeting_id: string | null;
      team_id: string;
      team_name: string;
      subject_id: string;
      at: Date;
      value: number | null;
      meets: boolean;
      reason: string | null;
      total: number;
    }[] = await this.dataSource.query(sql, [...params, ...extra]);
    let totalCount = rows[0]?.total ?? 0;
    if (rows.length === 0 && args.offset > 0) {
      const [count] = await this.dataSource.query(
        `WITH r AS (${kpiRowsSql('kpi_facts')}) SELECT count(*)::int AS n FROM r WHERE r.kind = $5 AND ($6::text IS NULL OR r.month = $6) AND ($7::text IS NULL OR COALESCE(r.reason, '(no reason given)') = $7)`,
        [...params, ...extra],
      );
      totalCount = count.n;
    }
    return {
      totalCount,
      rows: rows.map((r) => ({
        caseId: r.case_id,
        meetingId: r.meeting_id,
        teamId: r.team_id,
        teamName: r.team_name,
        subjectId: r.subject_id,
        at: r.at,
        value: r.value,
        meetsStandard: r.meets,
        reason: r.reason,
      })),
    };
  }

  /** Follow-ups pending at the last refresh and past due date + grace today (from the view: a team's are one index range). */
  private async overdueCount(teamId: string | null, today: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n
         FROM teams tm LEFT JOIN team_follow_up_settings g ON g.team_id = tm.id
         JOIN kpi_facts f ON f.team_id = tm.id AND f.kind = 'FOLLOW_UP'
        WHERE ($1::uuid IS NULL OR tm.id = $1::uuid) AND NOT f.flag
          AND f.at < (($2::date - ${GRACE_SQL})::timestamp AT TIME ZONE 'UTC')`,
      [teamId, today],
    );
    return row.n;
  }

  /** Pending follow-ups past due date + grace, now (live, not from the view), most overdue first. */
  async overdue(teamId: string | null): Promise<OverdueFollowUpModel[]> {
    if (teamId) {
      const [team] = await this.dataSource.query('SELECT id FROM teams WHERE id = $1', [teamId]);
      if (!team) throw new KpisException(KpisErrorCode.TEAM_NOT_FOUND, 'teamId');
    }
    const rows: {
      id: string;
      case_id: string;
      team_id: string;
      team_name: string;
      modality: string;
      due_date: string;
      status: string;
      days: number;
    }[] = await this.dataSource.query(
      `SELECT f.id, f.case_id, c.team_id, tm.name AS team_name, f.modality::text, to_char(f.due_date, 'YYYY-MM-DD') AS due_date, f.status::text,
                ($3::date - f.due_date)::int AS days
           FROM follow_ups f JOIN cases c ON c.id = f.case_id JOIN teams tm ON tm.id = c.team_id
           LEFT JOIN team_follow_up_settings g ON g.team_id = c.team_id
          WHERE f.status = ANY($2::follow_up_status[]) AND f.due_date < $3::date - ${GRACE_SQL} AND ($1::uuid IS NULL OR c.team_id = $1::uuid)
          ORDER BY f.due_date, f.id LIMIT 10000`,
      [teamId, PENDING_FOLLOW_UP, this.today()],
    );
    return rows.map((r) => ({
      followUpId: r.id,
      caseId: r.case_id,
      teamId: r.team_id,
      teamName: r.team_name,
      modality: r.modality,
      dueDate: r.due_date,
      status: r.status,
      daysOverdue: r.days,
    }));
  }

  /**
   * Recomputes `kpi_facts` without blocking readers (REFRESH … CONCURRENTLY), then vacuums it so
   * the covering indexes answer alone, and records when. One refresh at a time (advisory lock).
   */
  async refresh(): Promise<KpiRefreshModel> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [KPI_REFRESH_LOCK]);
      try {
        const started = Date.now();
        await runner.query('REFRESH MATERIALIZED VIEW CONCURRENTLY kpi_facts');
        await runner.query('VACUUM (ANALYZE) kpi_facts');
        const durationMs = Date.now() - started;
        const refreshedAt = this.clock.now();
        await runner.query(
          `INSERT INTO kpi_refresh_state (id, refreshed_at, duration_ms) VALUES (1, $1, $2)
           ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at, duration_ms = EXCLUDED.duration_ms`,
          [refreshedAt, durationMs],
        );
        return { refreshedAt, durationMs };
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [KPI_REFRESH_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }
}
