import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';

/** A figure of the dashboard that can be drilled into (the list of cases behind it). */
export enum KpiFigure {
  REFERRAL_TO_DISCUSSION = 'REFERRAL_TO_DISCUSSION',
  IMAGING_TURNAROUND = 'IMAGING_TURNAROUND',
  REVIEW_BEFORE_DISCUSSION = 'REVIEW_BEFORE_DISCUSSION',
  READINESS_COMPLETE = 'READINESS_COMPLETE',
  DEFERRAL_RATE = 'DEFERRAL_RATE',
  DEFERRALS = 'DEFERRALS',
  DECISION_SIGNING = 'DECISION_SIGNING',
  FOLLOW_UP_ADHERENCE = 'FOLLOW_UP_ADHERENCE',
  MEETINGS_QUORATE = 'MEETINGS_QUORATE',
  CASES_PER_MEETING = 'CASES_PER_MEETING',
  MINUTES_PER_CASE = 'MINUTES_PER_CASE',
  ATTENDANCE = 'ATTENDANCE',
}
registerEnumType(KpiFigure, {
  name: 'KpiFigure',
  description: 'A dashboard figure; docs/kpis.md defines each.',
});

@ObjectType('DurationKpi', {
  description: 'A turnaround: how long, over the facts in the filter.',
})
export class DurationKpiModel {
  @Field(() => String, { description: "'days' or 'hours'." }) unit!: string;
  @Field(() => Int, { description: 'How many intervals were measured.' })
  count!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Median (linear interpolation between the two middle values).',
  })
  median!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '90th percentile (linear interpolation, as PostgreSQL percentile_cont).',
  })
  p90!: number | null;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Int, { description: "Intervals within the team's target." })
  withinTarget!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'withinTarget / count × 100.',
  })
  withinTargetPercent!: number | null;
}

@ObjectType('MeasureKpi', { description: 'A quantity per meeting: its distribution over the meetings in the filter.' })
export class MeasureKpiModel {
  @Field(() => String, { description: "'cases' or 'minutes'." }) unit!: string;
  @Field(() => Int, { description: 'How many meetings were measured.' }) count!: number;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) p90!: number | null;
  @Field(() => Float, { nullable: true }) mean!: number | null;
}

@ObjectType('RoleAttendance', { description: 'People present per closed meeting holding a role.' })
export class RoleAttendanceModel {
  @Field(() => Role) role!: Role;
  @Field(() => Int, { description: 'Closed meetings in the filter.' }) meetings!: number;
  @Field(() => Float, { nullable: true, description: 'Mean number of people with this role present per meeting.' }) meanPresent!: number | null;
  @Field(() => Int, { description: "Meetings where at least the quorum rules' minimum for this role was present." }) meetingsAtMinimum!: number;
}

@ObjectType('RateKpi', {
  description: 'A proportion: numerator of denominator.',
})
export class RateKpiModel {
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'numerator / denominator × 100; null without a denominator.',
  })
  percent!: number | null;
}

@ObjectType('DeferralReasonCount')
export class DeferralReasonCountModel {
  @Field() reason!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int, {
    description: 'Of which deferred from a meeting agenda (LISTED → DEFERRED).',
  })
  atMeeting!: number;
}

@ObjectType('KpiMonth', {
  description: 'One calendar month (UTC) of the trend.',
})
export class KpiMonthModel {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => DurationKpiModel) referralToDiscussion!: DurationKpiModel;
  @Field(() => DurationKpiModel) imagingTurnaround!: DurationKpiModel;
  @Field(() => DurationKpiModel) decisionSigning!: DurationKpiModel;
  @Field(() => RateKpiModel) reviewBeforeDiscussion!: RateKpiModel;
  @Field(() => RateKpiModel) readinessComplete!: RateKpiModel;
  @Field(() => RateKpiModel) deferralRate!: RateKpiModel;
  @Field(() => RateKpiModel) followUpAdherence!: RateKpiModel;
  @Field(() => RateKpiModel) meetingsQuorate!: RateKpiModel;
  @Field(() => MeasureKpiModel) casesPerMeeting!: MeasureKpiModel;
  @Field(() => MeasureKpiModel) minutesPerCase!: MeasureKpiModel;
}

@ObjectType('KpiDashboard', {
  description: 'Turnaround KPIs for a team (or all teams) over a date range, computed from recorded facts.',
})
export class KpiDashboardModel {
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field({ description: 'First day, YYYY-MM-DD (UTC).' }) from!: string;
  @Field({ description: 'Last day, inclusive.' }) to!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'When the facts were last refreshed (figures reflect the records as of then).',
  })
  refreshedAt!: Date | null;
  @Field(() => DurationKpiModel) referralToDiscussion!: DurationKpiModel;
  @Field(() => DurationKpiModel) imagingTurnaround!: DurationKpiModel;
  @Field(() => DurationKpiModel) decisionSigning!: DurationKpiModel;
  @Field(() => RateKpiModel) reviewBeforeDiscussion!: RateKpiModel;
  @Field(() => RateKpiModel) readinessComplete!: RateKpiModel;
  @Field(() => RateKpiModel, { description: 'Agenda items not discussed (deferred or not reached) of all agenda outcomes.' })
  deferralRate!: RateKpiModel;
  @Field(() => [DeferralReasonCountModel])
  deferralReasons!: DeferralReasonCountModel[];
  @Field(() => RateKpiModel) followUpAdherence!: RateKpiModel;
  @Field(() => Int, {
    description: 'Follow-ups pending at the last refresh whose due date + grace has passed (overdueFollowUps lists them live).',
  })
  overdueFollowUps!: number;
  @Field(() => RateKpiModel, { description: 'Closed meetings quorate at every discussion, of closed meetings that discussed a case.' })
  meetingsQuorate!: RateKpiModel;
  @Field(() => MeasureKpiModel, { description: 'Cases discussed per closed meeting.' }) casesPerMeeting!: MeasureKpiModel;
  @Field(() => MeasureKpiModel, { description: 'Minutes of meeting (start to close) per case discussed.' }) minutesPerCase!: MeasureKpiModel;
  @Field(() => [RoleAttendanceModel]) attendanceByRole!: RoleAttendanceModel[];
  @Field(() => [KpiMonthModel]) trend!: KpiMonthModel[];
}

@ObjectType('KpiCaseRow', {
  description: 'One fact behind a figure. No patient data: members open the case for that.',
})
export class KpiCaseRowModel {
  @Field(() => ID, { nullable: true, description: 'Null for a fact about a meeting.' }) caseId!: string | null;
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
  @Field(() => ID) teamId!: string;
  @Field() teamName!: string;
  @Field(() => ID, {
    description: 'What was measured: the case, report, decision, follow-up or case event id.',
  })
  subjectId!: string;
  @Field(() => Date, {
    description: 'The instant that places the fact in a month.',
  })
  at!: Date;
  @Field(() => Float, {
    nullable: true,
    description: 'Days or hours, for turnarounds; days after the due date for follow-ups.',
  })
  value!: number | null;
  @Field({
    description: 'Meets the standard (within target, review done, readiness complete, discussed as listed, fulfilled in time).',
  })
  meetsStandard!: boolean;
  @Field(() => String, { nullable: true, description: 'Deferral reason, or the role for attendance.' }) reason!: string | null;
}

@ObjectType('KpiCasePage')
export class KpiCasePageModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [KpiCaseRowModel]) rows!: KpiCaseRowModel[];
}

@ObjectType('OverdueFollowUp', {
  description: 'A pending follow-up past its due date plus the grace period.',
})
export class OverdueFollowUpModel {
  @Field(() => ID) followUpId!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) teamId!: string;
  @Field() teamName!: string;
  @Field() modality!: string;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field() status!: string;
  @Field(() => Int, { description: 'Days past the due date.' })
  daysOverdue!: number;
}

@ObjectType('TeamKpiTargets')
export class TeamKpiTargetsModel {
  @Field(() => ID) teamId!: string;
  @Field(() => Int) referralToDiscussionDays!: number;
  @Field(() => Int) imagingReportHours!: number;
  @Field(() => Int) decisionSigningHours!: number;
}

@ObjectType('KpiRefresh')
export class KpiRefreshModel {
  @Field(() => Date) refreshedAt!: Date;
  @Field(() => Int) durationMs!: number;
}
