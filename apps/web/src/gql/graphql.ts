/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  | T
  | {
      [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never;
    };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type AddAgendaItemInput = {
  allocatedMinutes: number;
  /** A READY case of the meeting’s team. */
  caseId: string | number;
  /** The version you last read; a stale one is a CONFLICT. */
  expectedVersion: number;
  meetingId: string | number;
};

export type AgendaItemStatus =
  "DEFERRED" | "DISCUSSED" | "LISTED" | "NOT_REACHED" | "PRESENTING";

export type AgendaItemStepInput = {
  /** The version you last read; a stale one is a CONFLICT. */
  expectedVersion: number;
  itemId: string | number;
};

export type CasePriority = "ROUTINE" | "URGENT";

export type CaseStatus =
  | "CLOSED"
  | "DECISION_SIGNED"
  | "DEFERRED"
  | "DISCUSSED"
  | "IN_FOLLOW_UP"
  | "LISTED"
  | "READY"
  | "REFERRED"
  | "TRIAGED"
  | "WITHDRAWN";

export type CaseTransitionInput = {
  caseId: string | number;
  expectedVersion: number;
  /** Required to defer or withdraw, and to override readiness. */
  reason?: string | null | undefined;
};

export type CaseWorklistFilter = {
  priority?: CasePriority | null | undefined;
  /** Defaults to the open statuses. */
  statuses?: Array<CaseStatus> | null | undefined;
  /** One of your teams; all your teams when omitted. */
  teamId?: string | number | null | undefined;
};

/** REFERRAL_DATE: oldest first; TARGET_DISCUSSION_DATE: soonest first, undated last; URGENCY: urgent first, then oldest referral. */
export type CaseWorklistOrder =
  "REFERRAL_DATE" | "TARGET_DISCUSSION_DATE" | "URGENCY";

export type ContrastAgent =
  "GBCA_GROUP_I" | "GBCA_GROUP_II" | "GBCA_GROUP_III" | "IODINATED" | "NONE";

/** NOT_CLEARED only for a contraindication (ACR / ESUR). */
export type ContrastClearance =
  "CLEARED" | "CLEARED_WITH_PRECAUTIONS" | "NOT_APPLICABLE" | "NOT_CLEARED";

export type ContrastRoute =
  "INTRA_ARTERIAL_OTHER" | "INTRA_ARTERIAL_RENAL_FIRST_PASS" | "IV";

export type CreateDecisionDraftInput = {
  caseId: string | number;
  dissentNotes?: string | null | undefined;
  followUps?: Array<FollowUpPlanInput>;
  intent: TreatmentIntent;
  /** Required for INTERVENTIONAL_RADIOLOGY, refused otherwise. */
  interventionalProcedure?: InterventionalProcedure | null | undefined;
  rationale: string;
  recommendation: DecisionRecommendation;
  /** Detail: drug and schedule, operation, dose and fractions… */
  recommendationText?: string;
};

export type CreateImagingReportInput = {
  accessionNumber?: string | null | undefined;
  bodyRegion: string;
  caseId: string | number;
  /** RANO: clear progression of non-measurable disease. */
  clearNonMeasurableProgression?: boolean | null | undefined;
  criteria?: ResponseCriteria;
  findings?: string | null | undefined;
  impression?: string | null | undefined;
  /** When given, replaces every lesion measurement of the report. */
  lesions?: Array<LesionMeasurementInput> | null | undefined;
  modality: ImagingModality;
  newLesion?: NewLesionFinding | null | undefined;
  /** Follow-ups read against RECIST 1.1 / mRECIST. */
  nonTargetResponse?: NonTargetResponse | null | undefined;
  /** RANO: corticosteroids above physiological replacement. */
  steroidsAbovePhysiologic?: boolean | null | undefined;
  /** YYYY-MM-DD; not in the future. */
  studyDate: string;
  /** PERCIST: all uptake ≤ mean liver and at background. */
  uptakeNormalized?: boolean | null | undefined;
};

export type CreateTeamInput = {
  name: string;
};

export type DecideReviewFindingInput = {
  /** ACCEPTED or DISMISSED. */
  decision: ReviewFindingDecision;
  /** The review's version. */
  expectedVersion: number;
  findingId: string | number;
  /** Required when dismissing. */
  reason?: string | null | undefined;
};

export type DecisionRecommendation =
  | "BEST_SUPPORTIVE_CARE"
  | "CLINICAL_TRIAL"
  | "CONTINUE_SYSTEMIC_THERAPY"
  | "DE_ESCALATE_SYSTEMIC_THERAPY"
  | "ESCALATE_SYSTEMIC_THERAPY"
  | "FURTHER_INVESTIGATION"
  | "INTERVENTIONAL_RADIOLOGY"
  | "RADIOTHERAPY"
  | "START_SYSTEMIC_THERAPY"
  | "STOP_SYSTEMIC_THERAPY"
  | "SURGERY"
  | "SWITCH_SYSTEMIC_THERAPY";

export type DecisionStatus = "DRAFT" | "PROPOSED" | "SIGNED" | "SUPERSEDED";

export type DecisionStepInput = {
  decisionId: string | number;
  expectedVersion: number;
};

export type DeferAgendaItemInput = {
  /** The version you last read; a stale one is a CONFLICT. */
  expectedVersion: number;
  itemId: string | number;
  /** Required when reason is OTHER. */
  note?: string | null | undefined;
  reason: DeferralReason;
};

/** Coded reason a case was deferred; OTHER needs a note. */
export type DeferralReason =
  | "KEY_MEMBER_ABSENT"
  | "MISSING_IMAGING"
  | "MISSING_PATHOLOGY"
  | "MISSING_PHARMACIST_REVIEW"
  | "OTHER"
  | "OUT_OF_TIME";

export type FollowUpPlanInput = {
  criteria: ResponseCriteria;
  /** YYYY-MM-DD, not in the past; or give intervalDays. */
  dueDate?: string | null | undefined;
  /** Days after the signing date (1 to 730); or give dueDate. */
  intervalDays?: number | null | undefined;
  modality: ImagingModality;
  /** How many days before the due date the team is reminded. */
  reminderLeadDays?: number;
};

export type FollowUpStatus =
  "CANCELLED" | "DUE" | "FULFILLED" | "OVERDUE" | "REMINDED" | "SCHEDULED";

export type ImagingModality = "CT" | "MRI" | "PET_CT" | "US" | "XRAY";

export type ImagingReportStatus = "AMENDED" | "DRAFT" | "FINAL";

/** The kind of interventional radiology (TACE, TARE, ablation). */
export type InterventionalProcedure = "ABLATION" | "OTHER" | "TACE" | "TARE";

/** A dashboard figure; docs/kpis.md defines each. */
export type KpiFigure =
  | "ATTENDANCE"
  | "CASES_PER_MEETING"
  | "DECISION_SIGNING"
  | "DEFERRALS"
  | "DEFERRAL_RATE"
  | "FOLLOW_UP_ADHERENCE"
  | "IMAGING_TURNAROUND"
  | "MEETINGS_QUORATE"
  | "MINUTES_PER_CASE"
  | "READINESS_COMPLETE"
  | "REFERRAL_TO_DISCUSSION"
  | "REVIEW_BEFORE_DISCUSSION";

/** Which facts: one team (or every team when omitted) and a date range (UTC days, both inclusive). */
export type KpiFilterInput = {
  /** YYYY-MM-DD */
  from: string;
  teamId?: string | number | null | undefined;
  /** YYYY-MM-DD, inclusive */
  to: string;
};

export type LesionMeasurementInput = {
  /** e.g. "Liver lesion 1"; required when lesionId is not given. */
  label?: string | null | undefined;
  lesionId?: string | number | null | undefined;
  longAxisMm?: number | null | undefined;
  /** A lymph node (judged on the short axis). Used when the lesion is new. */
  nodal?: boolean | null | undefined;
  /** Not evaluable on this study. */
  notMeasured?: boolean | null | undefined;
  /** Required when the label names a new lesion. */
  organ?: string | null | undefined;
  /** RANO: diameter perpendicular to the long axis. */
  perpendicularMm?: number | null | undefined;
  role: LesionRole;
  shortAxisMm?: number | null | undefined;
  /** PERCIST: SULpeak. */
  suvPeak?: number | null | undefined;
  tooSmallToMeasure?: boolean | null | undefined;
  /** mRECIST: longest viable (enhancing) diameter. */
  viableDiameterMm?: number | null | undefined;
};

export type LesionRole = "NEW" | "NON_TARGET" | "TARGET";

export type MeasureKind = "HEIGHT" | "SERUM_CREATININE" | "WEIGHT";

export type MeetingStatus = "CLOSED" | "LIVE" | "SCHEDULED";

export type NewLesionFinding = "EQUIVOCAL" | "NO" | "YES";

/** NONE means there were no non-target lesions at baseline. */
export type NonTargetResponse = "CR" | "NE" | "NONE" | "NON_CR_NON_PD" | "PD";

/** What a notification is about. */
export type NotificationKind =
  /** A follow-up scan is due today. */
  | "FOLLOW_UP_DUE"
  /** The planned follow-up scan was reported; the case is back on the worklist. */
  | "FOLLOW_UP_FULFILLED"
  /** A follow-up scan has passed its due date and the team grace period without a report (escalation). */
  | "FOLLOW_UP_OVERDUE"
  /** A follow-up scan is coming up: book it. */
  | "FOLLOW_UP_REMINDER";

export type PatientInput = {
  /** YYYY-MM-DD; not in the future. */
  birthDate: string;
  familyName: string;
  givenName: string;
  /** Medical record number, unique in the institution. */
  mrn: string;
  sex: PatientSex;
};

/** Administrative sex; equations that need F/M refuse OTHER/UNKNOWN. */
export type PatientSex = "FEMALE" | "MALE" | "OTHER" | "UNKNOWN";

export type PharmacistReviewStatus = "OPEN" | "SIGNED" | "SUPERSEDED";

export type PharmacistWorklistFilter = {
  state?: WorklistReviewState | null | undefined;
  /** One of your teams; all of them when omitted. */
  teamId?: string | number | null | undefined;
};

export type RadiologistWorklistFilter = {
  /** Only reports you author. */
  mine?: boolean | null | undefined;
  /** Statuses to list; DRAFT (reports to write or finalise) by default. */
  status?: Array<ImagingReportStatus> | null | undefined;
  teamId?: string | number | null | undefined;
};

export type ReactionSeverity = "MILD" | "MODERATE" | "SEVERE";

export type ReferCaseInput = {
  clinicalSummary?: string | null | undefined;
  /** ICD-10 or ICD-O code, e.g. C34.1 */
  diagnosisCode?: string | null | undefined;
  diagnosisText?: string | null | undefined;
  /** ECOG performance status 0–5 */
  ecog?: number | null | undefined;
  /** An existing MRN is reused when the name and birth date match. */
  patient: PatientInput;
  priority?: CasePriority;
  question?: string | null | undefined;
  /** YYYY-MM-DD; not in the future. */
  referralDate: string;
  referralSource: string;
  /** YYYY-MM-DD; not before the referral date. */
  targetDiscussionDate?: string | null | undefined;
  /** The MDT team that will discuss the case; you must belong to it. */
  teamId: string | number;
  tnm?: TnmInput | null | undefined;
};

export type ReorderAgendaInput = {
  /** The version you last read; a stale one is a CONFLICT. */
  expectedVersion: number;
  /** Every item of the agenda, once each, in the new order. */
  itemIds: Array<string | number>;
  meetingId: string | number;
};

export type ReportVersionInput = {
  expectedVersion: number;
  reportId: string | number;
};

/** RECIST 1.1, mRECIST (HCC), PERCIST 1.0, RANO 2.0, or none. */
export type ResponseCriteria =
  "MRECIST" | "NONE" | "PERCIST" | "RANO" | "RECIST_1_1";

export type ReviewFindingDecision = "ACCEPTED" | "DISMISSED" | "PENDING";

export type ReviewFindingKind =
  "ALLERGY" | "CONTRAST_SAFETY" | "INTERACTION" | "OTHER" | "RENAL_DOSE";

export type ReviewFindingOrigin = "AUTOMATIC" | "MANUAL";

export type ReviewFindingSeverity = "CRITICAL" | "INFO" | "WARNING";

/** A role a person holds in Consilium; a person may hold several. */
export type Role =
  "ADMINISTRATOR" | "COORDINATOR" | "PHARMACIST" | "PHYSICIAN" | "RADIOLOGIST";

export type RoleMinimumInput = {
  minimum: number;
  role: Role;
};

export type ScheduleMeetingInput = {
  /** A member of the team who chairs the meeting. */
  chairId: string | number;
  durationMinutes: number;
  startsAt: string;
  teamId: string | number;
  /** E.g. "Lung MDT — weekly". */
  title: string;
  /** https link to the video call. */
  videoLink?: string | null | undefined;
};

export type SetAgendaItemMinutesInput = {
  allocatedMinutes: number;
  /** The version you last read; a stale one is a CONFLICT. */
  expectedVersion: number;
  itemId: string | number;
};

export type SetContrastClearanceInput = {
  clearance: ContrastClearance;
  expectedVersion: number;
  /** Required when the clearance differs from the computed one. */
  note?: string | null | undefined;
  reviewId: string | number;
};

export type SetTeamFollowUpSettingsInput = {
  graceDays: number;
  teamId: string | number;
};

export type SetTeamKpiTargetsInput = {
  /** Decision proposed → signed, hours (1–2160). */
  decisionSigningHours: number;
  /** Study → final report, hours (1–2160). */
  imagingReportHours: number;
  /** Referral → first discussion, days (1–365). */
  referralToDiscussionDays: number;
  teamId: string | number;
};

export type SetTeamQuorumRulesInput = {
  /** The version you last read; a stale one is a CONFLICT. */
  expectedVersion: number;
  /** Roles not listed need nobody. */
  minimums: Array<RoleMinimumInput>;
  teamId: string | number;
};

export type SetTeamReadinessRulesInput = {
  imagingMaxAgeDays: number;
  requireClinicalSummary: boolean;
  requirePharmacistReview: boolean;
  requireQuestion: boolean;
  teamId: string | number;
};

export type SetUserRolesInput = {
  expectedVersion: number;
  roles: Array<Role>;
  userId: string | number;
};

export type TeamMemberInput = {
  teamId: string | number;
  userId: string | number;
};

export type TnmInput = {
  /** AJCC/UICC edition, e.g. 8 */
  edition?: string | null | undefined;
  /** e.g. M0, M1c */
  m?: string | null | undefined;
  /** e.g. N1, N2b, NX */
  n?: string | null | undefined;
  /** c, p, yc, yp, r or a */
  prefix?: string | null | undefined;
  /** e.g. IIIA */
  stageGroup?: string | null | undefined;
  /** e.g. T2a, Tis, TX */
  t?: string | null | undefined;
};

export type TreatmentIntent = "CURATIVE" | "PALLIATIVE" | "UNCERTAIN";

export type UpdateDecisionDraftInput = {
  decisionId: string | number;
  dissentNotes?: string | null | undefined;
  expectedVersion: number;
  followUps?: Array<FollowUpPlanInput>;
  intent: TreatmentIntent;
  /** Required for INTERVENTIONAL_RADIOLOGY, refused otherwise. */
  interventionalProcedure?: InterventionalProcedure | null | undefined;
  rationale: string;
  recommendation: DecisionRecommendation;
  /** Detail: drug and schedule, operation, dose and fractions… */
  recommendationText?: string;
};

export type UpdateImagingReportInput = {
  accessionNumber?: string | null | undefined;
  bodyRegion?: string | null | undefined;
  /** RANO: clear progression of non-measurable disease. */
  clearNonMeasurableProgression?: boolean | null | undefined;
  criteria?: ResponseCriteria | null | undefined;
  expectedVersion: number;
  findings?: string | null | undefined;
  impression?: string | null | undefined;
  /** When given, replaces every lesion measurement of the report. */
  lesions?: Array<LesionMeasurementInput> | null | undefined;
  modality?: ImagingModality | null | undefined;
  newLesion?: NewLesionFinding | null | undefined;
  /** Follow-ups read against RECIST 1.1 / mRECIST. */
  nonTargetResponse?: NonTargetResponse | null | undefined;
  reportId: string | number;
  /** RANO: corticosteroids above physiological replacement. */
  steroidsAbovePhysiologic?: boolean | null | undefined;
  studyDate?: string | null | undefined;
  /** PERCIST: all uptake ≤ mean liver and at background. */
  uptakeNormalized?: boolean | null | undefined;
};

export type WorklistReviewState = "NOT_STARTED" | "OPEN" | "SIGNED";

export type AdminUserFragment = {
  id: string;
  email: string;
  displayName: string;
  roles: Array<Role>;
  active: boolean;
  version: number;
  teams: Array<{ id: string; name: string }>;
};

export type AdminDirectoryQueryVariables = Exact<{ [key: string]: never }>;

export type AdminDirectoryQuery = {
  users: Array<{
    id: string;
    email: string;
    displayName: string;
    roles: Array<Role>;
    active: boolean;
    version: number;
    teams: Array<{ id: string; name: string }>;
  }>;
  teams: Array<{ id: string; name: string }>;
};

export type AdminCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;

export type AdminCreateTeamMutation = {
  createTeam: { id: string; name: string };
};

export type AdminAddTeamMemberMutationVariables = Exact<{
  input: TeamMemberInput;
}>;

export type AdminAddTeamMemberMutation = {
  addTeamMember: {
    id: string;
    email: string;
    displayName: string;
    roles: Array<Role>;
    active: boolean;
    version: number;
    teams: Array<{ id: string; name: string }>;
  };
};

export type AdminRemoveTeamMemberMutationVariables = Exact<{
  input: TeamMemberInput;
}>;

export type AdminRemoveTeamMemberMutation = {
  removeTeamMember: {
    id: string;
    email: string;
    displayName: string;
    roles: Array<Role>;
    active: boolean;
    version: number;
    teams: Array<{ id: string; name: string }>;
  };
};

export type AdminSetUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;

export type AdminSetUserRolesMutation = {
  setUserRoles: {
    id: string;
    email: string;
    displayName: string;
    roles: Array<Role>;
    active: boolean;
    version: number;
    teams: Array<{ id: string; name: string }>;
  };
};

export type AdminTeamSettingsQueryVariables = Exact<{
  teamId: string | number;
}>;

export type AdminTeamSettingsQuery = {
  teamReadinessRules: {
    teamId: string;
    imagingMaxAgeDays: number;
    requirePharmacistReview: boolean;
    requireClinicalSummary: boolean;
    requireQuestion: boolean;
  };
  teamKpiTargets: {
    teamId: string;
    referralToDiscussionDays: number;
    imagingReportHours: number;
    decisionSigningHours: number;
  };
  teamFollowUpSettings: { teamId: string; graceDays: number };
  teamQuorumRules: {
    teamId: string;
    isDefault: boolean;
    version: number;
    minimums: Array<{ role: Role; count: number }>;
  };
};

export type AdminSetReadinessRulesMutationVariables = Exact<{
  input: SetTeamReadinessRulesInput;
}>;

export type AdminSetReadinessRulesMutation = {
  setTeamReadinessRules: {
    teamId: string;
    imagingMaxAgeDays: number;
    requirePharmacistReview: boolean;
    requireClinicalSummary: boolean;
    requireQuestion: boolean;
  };
};

export type AdminSetKpiTargetsMutationVariables = Exact<{
  input: SetTeamKpiTargetsInput;
}>;

export type AdminSetKpiTargetsMutation = {
  setTeamKpiTargets: {
    teamId: string;
    referralToDiscussionDays: number;
    imagingReportHours: number;
    decisionSigningHours: number;
  };
};

export type AdminSetFollowUpSettingsMutationVariables = Exact<{
  input: SetTeamFollowUpSettingsInput;
}>;

export type AdminSetFollowUpSettingsMutation = {
  setTeamFollowUpSettings: { teamId: string; graceDays: number };
};

export type AdminSetQuorumRulesMutationVariables = Exact<{
  input: SetTeamQuorumRulesInput;
}>;

export type AdminSetQuorumRulesMutation = {
  setTeamQuorumRules: {
    teamId: string;
    isDefault: boolean;
    version: number;
    minimums: Array<{ role: Role; count: number }>;
  };
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    accessToken: string;
    accessTokenExpiresAt: string;
    refreshToken: string;
    user: { id: string; displayName: string };
  };
};

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;

export type LogoutMutation = { logout: boolean };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;

export type RefreshMutation = {
  refresh: {
    accessToken: string;
    accessTokenExpiresAt: string;
    refreshToken: string;
    user: { id: string; displayName: string };
  };
};

export type CasePageQueryVariables = Exact<{
  id: string | number;
}>;

export type CasePageQuery = {
  case: {
    id: string;
    teamId: string;
    status: CaseStatus;
    priority: CasePriority;
    referralDate: string;
    referralSource: string;
    targetDiscussionDate: string | null;
    question: string | null;
    clinicalSummary: string | null;
    diagnosisCode: string | null;
    diagnosisText: string | null;
    ecog: number | null;
    version: number;
    tnm: {
      prefix: string | null;
      t: string | null;
      n: string | null;
      m: string | null;
      stageGroup: string | null;
      edition: string | null;
    } | null;
    patient: {
      id: string;
      mrn: string;
      givenName: string;
      familyName: string;
      birthDate: string;
      sex: PatientSex;
    };
    readiness: {
      ready: boolean;
      missing: Array<string>;
      items: Array<{
        key: string;
        label: string;
        satisfied: boolean;
        detail: string;
      }>;
    };
    events: Array<{
      id: string;
      fromStatus: CaseStatus | null;
      toStatus: CaseStatus;
      occurredAt: string;
      reason: string | null;
    }>;
    medications: Array<{
      id: string;
      drug: string;
      dose: string | null;
      route: string | null;
      frequency: string | null;
      startDate: string | null;
      stopDate: string | null;
    }>;
    measures: Array<{
      id: string;
      kind: MeasureKind;
      value: number;
      unit: string;
      normalizedValue: number;
      measuredOn: string;
    }>;
    renalStatus: { aki: boolean; onDialysis: boolean };
    allergies: Array<{
      id: string;
      substance: string;
      reaction: string | null;
      severity: ReactionSeverity;
      contrastReaction: boolean;
    }>;
    imagingReports: Array<{
      id: string;
      studyDate: string;
      modality: ImagingModality;
      bodyRegion: string;
      criteria: ResponseCriteria;
      status: ImagingReportStatus;
      isBaseline: boolean;
      finalisedAt: string | null;
      impression: string;
      newLesion: NewLesionFinding;
      nonTargetResponse: NonTargetResponse | null;
      clearNonMeasurableProgression: boolean;
      steroidsAbovePhysiologic: boolean;
      uptakeNormalized: boolean;
      measurements: Array<{
        id: string;
        lesionId: string;
        role: LesionRole;
        position: number;
        longAxisMm: number | null;
        shortAxisMm: number | null;
        viableDiameterMm: number | null;
        perpendicularMm: number | null;
        suvPeak: number | null;
        tooSmallToMeasure: boolean;
        notMeasured: boolean;
        lesion: { id: string; label: string; organ: string; nodal: boolean };
      }>;
      response: {
        category: string;
        sum: number | null;
        nadir: number | null;
        baselineSum: number;
        unit: string;
        changeFromBaselinePct: number | null;
        changeFromNadirPct: number | null;
        changeFromNadirAbsolute: number | null;
        bestOverallResponse: string | null;
        rule: string;
        source: string;
      } | null;
    }>;
    pharmacistReviews: Array<{
      id: string;
      status: PharmacistReviewStatus;
      reviewDate: string;
      signedAt: string | null;
      signedByName: string | null;
      contrastClearance: ContrastClearance | null;
      computed: {
        egfr: {
          value: number | null;
          unit: string;
          equation: string;
          source: string;
          kdigoCategory: string | null;
          note: string | null;
        };
        crcl: {
          value: number | null;
          unit: string;
          equation: string;
          source: string;
          weightBasis: string | null;
          note: string | null;
        };
      };
    }>;
    decisions: Array<{
      id: string;
      status: DecisionStatus;
      revision: number;
      recommendation: DecisionRecommendation;
      recommendationText: string;
      intent: TreatmentIntent;
      createdAt: string;
      proposedAt: string | null;
      signedAt: string | null;
      signedByName: string | null;
      followUps: Array<{
        id: string;
        modality: ImagingModality;
        criteria: ResponseCriteria;
        dueDate: string;
        status: FollowUpStatus;
      }>;
    }>;
  };
};

export type CaseImagingReportFragment = {
  id: string;
  studyDate: string;
  modality: ImagingModality;
  bodyRegion: string;
  criteria: ResponseCriteria;
  status: ImagingReportStatus;
  isBaseline: boolean;
  finalisedAt: string | null;
  impression: string;
  newLesion: NewLesionFinding;
  nonTargetResponse: NonTargetResponse | null;
  clearNonMeasurableProgression: boolean;
  steroidsAbovePhysiologic: boolean;
  uptakeNormalized: boolean;
  measurements: Array<{
    id: string;
    lesionId: string;
    role: LesionRole;
    position: number;
    longAxisMm: number | null;
    shortAxisMm: number | null;
    viableDiameterMm: number | null;
    perpendicularMm: number | null;
    suvPeak: number | null;
    tooSmallToMeasure: boolean;
    notMeasured: boolean;
    lesion: { id: string; label: string; organ: string; nodal: boolean };
  }>;
  response: {
    category: string;
    sum: number | null;
    nadir: number | null;
    baselineSum: number;
    unit: string;
    changeFromBaselinePct: number | null;
    changeFromNadirPct: number | null;
    changeFromNadirAbsolute: number | null;
    bestOverallResponse: string | null;
    rule: string;
    source: string;
  } | null;
};

export type ReportMeasurementFragment = {
  id: string;
  lesionId: string;
  role: LesionRole;
  position: number;
  longAxisMm: number | null;
  shortAxisMm: number | null;
  viableDiameterMm: number | null;
  perpendicularMm: number | null;
  suvPeak: number | null;
  tooSmallToMeasure: boolean;
  notMeasured: boolean;
  lesion: { id: string; label: string; organ: string; nodal: boolean };
};

export type DecisionDetailFragment = {
  id: string;
  caseId: string;
  status: DecisionStatus;
  revision: number;
  version: number;
  recommendation: DecisionRecommendation;
  recommendationText: string;
  interventionalProcedure: InterventionalProcedure | null;
  intent: TreatmentIntent;
  rationale: string;
  dissentNotes: string | null;
  createdAt: string;
  proposedAt: string | null;
  signedAt: string | null;
  signedByName: string | null;
  followUpPlan: Array<{
    modality: ImagingModality;
    criteria: ResponseCriteria;
    intervalDays: number | null;
    dueDate: string | null;
    reminderLeadDays: number;
  }>;
  followUps: Array<{
    id: string;
    modality: ImagingModality;
    criteria: ResponseCriteria;
    dueDate: string;
    status: FollowUpStatus;
  }>;
};

export type DecisionsWorkspaceQueryVariables = Exact<{ [key: string]: never }>;

export type DecisionsWorkspaceQuery = {
  decisionsAwaitingSignature: {
    edges: Array<{
      node: {
        id: string;
        caseId: string;
        status: DecisionStatus;
        revision: number;
        version: number;
        recommendation: DecisionRecommendation;
        recommendationText: string;
        interventionalProcedure: InterventionalProcedure | null;
        intent: TreatmentIntent;
        rationale: string;
        dissentNotes: string | null;
        createdAt: string;
        proposedAt: string | null;
        signedAt: string | null;
        signedByName: string | null;
        followUpPlan: Array<{
          modality: ImagingModality;
          criteria: ResponseCriteria;
          intervalDays: number | null;
          dueDate: string | null;
          reminderLeadDays: number;
        }>;
        followUps: Array<{
          id: string;
          modality: ImagingModality;
          criteria: ResponseCriteria;
          dueDate: string;
          status: FollowUpStatus;
        }>;
      };
    }>;
  };
  casesWithDecisions: {
    edges: Array<{
      node: {
        id: string;
        patient: {
          id: string;
          mrn: string;
          givenName: string;
          familyName: string;
        };
      };
    }>;
  };
  caseWorklist: {
    edges: Array<{
      node: {
        id: string;
        status: CaseStatus;
        priority: CasePriority;
        diagnosisText: string | null;
        patient: {
          id: string;
          mrn: string;
          givenName: string;
          familyName: string;
        };
      };
    }>;
  };
};

export type DecisionCaseQueryVariables = Exact<{
  caseId: string | number;
}>;

export type DecisionCaseQuery = {
  case: {
    id: string;
    status: CaseStatus;
    diagnosisText: string | null;
    question: string | null;
    patient: { id: string; mrn: string; givenName: string; familyName: string };
    decisions: Array<{
      id: string;
      caseId: string;
      status: DecisionStatus;
      revision: number;
      version: number;
      recommendation: DecisionRecommendation;
      recommendationText: string;
      interventionalProcedure: InterventionalProcedure | null;
      intent: TreatmentIntent;
      rationale: string;
      dissentNotes: string | null;
      createdAt: string;
      proposedAt: string | null;
      signedAt: string | null;
      signedByName: string | null;
      followUpPlan: Array<{
        modality: ImagingModality;
        criteria: ResponseCriteria;
        intervalDays: number | null;
        dueDate: string | null;
        reminderLeadDays: number;
      }>;
      followUps: Array<{
        id: string;
        modality: ImagingModality;
        criteria: ResponseCriteria;
        dueDate: string;
        status: FollowUpStatus;
      }>;
    }>;
  };
};

export type CreateDecisionDraftMutationVariables = Exact<{
  input: CreateDecisionDraftInput;
}>;

export type CreateDecisionDraftMutation = {
  createDecisionDraft: {
    id: string;
    caseId: string;
    status: DecisionStatus;
    revision: number;
    version: number;
    recommendation: DecisionRecommendation;
    recommendationText: string;
    interventionalProcedure: InterventionalProcedure | null;
    intent: TreatmentIntent;
    rationale: string;
    dissentNotes: string | null;
    createdAt: string;
    proposedAt: string | null;
    signedAt: string | null;
    signedByName: string | null;
    followUpPlan: Array<{
      modality: ImagingModality;
      criteria: ResponseCriteria;
      intervalDays: number | null;
      dueDate: string | null;
      reminderLeadDays: number;
    }>;
    followUps: Array<{
      id: string;
      modality: ImagingModality;
      criteria: ResponseCriteria;
      dueDate: string;
      status: FollowUpStatus;
    }>;
  };
};

export type UpdateDecisionDraftMutationVariables = Exact<{
  input: UpdateDecisionDraftInput;
}>;

export type UpdateDecisionDraftMutation = {
  updateDecisionDraft: {
    id: string;
    caseId: string;
    status: DecisionStatus;
    revision: number;
    version: number;
    recommendation: DecisionRecommendation;
    recommendationText: string;
    interventionalProcedure: InterventionalProcedure | null;
    intent: TreatmentIntent;
    rationale: string;
    dissentNotes: string | null;
    createdAt: string;
    proposedAt: string | null;
    signedAt: string | null;
    signedByName: string | null;
    followUpPlan: Array<{
      modality: ImagingModality;
      criteria: ResponseCriteria;
      intervalDays: number | null;
      dueDate: string | null;
      reminderLeadDays: number;
    }>;
    followUps: Array<{
      id: string;
      modality: ImagingModality;
      criteria: ResponseCriteria;
      dueDate: string;
      status: FollowUpStatus;
    }>;
  };
};

export type ProposeDecisionMutationVariables = Exact<{
  input: DecisionStepInput;
}>;

export type ProposeDecisionMutation = {
  proposeDecision: {
    id: string;
    caseId: string;
    status: DecisionStatus;
    revision: number;
    version: number;
    recommendation: DecisionRecommendation;
    recommendationText: string;
    interventionalProcedure: InterventionalProcedure | null;
    intent: TreatmentIntent;
    rationale: string;
    dissentNotes: string | null;
    createdAt: string;
    proposedAt: string | null;
    signedAt: string | null;
    signedByName: string | null;
    followUpPlan: Array<{
      modality: ImagingModality;
      criteria: ResponseCriteria;
      intervalDays: number | null;
      dueDate: string | null;
      reminderLeadDays: number;
    }>;
    followUps: Array<{
      id: string;
      modality: ImagingModality;
      criteria: ResponseCriteria;
      dueDate: string;
      status: FollowUpStatus;
    }>;
  };
};

export type SignDecisionMutationVariables = Exact<{
  input: DecisionStepInput;
}>;

export type SignDecisionMutation = {
  signDecision: {
    id: string;
    caseId: string;
    status: DecisionStatus;
    revision: number;
    version: number;
    recommendation: DecisionRecommendation;
    recommendationText: string;
    interventionalProcedure: InterventionalProcedure | null;
    intent: TreatmentIntent;
    rationale: string;
    dissentNotes: string | null;
    createdAt: string;
    proposedAt: string | null;
    signedAt: string | null;
    signedByName: string | null;
    followUpPlan: Array<{
      modality: ImagingModality;
      criteria: ResponseCriteria;
      intervalDays: number | null;
      dueDate: string | null;
      reminderLeadDays: number;
    }>;
    followUps: Array<{
      id: string;
      modality: ImagingModality;
      criteria: ResponseCriteria;
      dueDate: string;
      status: FollowUpStatus;
    }>;
  };
};

export type KpiDurationFragment = {
  unit: string;
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
  withinTarget: number;
  withinTargetPercent: number | null;
};

export type KpiRateFragment = {
  numerator: number;
  denominator: number;
  percent: number | null;
};

export type KpiMeasureFragment = {
  unit: string;
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
};

export type KpiDashboardQueryVariables = Exact<{
  filter: KpiFilterInput;
}>;

export type KpiDashboardQuery = {
  kpiDashboard: {
    teamId: string | null;
    from: string;
    to: string;
    refreshedAt: string | null;
    overdueFollowUps: number;
    referralToDiscussion: {
      unit: string;
      count: number;
      median: number | null;
      p90: number | null;
      mean: number | null;
      withinTarget: number;
      withinTargetPercent: number | null;
    };
    imagingTurnaround: {
      unit: string;
      count: number;
      median: number | null;
      p90: number | null;
      mean: number | null;
      withinTarget: number;
      withinTargetPercent: number | null;
    };
    decisionSigning: {
      unit: string;
      count: number;
      median: number | null;
      p90: number | null;
      mean: number | null;
      withinTarget: number;
      withinTargetPercent: number | null;
    };
    reviewBeforeDiscussion: {
      numerator: number;
      denominator: number;
      percent: number | null;
    };
    readinessComplete: {
      numerator: number;
      denominator: number;
      percent: number | null;
    };
    deferralRate: {
      numerator: number;
      denominator: number;
      percent: number | null;
    };
    followUpAdherence: {
      numerator: number;
      denominator: number;
      percent: number | null;
    };
    meetingsQuorate: {
      numerator: number;
      denominator: number;
      percent: number | null;
    };
    casesPerMeeting: {
      unit: string;
      count: number;
      median: number | null;
      p90: number | null;
      mean: number | null;
    };
    minutesPerCase: {
      unit: string;
      count: number;
      median: number | null;
      p90: number | null;
      mean: number | null;
    };
    deferralReasons: Array<{
      reason: string;
      count: number;
      atMeeting: number;
    }>;
    attendanceByRole: Array<{
      role: Role;
      meetings: number;
      meanPresent: number | null;
      meetingsAtMinimum: number;
    }>;
    trend: Array<{
      month: string;
      referralToDiscussion: {
        unit: string;
        count: number;
        median: number | null;
        p90: number | null;
        mean: number | null;
        withinTarget: number;
        withinTargetPercent: number | null;
      };
      imagingTurnaround: {
        unit: string;
        count: number;
        median: number | null;
        p90: number | null;
        mean: number | null;
        withinTarget: number;
        withinTargetPercent: number | null;
      };
      decisionSigning: {
        unit: string;
        count: number;
        median: number | null;
        p90: number | null;
        mean: number | null;
        withinTarget: number;
        withinTargetPercent: number | null;
      };
      reviewBeforeDiscussion: {
        numerator: number;
        denominator: number;
        percent: number | null;
      };
      readinessComplete: {
        numerator: number;
        denominator: number;
        percent: number | null;
      };
      deferralRate: {
        numerator: number;
        denominator: number;
        percent: number | null;
      };
      followUpAdherence: {
        numerator: number;
        denominator: number;
        percent: number | null;
      };
      meetingsQuorate: {
        numerator: number;
        denominator: number;
        percent: number | null;
      };
      casesPerMeeting: {
        unit: string;
        count: number;
        median: number | null;
        p90: number | null;
        mean: number | null;
      };
      minutesPerCase: {
        unit: string;
        count: number;
        median: number | null;
        p90: number | null;
        mean: number | null;
      };
    }>;
  };
};

export type KpiCasesQueryVariables = Exact<{
  filter: KpiFilterInput;
  figure: KpiFigure;
  month?: string | null | undefined;
  reason?: string | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;

export type KpiCasesQuery = {
  kpiCases: {
    totalCount: number;
    rows: Array<{
      caseId: string | null;
      meetingId: string | null;
      teamName: string;
      subjectId: string;
      at: string;
      value: number | null;
      meetsStandard: boolean;
      reason: string | null;
    }>;
  };
};

export type KpiOverdueFollowUpsQueryVariables = Exact<{
  teamId?: string | number | null | undefined;
}>;

export type KpiOverdueFollowUpsQuery = {
  overdueFollowUps: Array<{
    followUpId: string;
    caseId: string;
    teamName: string;
    modality: string;
    dueDate: string;
    status: string;
    daysOverdue: number;
  }>;
};

export type KpiTeamsQueryVariables = Exact<{ [key: string]: never }>;

export type KpiTeamsQuery = { teams: Array<{ id: string; name: string }> };

export type RefreshKpisMutationVariables = Exact<{ [key: string]: never }>;

export type RefreshKpisMutation = {
  refreshKpis: { refreshedAt: string; durationMs: number };
};

export type LiveMeetingQueryVariables = Exact<{
  id: string | number;
}>;

export type LiveMeetingQuery = {
  meeting: {
    id: string;
    title: string;
    status: MeetingStatus;
    startsAt: string;
    chairId: string;
    agenda: Array<{
      id: string;
      caseId: string;
      position: number;
      case: {
        id: string;
        diagnosisText: string | null;
        question: string | null;
        patient: {
          id: string;
          givenName: string;
          familyName: string;
          mrn: string;
        };
      };
    }>;
    quorum: {
      quorate: boolean;
      missing: Array<{ role: Role; required: number; present: number }>;
    };
  };
};

export type MeetingSummaryFragment = {
  id: string;
  teamId: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  status: MeetingStatus;
  chairId: string;
  videoLink: string | null;
  version: number;
};

export type AgendaEntryFragment = {
  id: string;
  position: number;
  allocatedMinutes: number;
  status: AgendaItemStatus;
  deferralReason: DeferralReason | null;
  deferralNote: string | null;
  version: number;
  case: {
    id: string;
    priority: CasePriority;
    diagnosisText: string | null;
    patient: { id: string; mrn: string; givenName: string; familyName: string };
  };
};

export type UpcomingMeetingsQueryVariables = Exact<{ [key: string]: never }>;

export type UpcomingMeetingsQuery = {
  upcomingMeetings: Array<{
    id: string;
    teamId: string;
    title: string;
    startsAt: string;
    durationMinutes: number;
    status: MeetingStatus;
    chairId: string;
    videoLink: string | null;
    version: number;
    agenda: Array<{ id: string; allocatedMinutes: number }>;
  }>;
};

export type MeetingAgendaQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingAgendaQuery = {
  meeting: {
    id: string;
    teamId: string;
    title: string;
    startsAt: string;
    durationMinutes: number;
    status: MeetingStatus;
    chairId: string;
    videoLink: string | null;
    version: number;
    agenda: Array<{
      id: string;
      position: number;
      allocatedMinutes: number;
      status: AgendaItemStatus;
      deferralReason: DeferralReason | null;
      deferralNote: string | null;
      version: number;
      case: {
        id: string;
        priority: CasePriority;
        diagnosisText: string | null;
        patient: {
          id: string;
          mrn: string;
          givenName: string;
          familyName: string;
        };
      };
    }>;
  };
};

export type ReadyCasesQueryVariables = Exact<{
  teamId: string | number;
}>;

export type ReadyCasesQuery = {
  caseWorklist: {
    edges: Array<{
      node: {
        id: string;
        priority: CasePriority;
        diagnosisText: string | null;
        patient: {
          id: string;
          mrn: string;
          givenName: string;
          familyName: string;
        };
      };
    }>;
  };
};

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;

export type ScheduleMeetingMutation = {
  scheduleMeeting: {
    id: string;
    teamId: string;
    title: string;
    startsAt: string;
    durationMinutes: number;
    status: MeetingStatus;
    chairId: string;
    videoLink: string | null;
    version: number;
  };
};

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;

export type AddAgendaItemMutation = {
  addAgendaItem: {
    id: string;
    teamId: string;
    title: string;
    startsAt: string;
    durationMinutes: number;
    status: MeetingStatus;
    chairId: string;
    videoLink: string | null;
    version: number;
    agenda: Array<{
      id: string;
      position: number;
      allocatedMinutes: number;
      status: AgendaItemStatus;
      deferralReason: DeferralReason | null;
      deferralNote: string | null;
      version: number;
      case: {
        id: string;
        priority: CasePriority;
        diagnosisText: string | null;
        patient: {
          id: string;
          mrn: string;
          givenName: string;
          familyName: string;
        };
      };
    }>;
  };
};

export type ReorderAgendaMutationVariables = Exact<{
  input: ReorderAgendaInput;
}>;

export type ReorderAgendaMutation = {
  reorderAgenda: {
    id: string;
    teamId: string;
    title: string;
    startsAt: string;
    durationMinutes: number;
    status: MeetingStatus;
    chairId: string;
    videoLink: string | null;
    version: number;
    agenda: Array<{
      id: string;
      position: number;
      allocatedMinutes: number;
      status: AgendaItemStatus;
      deferralReason: DeferralReason | null;
      deferralNote: string | null;
      version: number;
      case: {
        id: string;
        priority: CasePriority;
        diagnosisText: string | null;
        patient: {
          id: string;
          mrn: string;
          givenName: string;
          familyName: string;
        };
      };
    }>;
  };
};

export type SetAgendaItemMinutesMutationVariables = Exact<{
  input: SetAgendaItemMinutesInput;
}>;

export type SetAgendaItemMinutesMutation = {
  setAgendaItemMinutes: {
    id: string;
    position: number;
    allocatedMinutes: number;
    status: AgendaItemStatus;
    deferralReason: DeferralReason | null;
    deferralNote: string | null;
    version: number;
    case: {
      id: string;
      priority: CasePriority;
      diagnosisText: string | null;
      patient: {
        id: string;
        mrn: string;
        givenName: string;
        familyName: string;
      };
    };
  };
};

export type DeferAgendaItemMutationVariables = Exact<{
  input: DeferAgendaItemInput;
}>;

export type DeferAgendaItemMutation = {
  deferAgendaItem: {
    id: string;
    position: number;
    allocatedMinutes: number;
    status: AgendaItemStatus;
    deferralReason: DeferralReason | null;
    deferralNote: string | null;
    version: number;
    case: {
      id: string;
      priority: CasePriority;
      diagnosisText: string | null;
      patient: {
        id: string;
        mrn: string;
        givenName: string;
        familyName: string;
      };
    };
  };
};

export type RemoveAgendaItemMutationVariables = Exact<{
  input: AgendaItemStepInput;
}>;

export type RemoveAgendaItemMutation = {
  removeAgendaItem: {
    id: string;
    teamId: string;
    title: string;
    startsAt: string;
    durationMinutes: number;
    status: MeetingStatus;
    chairId: string;
    videoLink: string | null;
    version: number;
    agenda: Array<{
      id: string;
      position: number;
      allocatedMinutes: number;
      status: AgendaItemStatus;
      deferralReason: DeferralReason | null;
      deferralNote: string | null;
      version: number;
      case: {
        id: string;
        priority: CasePriority;
        diagnosisText: string | null;
        patient: {
          id: string;
          mrn: string;
          givenName: string;
          familyName: string;
        };
      };
    }>;
  };
};

export type HomeUpcomingMeetingsQueryVariables = Exact<{
  [key: string]: never;
}>;

export type HomeUpcomingMeetingsQuery = {
  upcomingMeetings: Array<{
    id: string;
    title: string;
    status: MeetingStatus;
    startsAt: string;
    durationMinutes: number;
    teamId: string;
  }>;
};

export type NotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationsQuery = {
  notifications: {
    unreadCount: number;
    nodes: Array<{
      id: string;
      kind: NotificationKind;
      title: string;
      body: string;
      caseId: string | null;
      createdAt: string;
      readAt: string | null;
    }>;
  };
};

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;

export type MarkNotificationReadMutation = {
  markNotificationRead: { id: string; readAt: string | null };
};

export type RadiologistWorklistQueryVariables = Exact<{
  filter?: RadiologistWorklistFilter | null | undefined;
}>;

export type RadiologistWorklistQuery = {
  radiologistWorklist: {
    edges: Array<{
      node: {
        id: string;
        caseId: string;
        studyDate: string;
        modality: ImagingModality;
        bodyRegion: string;
        criteria: ResponseCriteria;
        status: ImagingReportStatus;
        isBaseline: boolean;
        updatedAt: string;
      };
    }>;
  };
  caseWorklist: {
    edges: Array<{
      node: {
        id: string;
        status: CaseStatus;
        patient: {
          id: string;
          mrn: string;
          givenName: string;
          familyName: string;
        };
      };
    }>;
  };
};

export type ReportEditorQueryVariables = Exact<{
  id: string | number;
}>;

export type ReportEditorQuery = {
  imagingReport: {
    caseId: string;
    accessionNumber: string | null;
    findings: string;
    version: number;
    baselineMessages: Array<string>;
    id: string;
    studyDate: string;
    modality: ImagingModality;
    bodyRegion: string;
    criteria: ResponseCriteria;
    status: ImagingReportStatus;
    isBaseline: boolean;
    finalisedAt: string | null;
    impression: string;
    newLesion: NewLesionFinding;
    nonTargetResponse: NonTargetResponse | null;
    clearNonMeasurableProgression: boolean;
    steroidsAbovePhysiologic: boolean;
    uptakeNormalized: boolean;
    measurements: Array<{
      id: string;
      lesionId: string;
      role: LesionRole;
      position: number;
      longAxisMm: number | null;
      shortAxisMm: number | null;
      viableDiameterMm: number | null;
      perpendicularMm: number | null;
      suvPeak: number | null;
      tooSmallToMeasure: boolean;
      notMeasured: boolean;
      lesion: { id: string; label: string; organ: string; nodal: boolean };
    }>;
    response: {
      category: string;
      sum: number | null;
      nadir: number | null;
      baselineSum: number;
      unit: string;
      changeFromBaselinePct: number | null;
      changeFromNadirPct: number | null;
      changeFromNadirAbsolute: number | null;
      bestOverallResponse: string | null;
      rule: string;
      source: string;
    } | null;
  };
};

export type ReportCaseQueryVariables = Exact<{
  caseId: string | number;
}>;

export type ReportCaseQuery = {
  case: {
    id: string;
    status: CaseStatus;
    diagnosisText: string | null;
    patient: { id: string; mrn: string; givenName: string; familyName: string };
    trackedLesions: Array<{
      id: string;
      label: string;
      organ: string;
      nodal: boolean;
    }>;
    imagingReports: Array<{
      id: string;
      studyDate: string;
      modality: ImagingModality;
      bodyRegion: string;
      criteria: ResponseCriteria;
      status: ImagingReportStatus;
      isBaseline: boolean;
      finalisedAt: string | null;
      impression: string;
      newLesion: NewLesionFinding;
      nonTargetResponse: NonTargetResponse | null;
      clearNonMeasurableProgression: boolean;
      steroidsAbovePhysiologic: boolean;
      uptakeNormalized: boolean;
      measurements: Array<{
        id: string;
        lesionId: string;
        role: LesionRole;
        position: number;
        longAxisMm: number | null;
        shortAxisMm: number | null;
        viableDiameterMm: number | null;
        perpendicularMm: number | null;
        suvPeak: number | null;
        tooSmallToMeasure: boolean;
        notMeasured: boolean;
        lesion: { id: string; label: string; organ: string; nodal: boolean };
      }>;
      response: {
        category: string;
        sum: number | null;
        nadir: number | null;
        baselineSum: number;
        unit: string;
        changeFromBaselinePct: number | null;
        changeFromNadirPct: number | null;
        changeFromNadirAbsolute: number | null;
        bestOverallResponse: string | null;
        rule: string;
        source: string;
      } | null;
    }>;
  };
};

export type UpdateImagingReportMutationVariables = Exact<{
  input: UpdateImagingReportInput;
}>;

export type UpdateImagingReportMutation = {
  updateImagingReport: {
    caseId: string;
    accessionNumber: string | null;
    findings: string;
    version: number;
    baselineMessages: Array<string>;
    id: string;
    studyDate: string;
    modality: ImagingModality;
    bodyRegion: string;
    criteria: ResponseCriteria;
    status: ImagingReportStatus;
    isBaseline: boolean;
    finalisedAt: string | null;
    impression: string;
    newLesion: NewLesionFinding;
    nonTargetResponse: NonTargetResponse | null;
    clearNonMeasurableProgression: boolean;
    steroidsAbovePhysiologic: boolean;
    uptakeNormalized: boolean;
    measurements: Array<{
      id: string;
      lesionId: string;
      role: LesionRole;
      position: number;
      longAxisMm: number | null;
      shortAxisMm: number | null;
      viableDiameterMm: number | null;
      perpendicularMm: number | null;
      suvPeak: number | null;
      tooSmallToMeasure: boolean;
      notMeasured: boolean;
      lesion: { id: string; label: string; organ: string; nodal: boolean };
    }>;
    response: {
      category: string;
      sum: number | null;
      nadir: number | null;
      baselineSum: number;
      unit: string;
      changeFromBaselinePct: number | null;
      changeFromNadirPct: number | null;
      changeFromNadirAbsolute: number | null;
      bestOverallResponse: string | null;
      rule: string;
      source: string;
    } | null;
  };
};

export type FinaliseImagingReportMutationVariables = Exact<{
  input: ReportVersionInput;
}>;

export type FinaliseImagingReportMutation = {
  finaliseImagingReport: {
    baselineMessages: Array<string>;
    report: {
      caseId: string;
      accessionNumber: string | null;
      findings: string;
      version: number;
      baselineMessages: Array<string>;
      id: string;
      studyDate: string;
      modality: ImagingModality;
      bodyRegion: string;
      criteria: ResponseCriteria;
      status: ImagingReportStatus;
      isBaseline: boolean;
      finalisedAt: string | null;
      impression: string;
      newLesion: NewLesionFinding;
      nonTargetResponse: NonTargetResponse | null;
      clearNonMeasurableProgression: boolean;
      steroidsAbovePhysiologic: boolean;
      uptakeNormalized: boolean;
      measurements: Array<{
        id: string;
        lesionId: string;
        role: LesionRole;
        position: number;
        longAxisMm: number | null;
        shortAxisMm: number | null;
        viableDiameterMm: number | null;
        perpendicularMm: number | null;
        suvPeak: number | null;
        tooSmallToMeasure: boolean;
        notMeasured: boolean;
        lesion: { id: string; label: string; organ: string; nodal: boolean };
      }>;
      response: {
        category: string;
        sum: number | null;
        nadir: number | null;
        baselineSum: number;
        unit: string;
        changeFromBaselinePct: number | null;
        changeFromNadirPct: number | null;
        changeFromNadirAbsolute: number | null;
        bestOverallResponse: string | null;
        rule: string;
        source: string;
      } | null;
    };
  };
};

export type CreateImagingReportMutationVariables = Exact<{
  input: CreateImagingReportInput;
}>;

export type CreateImagingReportMutation = {
  createImagingReport: { id: string };
};

export type PharmacistWorklistQueryVariables = Exact<{
  filter?: PharmacistWorklistFilter | null | undefined;
}>;

export type PharmacistWorklistQuery = {
  pharmacistWorklist: {
    edges: Array<{
      node: {
        caseId: string;
        dueDate: string | null;
        state: WorklistReviewState;
        case: {
          id: string;
          status: CaseStatus;
          diagnosisText: string | null;
          patient: {
            id: string;
            mrn: string;
            givenName: string;
            familyName: string;
          };
        };
        review: {
          id: string;
          status: PharmacistReviewStatus;
          signedAt: string | null;
          computedClearance: ContrastClearance | null;
        } | null;
      };
    }>;
  };
};

export type ComputedNumberFragment = {
  value: number | null;
  unit: string;
  equation: string;
  source: string;
  note: string | null;
  kdigoCategory: string | null;
  weightBasis: string | null;
  inputs: Array<{
    name: string;
    value: string;
    unit: string | null;
    measuredOn: string | null;
    entered: string | null;
  }>;
};

export type FullReviewFragment = {
  id: string;
  caseId: string;
  status: PharmacistReviewStatus;
  version: number;
  reviewDate: string;
  computedAt: string;
  computedClearance: ContrastClearance | null;
  contrastClearance: ContrastClearance | null;
  clearanceNote: string | null;
  signedAt: string | null;
  signedByName: string | null;
  computed: {
    aki: boolean;
    onDialysis: boolean;
    priorContrastReaction: string;
    reviewDate: string;
    egfr: {
      value: number | null;
      unit: string;
      equation: string;
      source: string;
      note: string | null;
      kdigoCategory: string | null;
      weightBasis: string | null;
      inputs: Array<{
        name: string;
        value: string;
        unit: string | null;
        measuredOn: string | null;
        entered: string | null;
      }>;
    };
    crcl: {
      value: number | null;
      unit: string;
      equation: string;
      source: string;
      note: string | null;
      kdigoCategory: string | null;
      weightBasis: string | null;
      inputs: Array<{
        name: string;
        value: string;
        unit: string | null;
        measuredOn: string | null;
        entered: string | null;
      }>;
    };
    bsa: {
      value: number | null;
      unit: string;
      equation: string;
      source: string;
      note: string | null;
      kdigoCategory: string | null;
      weightBasis: string | null;
      inputs: Array<{
        name: string;
        value: string;
        unit: string | null;
        measuredOn: string | null;
        entered: string | null;
      }>;
    };
    medications: Array<{
      id: string;
      drug: string;
      dose: string | null;
      route: string | null;
      frequency: string | null;
    }>;
    contrast: Array<{
      imagingRequestId: string;
      modality: string;
      bodyRegion: string;
      agent: ContrastAgent;
      route: ContrastRoute;
      plannedDate: string;
      clearance: ContrastClearance | null;
      highRiskOfContrastAki: boolean | null;
      note: string | null;
    }>;
  };
  findings: Array<{
    id: string;
    origin: ReviewFindingOrigin;
    kind: ReviewFindingKind;
    code: string;
    severity: ReviewFindingSeverity;
    ruleSeverity: string | null;
    message: string;
    recommendation: string | null;
    source: string | null;
    decision: ReviewFindingDecision;
    decisionReason: string | null;
    decidedAt: string | null;
  }>;
};

export type PharmacistReviewPageQueryVariables = Exact<{
  id: string | number;
}>;

export type PharmacistReviewPageQuery = {
  pharmacistReview: {
    id: string;
    caseId: string;
    status: PharmacistReviewStatus;
    version: number;
    reviewDate: string;
    computedAt: string;
    computedClearance: ContrastClearance | null;
    contrastClearance: ContrastClearance | null;
    clearanceNote: string | null;
    signedAt: string | null;
    signedByName: string | null;
    computed: {
      aki: boolean;
      onDialysis: boolean;
      priorContrastReaction: string;
      reviewDate: string;
      egfr: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      crcl: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      bsa: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      medications: Array<{
        id: string;
        drug: string;
        dose: string | null;
        route: string | null;
        frequency: string | null;
      }>;
      contrast: Array<{
        imagingRequestId: string;
        modality: string;
        bodyRegion: string;
        agent: ContrastAgent;
        route: ContrastRoute;
        plannedDate: string;
        clearance: ContrastClearance | null;
        highRiskOfContrastAki: boolean | null;
        note: string | null;
      }>;
    };
    findings: Array<{
      id: string;
      origin: ReviewFindingOrigin;
      kind: ReviewFindingKind;
      code: string;
      severity: ReviewFindingSeverity;
      ruleSeverity: string | null;
      message: string;
      recommendation: string | null;
      source: string | null;
      decision: ReviewFindingDecision;
      decisionReason: string | null;
      decidedAt: string | null;
    }>;
  };
};

export type PharmacistReviewCaseQueryVariables = Exact<{
  caseId: string | number;
}>;

export type PharmacistReviewCaseQuery = {
  case: {
    id: string;
    status: CaseStatus;
    diagnosisText: string | null;
    patient: {
      id: string;
      mrn: string;
      givenName: string;
      familyName: string;
      birthDate: string;
      sex: PatientSex;
    };
  };
};

export type OpenPharmacistReviewMutationVariables = Exact<{
  caseId: string | number;
}>;

export type OpenPharmacistReviewMutation = {
  openPharmacistReview: {
    id: string;
    caseId: string;
    status: PharmacistReviewStatus;
    version: number;
    reviewDate: string;
    computedAt: string;
    computedClearance: ContrastClearance | null;
    contrastClearance: ContrastClearance | null;
    clearanceNote: string | null;
    signedAt: string | null;
    signedByName: string | null;
    computed: {
      aki: boolean;
      onDialysis: boolean;
      priorContrastReaction: string;
      reviewDate: string;
      egfr: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      crcl: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      bsa: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      medications: Array<{
        id: string;
        drug: string;
        dose: string | null;
        route: string | null;
        frequency: string | null;
      }>;
      contrast: Array<{
        imagingRequestId: string;
        modality: string;
        bodyRegion: string;
        agent: ContrastAgent;
        route: ContrastRoute;
        plannedDate: string;
        clearance: ContrastClearance | null;
        highRiskOfContrastAki: boolean | null;
        note: string | null;
      }>;
    };
    findings: Array<{
      id: string;
      origin: ReviewFindingOrigin;
      kind: ReviewFindingKind;
      code: string;
      severity: ReviewFindingSeverity;
      ruleSeverity: string | null;
      message: string;
      recommendation: string | null;
      source: string | null;
      decision: ReviewFindingDecision;
      decisionReason: string | null;
      decidedAt: string | null;
    }>;
  };
};

export type RecomputePharmacistReviewMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;

export type RecomputePharmacistReviewMutation = {
  recomputePharmacistReview: {
    id: string;
    caseId: string;
    status: PharmacistReviewStatus;
    version: number;
    reviewDate: string;
    computedAt: string;
    computedClearance: ContrastClearance | null;
    contrastClearance: ContrastClearance | null;
    clearanceNote: string | null;
    signedAt: string | null;
    signedByName: string | null;
    computed: {
      aki: boolean;
      onDialysis: boolean;
      priorContrastReaction: string;
      reviewDate: string;
      egfr: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      crcl: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      bsa: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      medications: Array<{
        id: string;
        drug: string;
        dose: string | null;
        route: string | null;
        frequency: string | null;
      }>;
      contrast: Array<{
        imagingRequestId: string;
        modality: string;
        bodyRegion: string;
        agent: ContrastAgent;
        route: ContrastRoute;
        plannedDate: string;
        clearance: ContrastClearance | null;
        highRiskOfContrastAki: boolean | null;
        note: string | null;
      }>;
    };
    findings: Array<{
      id: string;
      origin: ReviewFindingOrigin;
      kind: ReviewFindingKind;
      code: string;
      severity: ReviewFindingSeverity;
      ruleSeverity: string | null;
      message: string;
      recommendation: string | null;
      source: string | null;
      decision: ReviewFindingDecision;
      decisionReason: string | null;
      decidedAt: string | null;
    }>;
  };
};

export type DecideReviewFindingMutationVariables = Exact<{
  input: DecideReviewFindingInput;
}>;

export type DecideReviewFindingMutation = {
  decideReviewFinding: {
    id: string;
    caseId: string;
    status: PharmacistReviewStatus;
    version: number;
    reviewDate: string;
    computedAt: string;
    computedClearance: ContrastClearance | null;
    contrastClearance: ContrastClearance | null;
    clearanceNote: string | null;
    signedAt: string | null;
    signedByName: string | null;
    computed: {
      aki: boolean;
      onDialysis: boolean;
      priorContrastReaction: string;
      reviewDate: string;
      egfr: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      crcl: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      bsa: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      medications: Array<{
        id: string;
        drug: string;
        dose: string | null;
        route: string | null;
        frequency: string | null;
      }>;
      contrast: Array<{
        imagingRequestId: string;
        modality: string;
        bodyRegion: string;
        agent: ContrastAgent;
        route: ContrastRoute;
        plannedDate: string;
        clearance: ContrastClearance | null;
        highRiskOfContrastAki: boolean | null;
        note: string | null;
      }>;
    };
    findings: Array<{
      id: string;
      origin: ReviewFindingOrigin;
      kind: ReviewFindingKind;
      code: string;
      severity: ReviewFindingSeverity;
      ruleSeverity: string | null;
      message: string;
      recommendation: string | null;
      source: string | null;
      decision: ReviewFindingDecision;
      decisionReason: string | null;
      decidedAt: string | null;
    }>;
  };
};

export type SetContrastClearanceMutationVariables = Exact<{
  input: SetContrastClearanceInput;
}>;

export type SetContrastClearanceMutation = {
  setContrastClearance: {
    id: string;
    caseId: string;
    status: PharmacistReviewStatus;
    version: number;
    reviewDate: string;
    computedAt: string;
    computedClearance: ContrastClearance | null;
    contrastClearance: ContrastClearance | null;
    clearanceNote: string | null;
    signedAt: string | null;
    signedByName: string | null;
    computed: {
      aki: boolean;
      onDialysis: boolean;
      priorContrastReaction: string;
      reviewDate: string;
      egfr: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      crcl: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      bsa: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      medications: Array<{
        id: string;
        drug: string;
        dose: string | null;
        route: string | null;
        frequency: string | null;
      }>;
      contrast: Array<{
        imagingRequestId: string;
        modality: string;
        bodyRegion: string;
        agent: ContrastAgent;
        route: ContrastRoute;
        plannedDate: string;
        clearance: ContrastClearance | null;
        highRiskOfContrastAki: boolean | null;
        note: string | null;
      }>;
    };
    findings: Array<{
      id: string;
      origin: ReviewFindingOrigin;
      kind: ReviewFindingKind;
      code: string;
      severity: ReviewFindingSeverity;
      ruleSeverity: string | null;
      message: string;
      recommendation: string | null;
      source: string | null;
      decision: ReviewFindingDecision;
      decisionReason: string | null;
      decidedAt: string | null;
    }>;
  };
};

export type SignPharmacistReviewMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;

export type SignPharmacistReviewMutation = {
  signPharmacistReview: {
    id: string;
    caseId: string;
    status: PharmacistReviewStatus;
    version: number;
    reviewDate: string;
    computedAt: string;
    computedClearance: ContrastClearance | null;
    contrastClearance: ContrastClearance | null;
    clearanceNote: string | null;
    signedAt: string | null;
    signedByName: string | null;
    computed: {
      aki: boolean;
      onDialysis: boolean;
      priorContrastReaction: string;
      reviewDate: string;
      egfr: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      crcl: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      bsa: {
        value: number | null;
        unit: string;
        equation: string;
        source: string;
        note: string | null;
        kdigoCategory: string | null;
        weightBasis: string | null;
        inputs: Array<{
          name: string;
          value: string;
          unit: string | null;
          measuredOn: string | null;
          entered: string | null;
        }>;
      };
      medications: Array<{
        id: string;
        drug: string;
        dose: string | null;
        route: string | null;
        frequency: string | null;
      }>;
      contrast: Array<{
        imagingRequestId: string;
        modality: string;
        bodyRegion: string;
        agent: ContrastAgent;
        route: ContrastRoute;
        plannedDate: string;
        clearance: ContrastClearance | null;
        highRiskOfContrastAki: boolean | null;
        note: string | null;
      }>;
    };
    findings: Array<{
      id: string;
      origin: ReviewFindingOrigin;
      kind: ReviewFindingKind;
      code: string;
      severity: ReviewFindingSeverity;
      ruleSeverity: string | null;
      message: string;
      recommendation: string | null;
      source: string | null;
      decision: ReviewFindingDecision;
      decisionReason: string | null;
      decidedAt: string | null;
    }>;
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    email: string;
    displayName: string;
    roles: Array<Role>;
    teams: Array<{ id: string; name: string }>;
  };
};

export type TriageCaseMutationVariables = Exact<{
  input: CaseTransitionInput;
}>;

export type TriageCaseMutation = {
  triageCase: {
    id: string;
    teamId: string;
    status: CaseStatus;
    priority: CasePriority;
    referralDate: string;
    targetDiscussionDate: string | null;
    diagnosisText: string | null;
    question: string | null;
    version: number;
    patient: { id: string; mrn: string; givenName: string; familyName: string };
    readiness: {
      ready: boolean;
      missing: Array<string>;
      items: Array<{
        key: string;
        label: string;
        satisfied: boolean;
        detail: string;
      }>;
    };
  };
};

export type MarkCaseReadyMutationVariables = Exact<{
  input: CaseTransitionInput;
}>;

export type MarkCaseReadyMutation = {
  markCaseReady: {
    id: string;
    teamId: string;
    status: CaseStatus;
    priority: CasePriority;
    referralDate: string;
    targetDiscussionDate: string | null;
    diagnosisText: string | null;
    question: string | null;
    version: number;
    patient: { id: string; mrn: string; givenName: string; familyName: string };
    readiness: {
      ready: boolean;
      missing: Array<string>;
      items: Array<{
        key: string;
        label: string;
        satisfied: boolean;
        detail: string;
      }>;
    };
  };
};

export type CaseWorklistQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CaseWorklistFilter | null | undefined;
  orderBy: CaseWorklistOrder;
}>;

export type CaseWorklistQuery = {
  caseWorklist: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        teamId: string;
        status: CaseStatus;
        priority: CasePriority;
        referralDate: string;
        targetDiscussionDate: string | null;
        diagnosisText: string | null;
        question: string | null;
        version: number;
        patient: {
          id: string;
          mrn: string;
          givenName: string;
          familyName: string;
        };
        readiness: {
          ready: boolean;
          missing: Array<string>;
          items: Array<{
            key: string;
            label: string;
            satisfied: boolean;
            detail: string;
          }>;
        };
      };
    }>;
  };
};

export type WorklistCaseFragment = {
  id: string;
  teamId: string;
  status: CaseStatus;
  priority: CasePriority;
  referralDate: string;
  targetDiscussionDate: string | null;
  diagnosisText: string | null;
  question: string | null;
  version: number;
  patient: { id: string; mrn: string; givenName: string; familyName: string };
  readiness: {
    ready: boolean;
    missing: Array<string>;
    items: Array<{
      key: string;
      label: string;
      satisfied: boolean;
      detail: string;
    }>;
  };
};

export type ReferralTeamsQueryVariables = Exact<{ [key: string]: never }>;

export type ReferralTeamsQuery = { teams: Array<{ id: string; name: string }> };

export type ReferCaseMutationVariables = Exact<{
  input: ReferCaseInput;
}>;

export type ReferCaseMutation = {
  referCase: {
    id: string;
    teamId: string;
    status: CaseStatus;
    priority: CasePriority;
    referralDate: string;
    targetDiscussionDate: string | null;
    diagnosisText: string | null;
    question: string | null;
    version: number;
    patient: { id: string; mrn: string; givenName: string; familyName: string };
    readiness: {
      ready: boolean;
      missing: Array<string>;
      items: Array<{
        key: string;
        label: string;
        satisfied: boolean;
        detail: string;
      }>;
    };
  };
};

export const AdminUserFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AdminUser" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "User" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "roles" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "teams" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUserFragment, unknown>;
export const ReportMeasurementFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ReportMeasurement" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LesionMeasurement" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "lesionId" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "longAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "shortAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "viableDiameterMm" } },
          { kind: "Field", name: { kind: "Name", value: "perpendicularMm" } },
          { kind: "Field", name: { kind: "Name", value: "suvPeak" } },
          { kind: "Field", name: { kind: "Name", value: "tooSmallToMeasure" } },
          { kind: "Field", name: { kind: "Name", value: "notMeasured" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "lesion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "organ" } },
                { kind: "Field", name: { kind: "Name", value: "nodal" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportMeasurementFragment, unknown>;
export const CaseImagingReportFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseImagingReport" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ImagingReport" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "studyDate" } },
          { kind: "Field", name: { kind: "Name", value: "modality" } },
          { kind: "Field", name: { kind: "Name", value: "bodyRegion" } },
          { kind: "Field", name: { kind: "Name", value: "criteria" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "isBaseline" } },
          { kind: "Field", name: { kind: "Name", value: "finalisedAt" } },
          { kind: "Field", name: { kind: "Name", value: "impression" } },
          { kind: "Field", name: { kind: "Name", value: "newLesion" } },
          { kind: "Field", name: { kind: "Name", value: "nonTargetResponse" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "clearNonMeasurableProgression" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "steroidsAbovePhysiologic" },
          },
          { kind: "Field", name: { kind: "Name", value: "uptakeNormalized" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "measurements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ReportMeasurement" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "response" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "sum" } },
                { kind: "Field", name: { kind: "Name", value: "nadir" } },
                { kind: "Field", name: { kind: "Name", value: "baselineSum" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromBaselinePct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirPct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirAbsolute" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bestOverallResponse" },
                },
                { kind: "Field", name: { kind: "Name", value: "rule" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ReportMeasurement" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LesionMeasurement" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "lesionId" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "longAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "shortAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "viableDiameterMm" } },
          { kind: "Field", name: { kind: "Name", value: "perpendicularMm" } },
          { kind: "Field", name: { kind: "Name", value: "suvPeak" } },
          { kind: "Field", name: { kind: "Name", value: "tooSmallToMeasure" } },
          { kind: "Field", name: { kind: "Name", value: "notMeasured" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "lesion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "organ" } },
                { kind: "Field", name: { kind: "Name", value: "nodal" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseImagingReportFragment, unknown>;
export const DecisionDetailFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DecisionDetail" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Decision" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "revision" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "recommendation" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recommendationText" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "interventionalProcedure" },
          },
          { kind: "Field", name: { kind: "Name", value: "intent" } },
          { kind: "Field", name: { kind: "Name", value: "rationale" } },
          { kind: "Field", name: { kind: "Name", value: "dissentNotes" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUpPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "intervalDays" },
                },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reminderLeadDays" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUps" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionDetailFragment, unknown>;
export const KpiDurationFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "KpiDuration" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "DurationKpi" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "count" } },
          { kind: "Field", name: { kind: "Name", value: "median" } },
          { kind: "Field", name: { kind: "Name", value: "p90" } },
          { kind: "Field", name: { kind: "Name", value: "mean" } },
          { kind: "Field", name: { kind: "Name", value: "withinTarget" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "withinTargetPercent" },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiDurationFragment, unknown>;
export const KpiRateFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "KpiRate" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "RateKpi" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "numerator" } },
          { kind: "Field", name: { kind: "Name", value: "denominator" } },
          { kind: "Field", name: { kind: "Name", value: "percent" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiRateFragment, unknown>;
export const KpiMeasureFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "KpiMeasure" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "MeasureKpi" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "count" } },
          { kind: "Field", name: { kind: "Name", value: "median" } },
          { kind: "Field", name: { kind: "Name", value: "p90" } },
          { kind: "Field", name: { kind: "Name", value: "mean" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiMeasureFragment, unknown>;
export const MeetingSummaryFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingSummary" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Meeting" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "chairId" } },
          { kind: "Field", name: { kind: "Name", value: "videoLink" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingSummaryFragment, unknown>;
export const AgendaEntryFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntry" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "AgendaItem" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "allocatedMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "deferralReason" } },
          { kind: "Field", name: { kind: "Name", value: "deferralNote" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "priority" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaEntryFragment, unknown>;
export const ComputedNumberFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ComputedNumber" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ComputedValue" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "equation" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "kdigoCategory" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasis" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "inputs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "entered" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComputedNumberFragment, unknown>;
export const FullReviewFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FullReview" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PharmacistReview" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
          { kind: "Field", name: { kind: "Name", value: "computedAt" } },
          { kind: "Field", name: { kind: "Name", value: "computedClearance" } },
          { kind: "Field", name: { kind: "Name", value: "contrastClearance" } },
          { kind: "Field", name: { kind: "Name", value: "clearanceNote" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "computed" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "aki" } },
                { kind: "Field", name: { kind: "Name", value: "onDialysis" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "priorContrastReaction" },
                },
                { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "egfr" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "crcl" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bsa" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "medications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "drug" } },
                      { kind: "Field", name: { kind: "Name", value: "dose" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "frequency" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "contrast" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "imagingRequestId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "modality" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bodyRegion" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "agent" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plannedDate" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "clearance" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "highRiskOfContrastAki" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "note" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "findings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "origin" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "severity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ruleSeverity" },
                },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recommendation" },
                },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisionReason" },
                },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ComputedNumber" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ComputedValue" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "equation" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "kdigoCategory" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasis" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "inputs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "entered" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FullReviewFragment, unknown>;
export const WorklistCaseFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WorklistCase" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Case" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "referralDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targetDiscussionDate" },
          },
          { kind: "Field", name: { kind: "Name", value: "diagnosisText" } },
          { kind: "Field", name: { kind: "Name", value: "question" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "patient" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mrn" } },
                { kind: "Field", name: { kind: "Name", value: "givenName" } },
                { kind: "Field", name: { kind: "Name", value: "familyName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "readiness" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "ready" } },
                { kind: "Field", name: { kind: "Name", value: "missing" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "items" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "satisfied" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "detail" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorklistCaseFragment, unknown>;
export const AdminDirectoryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AdminDirectory" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "users" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AdminUser" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "teams" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AdminUser" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "User" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "roles" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "teams" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminDirectoryQuery, AdminDirectoryQueryVariables>;
export const AdminCreateTeamDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AdminCreateTeam" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "CreateTeamInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createTeam" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminCreateTeamMutation,
  AdminCreateTeamMutationVariables
>;
export const AdminAddTeamMemberDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AdminAddTeamMember" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "TeamMemberInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addTeamMember" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AdminUser" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AdminUser" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "User" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "roles" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "teams" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminAddTeamMemberMutation,
  AdminAddTeamMemberMutationVariables
>;
export const AdminRemoveTeamMemberDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AdminRemoveTeamMember" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "TeamMemberInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "removeTeamMember" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AdminUser" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AdminUser" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "User" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "roles" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "teams" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminRemoveTeamMemberMutation,
  AdminRemoveTeamMemberMutationVariables
>;
export const AdminSetUserRolesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AdminSetUserRoles" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SetUserRolesInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setUserRoles" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AdminUser" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AdminUser" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "User" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "roles" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "teams" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminSetUserRolesMutation,
  AdminSetUserRolesMutationVariables
>;
export const AdminTeamSettingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AdminTeamSettings" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "teamId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "teamReadinessRules" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "teamId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "teamId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "imagingMaxAgeDays" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "requirePharmacistReview" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "requireClinicalSummary" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "requireQuestion" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "teamKpiTargets" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "teamId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "teamId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "referralToDiscussionDays" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "imagingReportHours" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisionSigningHours" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "teamFollowUpSettings" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "teamId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "teamId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
                { kind: "Field", name: { kind: "Name", value: "graceDays" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "teamQuorumRules" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "teamId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "teamId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
                { kind: "Field", name: { kind: "Name", value: "isDefault" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "minimums" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminTeamSettingsQuery,
  AdminTeamSettingsQueryVariables
>;
export const AdminSetReadinessRulesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AdminSetReadinessRules" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SetTeamReadinessRulesInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setTeamReadinessRules" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "imagingMaxAgeDays" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "requirePharmacistReview" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "requireClinicalSummary" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "requireQuestion" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminSetReadinessRulesMutation,
  AdminSetReadinessRulesMutationVariables
>;
export const AdminSetKpiTargetsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AdminSetKpiTargets" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SetTeamKpiTargetsInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setTeamKpiTargets" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "referralToDiscussionDays" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "imagingReportHours" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisionSigningHours" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminSetKpiTargetsMutation,
  AdminSetKpiTargetsMutationVariables
>;
export const AdminSetFollowUpSettingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AdminSetFollowUpSettings" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SetTeamFollowUpSettingsInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setTeamFollowUpSettings" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
                { kind: "Field", name: { kind: "Name", value: "graceDays" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminSetFollowUpSettingsMutation,
  AdminSetFollowUpSettingsMutationVariables
>;
export const AdminSetQuorumRulesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AdminSetQuorumRules" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SetTeamQuorumRulesInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setTeamQuorumRules" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
                { kind: "Field", name: { kind: "Name", value: "isDefault" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "minimums" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminSetQuorumRulesMutation,
  AdminSetQuorumRulesMutationVariables
>;
export const LoginDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "Login" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "email" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "password" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "login" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "email" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "email" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "password" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "password" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "accessToken" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "accessTokenExpiresAt" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "refreshToken" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "displayName" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "Logout" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "refreshToken" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "logout" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "refreshToken" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "refreshToken" },
                },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RefreshDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "Refresh" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "refreshToken" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "refresh" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "refreshToken" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "refreshToken" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "accessToken" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "accessTokenExpiresAt" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "refreshToken" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "displayName" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const CasePageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CasePage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "priority" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "referralDate" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "referralSource" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "targetDiscussionDate" },
                },
                { kind: "Field", name: { kind: "Name", value: "question" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "clinicalSummary" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisCode" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                { kind: "Field", name: { kind: "Name", value: "ecog" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "tnm" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "prefix" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "t" } },
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      { kind: "Field", name: { kind: "Name", value: "m" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "stageGroup" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edition" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "birthDate" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "sex" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "readiness" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "ready" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "missing" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "items" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "key" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "label" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "satisfied" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "detail" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "events" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "fromStatus" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "toStatus" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "occurredAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reason" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "medications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "drug" } },
                      { kind: "Field", name: { kind: "Name", value: "dose" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "frequency" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "startDate" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "stopDate" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "measures" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "unit" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "normalizedValue" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "measuredOn" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "renalStatus" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "aki" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "onDialysis" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "allergies" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "substance" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reaction" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "severity" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "contrastReaction" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "imagingReports" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "CaseImagingReport" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pharmacistReviews" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "status" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reviewDate" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signedAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signedByName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "contrastClearance" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "computed" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "egfr" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "value" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "unit" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "equation" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "source" },
                                  },
                                  {
                                    kind: "Field",
                                    name: {
                                      kind: "Name",
                                      value: "kdigoCategory",
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "note" },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "crcl" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "value" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "unit" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "equation" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "source" },
                                  },
                                  {
                                    kind: "Field",
                                    name: {
                                      kind: "Name",
                                      value: "weightBasis",
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "note" },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "status" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "revision" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "recommendation" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "recommendationText" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "intent" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "createdAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "proposedAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signedAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signedByName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "followUps" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "id" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "modality" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "criteria" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "dueDate" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "status" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ReportMeasurement" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LesionMeasurement" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "lesionId" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "longAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "shortAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "viableDiameterMm" } },
          { kind: "Field", name: { kind: "Name", value: "perpendicularMm" } },
          { kind: "Field", name: { kind: "Name", value: "suvPeak" } },
          { kind: "Field", name: { kind: "Name", value: "tooSmallToMeasure" } },
          { kind: "Field", name: { kind: "Name", value: "notMeasured" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "lesion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "organ" } },
                { kind: "Field", name: { kind: "Name", value: "nodal" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseImagingReport" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ImagingReport" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "studyDate" } },
          { kind: "Field", name: { kind: "Name", value: "modality" } },
          { kind: "Field", name: { kind: "Name", value: "bodyRegion" } },
          { kind: "Field", name: { kind: "Name", value: "criteria" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "isBaseline" } },
          { kind: "Field", name: { kind: "Name", value: "finalisedAt" } },
          { kind: "Field", name: { kind: "Name", value: "impression" } },
          { kind: "Field", name: { kind: "Name", value: "newLesion" } },
          { kind: "Field", name: { kind: "Name", value: "nonTargetResponse" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "clearNonMeasurableProgression" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "steroidsAbovePhysiologic" },
          },
          { kind: "Field", name: { kind: "Name", value: "uptakeNormalized" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "measurements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ReportMeasurement" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "response" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "sum" } },
                { kind: "Field", name: { kind: "Name", value: "nadir" } },
                { kind: "Field", name: { kind: "Name", value: "baselineSum" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromBaselinePct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirPct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirAbsolute" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bestOverallResponse" },
                },
                { kind: "Field", name: { kind: "Name", value: "rule" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const DecisionsWorkspaceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DecisionsWorkspace" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "decisionsAwaitingSignature" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "DecisionDetail" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "casesWithDecisions" },
            name: { kind: "Name", value: "caseWorklist" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "statuses" },
                      value: {
                        kind: "ListValue",
                        values: [
                          { kind: "EnumValue", value: "DISCUSSED" },
                          { kind: "EnumValue", value: "DECISION_SIGNED" },
                          { kind: "EnumValue", value: "IN_FOLLOW_UP" },
                          { kind: "EnumValue", value: "TRIAGED" },
                          { kind: "EnumValue", value: "READY" },
                          { kind: "EnumValue", value: "LISTED" },
                          { kind: "EnumValue", value: "DEFERRED" },
                        ],
                      },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "id" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "patient" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "id" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "mrn" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "givenName" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "familyName" },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "caseWorklist" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "statuses" },
                      value: {
                        kind: "ListValue",
                        values: [{ kind: "EnumValue", value: "DISCUSSED" }],
                      },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "URGENCY" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "id" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "status" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "priority" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "diagnosisText" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "patient" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "id" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "mrn" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "givenName" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "familyName" },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DecisionDetail" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Decision" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "revision" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "recommendation" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recommendationText" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "interventionalProcedure" },
          },
          { kind: "Field", name: { kind: "Name", value: "intent" } },
          { kind: "Field", name: { kind: "Name", value: "rationale" } },
          { kind: "Field", name: { kind: "Name", value: "dissentNotes" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUpPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "intervalDays" },
                },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reminderLeadDays" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUps" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DecisionsWorkspaceQuery,
  DecisionsWorkspaceQueryVariables
>;
export const DecisionCaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DecisionCase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "caseId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "caseId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                { kind: "Field", name: { kind: "Name", value: "question" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "DecisionDetail" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DecisionDetail" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Decision" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "revision" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "recommendation" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recommendationText" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "interventionalProcedure" },
          },
          { kind: "Field", name: { kind: "Name", value: "intent" } },
          { kind: "Field", name: { kind: "Name", value: "rationale" } },
          { kind: "Field", name: { kind: "Name", value: "dissentNotes" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUpPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "intervalDays" },
                },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reminderLeadDays" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUps" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionCaseQuery, DecisionCaseQueryVariables>;
export const CreateDecisionDraftDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateDecisionDraft" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "CreateDecisionDraftInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createDecisionDraft" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "DecisionDetail" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DecisionDetail" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Decision" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "revision" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "recommendation" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recommendationText" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "interventionalProcedure" },
          },
          { kind: "Field", name: { kind: "Name", value: "intent" } },
          { kind: "Field", name: { kind: "Name", value: "rationale" } },
          { kind: "Field", name: { kind: "Name", value: "dissentNotes" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUpPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "intervalDays" },
                },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reminderLeadDays" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUps" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateDecisionDraftMutation,
  CreateDecisionDraftMutationVariables
>;
export const UpdateDecisionDraftDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateDecisionDraft" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "UpdateDecisionDraftInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateDecisionDraft" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "DecisionDetail" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DecisionDetail" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Decision" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "revision" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "recommendation" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recommendationText" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "interventionalProcedure" },
          },
          { kind: "Field", name: { kind: "Name", value: "intent" } },
          { kind: "Field", name: { kind: "Name", value: "rationale" } },
          { kind: "Field", name: { kind: "Name", value: "dissentNotes" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUpPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "intervalDays" },
                },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reminderLeadDays" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUps" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateDecisionDraftMutation,
  UpdateDecisionDraftMutationVariables
>;
export const ProposeDecisionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ProposeDecision" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "DecisionStepInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "proposeDecision" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "DecisionDetail" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DecisionDetail" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Decision" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "revision" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "recommendation" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recommendationText" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "interventionalProcedure" },
          },
          { kind: "Field", name: { kind: "Name", value: "intent" } },
          { kind: "Field", name: { kind: "Name", value: "rationale" } },
          { kind: "Field", name: { kind: "Name", value: "dissentNotes" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUpPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "intervalDays" },
                },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reminderLeadDays" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUps" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ProposeDecisionMutation,
  ProposeDecisionMutationVariables
>;
export const SignDecisionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SignDecision" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "DecisionStepInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "signDecision" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "DecisionDetail" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DecisionDetail" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Decision" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "revision" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "recommendation" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recommendationText" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "interventionalProcedure" },
          },
          { kind: "Field", name: { kind: "Name", value: "intent" } },
          { kind: "Field", name: { kind: "Name", value: "rationale" } },
          { kind: "Field", name: { kind: "Name", value: "dissentNotes" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUpPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "intervalDays" },
                },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reminderLeadDays" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "followUps" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "criteria" } },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SignDecisionMutation,
  SignDecisionMutationVariables
>;
export const KpiDashboardDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "KpiDashboard" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "filter" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "KpiFilterInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "kpiDashboard" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "filter" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                { kind: "Field", name: { kind: "Name", value: "refreshedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "referralToDiscussion" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "KpiDuration" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "imagingTurnaround" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "KpiDuration" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisionSigning" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "KpiDuration" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reviewBeforeDiscussion" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "KpiRate" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "readinessComplete" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "KpiRate" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "deferralRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "KpiRate" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "followUpAdherence" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "KpiRate" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "meetingsQuorate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "KpiRate" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "casesPerMeeting" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "KpiMeasure" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "minutesPerCase" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "KpiMeasure" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "overdueFollowUps" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "deferralReasons" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reason" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "atMeeting" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "attendanceByRole" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "meetings" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "meanPresent" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "meetingsAtMinimum" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "trend" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "month" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "referralToDiscussion" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "KpiDuration" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "imagingTurnaround" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "KpiDuration" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "decisionSigning" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "KpiDuration" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reviewBeforeDiscussion" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "KpiRate" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "readinessComplete" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "KpiRate" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "deferralRate" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "KpiRate" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "followUpAdherence" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "KpiRate" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "meetingsQuorate" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "KpiRate" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "casesPerMeeting" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "KpiMeasure" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "minutesPerCase" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "KpiMeasure" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "KpiDuration" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "DurationKpi" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "count" } },
          { kind: "Field", name: { kind: "Name", value: "median" } },
          { kind: "Field", name: { kind: "Name", value: "p90" } },
          { kind: "Field", name: { kind: "Name", value: "mean" } },
          { kind: "Field", name: { kind: "Name", value: "withinTarget" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "withinTargetPercent" },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "KpiRate" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "RateKpi" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "numerator" } },
          { kind: "Field", name: { kind: "Name", value: "denominator" } },
          { kind: "Field", name: { kind: "Name", value: "percent" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "KpiMeasure" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "MeasureKpi" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "count" } },
          { kind: "Field", name: { kind: "Name", value: "median" } },
          { kind: "Field", name: { kind: "Name", value: "p90" } },
          { kind: "Field", name: { kind: "Name", value: "mean" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiDashboardQuery, KpiDashboardQueryVariables>;
export const KpiCasesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "KpiCases" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "filter" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "KpiFilterInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "figure" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "KpiFigure" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "month" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "reason" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "first" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "offset" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "kpiCases" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "filter" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "figure" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "figure" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "month" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "month" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "reason" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "reason" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "first" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "offset" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "offset" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rows" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "caseId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "meetingId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "teamName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "subjectId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "at" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "meetsStandard" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reason" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiCasesQuery, KpiCasesQueryVariables>;
export const KpiOverdueFollowUpsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "KpiOverdueFollowUps" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "teamId" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "overdueFollowUps" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "teamId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "teamId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "followUpId" } },
                { kind: "Field", name: { kind: "Name", value: "caseId" } },
                { kind: "Field", name: { kind: "Name", value: "teamName" } },
                { kind: "Field", name: { kind: "Name", value: "modality" } },
                { kind: "Field", name: { kind: "Name", value: "dueDate" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "daysOverdue" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  KpiOverdueFollowUpsQuery,
  KpiOverdueFollowUpsQueryVariables
>;
export const KpiTeamsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "KpiTeams" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "teams" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiTeamsQuery, KpiTeamsQueryVariables>;
export const RefreshKpisDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RefreshKpis" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "refreshKpis" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "refreshedAt" } },
                { kind: "Field", name: { kind: "Name", value: "durationMs" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshKpisMutation, RefreshKpisMutationVariables>;
export const LiveMeetingDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "LiveMeeting" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "meeting" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "startsAt" } },
                { kind: "Field", name: { kind: "Name", value: "chairId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agenda" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "caseId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "position" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "case" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "id" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "diagnosisText" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "question" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "patient" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "id" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "givenName" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "familyName" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "mrn" },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorum" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "quorate" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "missing" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "role" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "required" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "present" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveMeetingQuery, LiveMeetingQueryVariables>;
export const UpcomingMeetingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "UpcomingMeetings" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "upcomingMeetings" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "50" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "MeetingSummary" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agenda" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "allocatedMinutes" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingSummary" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Meeting" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "chairId" } },
          { kind: "Field", name: { kind: "Name", value: "videoLink" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpcomingMeetingsQuery,
  UpcomingMeetingsQueryVariables
>;
export const MeetingAgendaDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MeetingAgenda" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "meeting" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "MeetingSummary" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agenda" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "AgendaEntry" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingSummary" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Meeting" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "chairId" } },
          { kind: "Field", name: { kind: "Name", value: "videoLink" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntry" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "AgendaItem" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "allocatedMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "deferralReason" } },
          { kind: "Field", name: { kind: "Name", value: "deferralNote" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "priority" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingAgendaQuery, MeetingAgendaQueryVariables>;
export const ReadyCasesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ReadyCases" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "teamId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "caseWorklist" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "teamId" },
                      value: {
                        kind: "Variable",
                        name: { kind: "Name", value: "teamId" },
                      },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "statuses" },
                      value: {
                        kind: "ListValue",
                        values: [{ kind: "EnumValue", value: "READY" }],
                      },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "URGENCY" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "id" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "priority" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "diagnosisText" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "patient" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "id" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "mrn" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "givenName" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "familyName" },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReadyCasesQuery, ReadyCasesQueryVariables>;
export const ScheduleMeetingDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ScheduleMeeting" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ScheduleMeetingInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "scheduleMeeting" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "MeetingSummary" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingSummary" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Meeting" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "chairId" } },
          { kind: "Field", name: { kind: "Name", value: "videoLink" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ScheduleMeetingMutation,
  ScheduleMeetingMutationVariables
>;
export const AddAgendaItemDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddAgendaItem" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "AddAgendaItemInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addAgendaItem" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "MeetingSummary" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agenda" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "AgendaEntry" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingSummary" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Meeting" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "chairId" } },
          { kind: "Field", name: { kind: "Name", value: "videoLink" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntry" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "AgendaItem" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "allocatedMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "deferralReason" } },
          { kind: "Field", name: { kind: "Name", value: "deferralNote" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "priority" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AddAgendaItemMutation,
  AddAgendaItemMutationVariables
>;
export const ReorderAgendaDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReorderAgenda" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ReorderAgendaInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reorderAgenda" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "MeetingSummary" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agenda" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "AgendaEntry" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingSummary" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Meeting" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "chairId" } },
          { kind: "Field", name: { kind: "Name", value: "videoLink" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntry" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "AgendaItem" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "allocatedMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "deferralReason" } },
          { kind: "Field", name: { kind: "Name", value: "deferralNote" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "priority" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReorderAgendaMutation,
  ReorderAgendaMutationVariables
>;
export const SetAgendaItemMinutesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetAgendaItemMinutes" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SetAgendaItemMinutesInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setAgendaItemMinutes" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AgendaEntry" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntry" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "AgendaItem" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "allocatedMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "deferralReason" } },
          { kind: "Field", name: { kind: "Name", value: "deferralNote" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "priority" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetAgendaItemMinutesMutation,
  SetAgendaItemMinutesMutationVariables
>;
export const DeferAgendaItemDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeferAgendaItem" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "DeferAgendaItemInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deferAgendaItem" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AgendaEntry" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntry" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "AgendaItem" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "allocatedMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "deferralReason" } },
          { kind: "Field", name: { kind: "Name", value: "deferralNote" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "priority" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeferAgendaItemMutation,
  DeferAgendaItemMutationVariables
>;
export const RemoveAgendaItemDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RemoveAgendaItem" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "AgendaItemStepInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "removeAgendaItem" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "MeetingSummary" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agenda" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "AgendaEntry" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingSummary" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Meeting" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "chairId" } },
          { kind: "Field", name: { kind: "Name", value: "videoLink" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntry" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "AgendaItem" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "allocatedMinutes" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "deferralReason" } },
          { kind: "Field", name: { kind: "Name", value: "deferralNote" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "priority" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RemoveAgendaItemMutation,
  RemoveAgendaItemMutationVariables
>;
export const HomeUpcomingMeetingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "HomeUpcomingMeetings" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "upcomingMeetings" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "20" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "startsAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "durationMinutes" },
                },
                { kind: "Field", name: { kind: "Name", value: "teamId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  HomeUpcomingMeetingsQuery,
  HomeUpcomingMeetingsQueryVariables
>;
export const NotificationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Notifications" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "notifications" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "20" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "unreadCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "body" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "caseId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "createdAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "readAt" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationReadDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MarkNotificationRead" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "markNotificationRead" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "readAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MarkNotificationReadMutation,
  MarkNotificationReadMutationVariables
>;
export const RadiologistWorklistDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RadiologistWorklist" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "filter" },
          },
          type: {
            kind: "NamedType",
            name: { kind: "Name", value: "RadiologistWorklistFilter" },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "radiologistWorklist" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "filter" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "STUDY_DATE_ASC" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "id" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "caseId" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "studyDate" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "modality" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "bodyRegion" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "criteria" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "status" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "isBaseline" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "updatedAt" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "caseWorklist" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "statuses" },
                      value: {
                        kind: "ListValue",
                        values: [
                          { kind: "EnumValue", value: "REFERRED" },
                          { kind: "EnumValue", value: "TRIAGED" },
                          { kind: "EnumValue", value: "READY" },
                          { kind: "EnumValue", value: "LISTED" },
                          { kind: "EnumValue", value: "DISCUSSED" },
                          { kind: "EnumValue", value: "DEFERRED" },
                          { kind: "EnumValue", value: "DECISION_SIGNED" },
                          { kind: "EnumValue", value: "IN_FOLLOW_UP" },
                        ],
                      },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "id" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "status" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "patient" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "id" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "mrn" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "givenName" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "familyName" },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RadiologistWorklistQuery,
  RadiologistWorklistQueryVariables
>;
export const ReportEditorDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ReportEditor" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "imagingReport" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CaseImagingReport" },
                },
                { kind: "Field", name: { kind: "Name", value: "caseId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "accessionNumber" },
                },
                { kind: "Field", name: { kind: "Name", value: "findings" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "baselineMessages" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ReportMeasurement" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LesionMeasurement" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "lesionId" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "longAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "shortAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "viableDiameterMm" } },
          { kind: "Field", name: { kind: "Name", value: "perpendicularMm" } },
          { kind: "Field", name: { kind: "Name", value: "suvPeak" } },
          { kind: "Field", name: { kind: "Name", value: "tooSmallToMeasure" } },
          { kind: "Field", name: { kind: "Name", value: "notMeasured" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "lesion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "organ" } },
                { kind: "Field", name: { kind: "Name", value: "nodal" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseImagingReport" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ImagingReport" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "studyDate" } },
          { kind: "Field", name: { kind: "Name", value: "modality" } },
          { kind: "Field", name: { kind: "Name", value: "bodyRegion" } },
          { kind: "Field", name: { kind: "Name", value: "criteria" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "isBaseline" } },
          { kind: "Field", name: { kind: "Name", value: "finalisedAt" } },
          { kind: "Field", name: { kind: "Name", value: "impression" } },
          { kind: "Field", name: { kind: "Name", value: "newLesion" } },
          { kind: "Field", name: { kind: "Name", value: "nonTargetResponse" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "clearNonMeasurableProgression" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "steroidsAbovePhysiologic" },
          },
          { kind: "Field", name: { kind: "Name", value: "uptakeNormalized" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "measurements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ReportMeasurement" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "response" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "sum" } },
                { kind: "Field", name: { kind: "Name", value: "nadir" } },
                { kind: "Field", name: { kind: "Name", value: "baselineSum" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromBaselinePct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirPct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirAbsolute" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bestOverallResponse" },
                },
                { kind: "Field", name: { kind: "Name", value: "rule" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportEditorQuery, ReportEditorQueryVariables>;
export const ReportCaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ReportCase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "caseId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "caseId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "trackedLesions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "organ" } },
                      { kind: "Field", name: { kind: "Name", value: "nodal" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "imagingReports" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "CaseImagingReport" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ReportMeasurement" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LesionMeasurement" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "lesionId" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "longAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "shortAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "viableDiameterMm" } },
          { kind: "Field", name: { kind: "Name", value: "perpendicularMm" } },
          { kind: "Field", name: { kind: "Name", value: "suvPeak" } },
          { kind: "Field", name: { kind: "Name", value: "tooSmallToMeasure" } },
          { kind: "Field", name: { kind: "Name", value: "notMeasured" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "lesion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "organ" } },
                { kind: "Field", name: { kind: "Name", value: "nodal" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseImagingReport" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ImagingReport" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "studyDate" } },
          { kind: "Field", name: { kind: "Name", value: "modality" } },
          { kind: "Field", name: { kind: "Name", value: "bodyRegion" } },
          { kind: "Field", name: { kind: "Name", value: "criteria" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "isBaseline" } },
          { kind: "Field", name: { kind: "Name", value: "finalisedAt" } },
          { kind: "Field", name: { kind: "Name", value: "impression" } },
          { kind: "Field", name: { kind: "Name", value: "newLesion" } },
          { kind: "Field", name: { kind: "Name", value: "nonTargetResponse" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "clearNonMeasurableProgression" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "steroidsAbovePhysiologic" },
          },
          { kind: "Field", name: { kind: "Name", value: "uptakeNormalized" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "measurements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ReportMeasurement" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "response" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "sum" } },
                { kind: "Field", name: { kind: "Name", value: "nadir" } },
                { kind: "Field", name: { kind: "Name", value: "baselineSum" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromBaselinePct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirPct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirAbsolute" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bestOverallResponse" },
                },
                { kind: "Field", name: { kind: "Name", value: "rule" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportCaseQuery, ReportCaseQueryVariables>;
export const UpdateImagingReportDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateImagingReport" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "UpdateImagingReportInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateImagingReport" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CaseImagingReport" },
                },
                { kind: "Field", name: { kind: "Name", value: "caseId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "accessionNumber" },
                },
                { kind: "Field", name: { kind: "Name", value: "findings" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "baselineMessages" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ReportMeasurement" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LesionMeasurement" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "lesionId" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "longAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "shortAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "viableDiameterMm" } },
          { kind: "Field", name: { kind: "Name", value: "perpendicularMm" } },
          { kind: "Field", name: { kind: "Name", value: "suvPeak" } },
          { kind: "Field", name: { kind: "Name", value: "tooSmallToMeasure" } },
          { kind: "Field", name: { kind: "Name", value: "notMeasured" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "lesion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "organ" } },
                { kind: "Field", name: { kind: "Name", value: "nodal" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseImagingReport" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ImagingReport" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "studyDate" } },
          { kind: "Field", name: { kind: "Name", value: "modality" } },
          { kind: "Field", name: { kind: "Name", value: "bodyRegion" } },
          { kind: "Field", name: { kind: "Name", value: "criteria" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "isBaseline" } },
          { kind: "Field", name: { kind: "Name", value: "finalisedAt" } },
          { kind: "Field", name: { kind: "Name", value: "impression" } },
          { kind: "Field", name: { kind: "Name", value: "newLesion" } },
          { kind: "Field", name: { kind: "Name", value: "nonTargetResponse" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "clearNonMeasurableProgression" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "steroidsAbovePhysiologic" },
          },
          { kind: "Field", name: { kind: "Name", value: "uptakeNormalized" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "measurements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ReportMeasurement" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "response" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "sum" } },
                { kind: "Field", name: { kind: "Name", value: "nadir" } },
                { kind: "Field", name: { kind: "Name", value: "baselineSum" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromBaselinePct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirPct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirAbsolute" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bestOverallResponse" },
                },
                { kind: "Field", name: { kind: "Name", value: "rule" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateImagingReportMutation,
  UpdateImagingReportMutationVariables
>;
export const FinaliseImagingReportDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "FinaliseImagingReport" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ReportVersionInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "finaliseImagingReport" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "baselineMessages" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "report" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "CaseImagingReport" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "caseId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "accessionNumber" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "findings" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "version" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "baselineMessages" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ReportMeasurement" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LesionMeasurement" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "lesionId" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "longAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "shortAxisMm" } },
          { kind: "Field", name: { kind: "Name", value: "viableDiameterMm" } },
          { kind: "Field", name: { kind: "Name", value: "perpendicularMm" } },
          { kind: "Field", name: { kind: "Name", value: "suvPeak" } },
          { kind: "Field", name: { kind: "Name", value: "tooSmallToMeasure" } },
          { kind: "Field", name: { kind: "Name", value: "notMeasured" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "lesion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "organ" } },
                { kind: "Field", name: { kind: "Name", value: "nodal" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseImagingReport" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ImagingReport" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "studyDate" } },
          { kind: "Field", name: { kind: "Name", value: "modality" } },
          { kind: "Field", name: { kind: "Name", value: "bodyRegion" } },
          { kind: "Field", name: { kind: "Name", value: "criteria" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "isBaseline" } },
          { kind: "Field", name: { kind: "Name", value: "finalisedAt" } },
          { kind: "Field", name: { kind: "Name", value: "impression" } },
          { kind: "Field", name: { kind: "Name", value: "newLesion" } },
          { kind: "Field", name: { kind: "Name", value: "nonTargetResponse" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "clearNonMeasurableProgression" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "steroidsAbovePhysiologic" },
          },
          { kind: "Field", name: { kind: "Name", value: "uptakeNormalized" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "measurements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ReportMeasurement" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "response" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "sum" } },
                { kind: "Field", name: { kind: "Name", value: "nadir" } },
                { kind: "Field", name: { kind: "Name", value: "baselineSum" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromBaselinePct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirPct" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changeFromNadirAbsolute" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bestOverallResponse" },
                },
                { kind: "Field", name: { kind: "Name", value: "rule" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  FinaliseImagingReportMutation,
  FinaliseImagingReportMutationVariables
>;
export const CreateImagingReportDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateImagingReport" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "CreateImagingReportInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createImagingReport" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateImagingReportMutation,
  CreateImagingReportMutationVariables
>;
export const PharmacistWorklistDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PharmacistWorklist" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "filter" },
          },
          type: {
            kind: "NamedType",
            name: { kind: "Name", value: "PharmacistWorklistFilter" },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "pharmacistWorklist" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "filter" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "caseId" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "dueDate" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "state" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "case" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "id" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "status" },
                                  },
                                  {
                                    kind: "Field",
                                    name: {
                                      kind: "Name",
                                      value: "diagnosisText",
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "patient" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "id" },
                                        },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "mrn" },
                                        },
                                        {
                                          kind: "Field",
                                          name: {
                                            kind: "Name",
                                            value: "givenName",
                                          },
                                        },
                                        {
                                          kind: "Field",
                                          name: {
                                            kind: "Name",
                                            value: "familyName",
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "review" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "id" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "status" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "signedAt" },
                                  },
                                  {
                                    kind: "Field",
                                    name: {
                                      kind: "Name",
                                      value: "computedClearance",
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PharmacistWorklistQuery,
  PharmacistWorklistQueryVariables
>;
export const PharmacistReviewPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PharmacistReviewPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "pharmacistReview" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "FullReview" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ComputedNumber" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ComputedValue" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "equation" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "kdigoCategory" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasis" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "inputs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "entered" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FullReview" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PharmacistReview" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
          { kind: "Field", name: { kind: "Name", value: "computedAt" } },
          { kind: "Field", name: { kind: "Name", value: "computedClearance" } },
          { kind: "Field", name: { kind: "Name", value: "contrastClearance" } },
          { kind: "Field", name: { kind: "Name", value: "clearanceNote" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "computed" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "aki" } },
                { kind: "Field", name: { kind: "Name", value: "onDialysis" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "priorContrastReaction" },
                },
                { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "egfr" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "crcl" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bsa" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "medications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "drug" } },
                      { kind: "Field", name: { kind: "Name", value: "dose" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "frequency" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "contrast" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "imagingRequestId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "modality" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bodyRegion" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "agent" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plannedDate" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "clearance" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "highRiskOfContrastAki" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "note" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "findings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "origin" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "severity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ruleSeverity" },
                },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recommendation" },
                },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisionReason" },
                },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PharmacistReviewPageQuery,
  PharmacistReviewPageQueryVariables
>;
export const PharmacistReviewCaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PharmacistReviewCase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "caseId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "caseId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "diagnosisText" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "patient" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "mrn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "givenName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "familyName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "birthDate" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "sex" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PharmacistReviewCaseQuery,
  PharmacistReviewCaseQueryVariables
>;
export const OpenPharmacistReviewDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "OpenPharmacistReview" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "caseId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "openPharmacistReview" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "caseId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "caseId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "FullReview" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ComputedNumber" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ComputedValue" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "equation" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "kdigoCategory" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasis" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "inputs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "entered" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FullReview" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PharmacistReview" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
          { kind: "Field", name: { kind: "Name", value: "computedAt" } },
          { kind: "Field", name: { kind: "Name", value: "computedClearance" } },
          { kind: "Field", name: { kind: "Name", value: "contrastClearance" } },
          { kind: "Field", name: { kind: "Name", value: "clearanceNote" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "computed" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "aki" } },
                { kind: "Field", name: { kind: "Name", value: "onDialysis" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "priorContrastReaction" },
                },
                { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "egfr" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "crcl" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bsa" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "medications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "drug" } },
                      { kind: "Field", name: { kind: "Name", value: "dose" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "frequency" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "contrast" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "imagingRequestId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "modality" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bodyRegion" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "agent" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plannedDate" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "clearance" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "highRiskOfContrastAki" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "note" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "findings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "origin" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "severity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ruleSeverity" },
                },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recommendation" },
                },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisionReason" },
                },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  OpenPharmacistReviewMutation,
  OpenPharmacistReviewMutationVariables
>;
export const RecomputePharmacistReviewDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecomputePharmacistReview" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "expectedVersion" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recomputePharmacistReview" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "expectedVersion" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "expectedVersion" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "FullReview" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ComputedNumber" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ComputedValue" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "equation" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "kdigoCategory" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasis" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "inputs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "entered" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FullReview" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PharmacistReview" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
          { kind: "Field", name: { kind: "Name", value: "computedAt" } },
          { kind: "Field", name: { kind: "Name", value: "computedClearance" } },
          { kind: "Field", name: { kind: "Name", value: "contrastClearance" } },
          { kind: "Field", name: { kind: "Name", value: "clearanceNote" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "computed" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "aki" } },
                { kind: "Field", name: { kind: "Name", value: "onDialysis" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "priorContrastReaction" },
                },
                { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "egfr" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "crcl" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bsa" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "medications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "drug" } },
                      { kind: "Field", name: { kind: "Name", value: "dose" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "frequency" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "contrast" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "imagingRequestId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "modality" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bodyRegion" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "agent" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plannedDate" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "clearance" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "highRiskOfContrastAki" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "note" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "findings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "origin" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "severity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ruleSeverity" },
                },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recommendation" },
                },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisionReason" },
                },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecomputePharmacistReviewMutation,
  RecomputePharmacistReviewMutationVariables
>;
export const DecideReviewFindingDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DecideReviewFinding" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "DecideReviewFindingInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "decideReviewFinding" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "FullReview" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ComputedNumber" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ComputedValue" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "equation" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "kdigoCategory" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasis" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "inputs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "entered" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FullReview" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PharmacistReview" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
          { kind: "Field", name: { kind: "Name", value: "computedAt" } },
          { kind: "Field", name: { kind: "Name", value: "computedClearance" } },
          { kind: "Field", name: { kind: "Name", value: "contrastClearance" } },
          { kind: "Field", name: { kind: "Name", value: "clearanceNote" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "computed" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "aki" } },
                { kind: "Field", name: { kind: "Name", value: "onDialysis" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "priorContrastReaction" },
                },
                { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "egfr" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "crcl" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bsa" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "medications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "drug" } },
                      { kind: "Field", name: { kind: "Name", value: "dose" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "frequency" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "contrast" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "imagingRequestId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "modality" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bodyRegion" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "agent" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plannedDate" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "clearance" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "highRiskOfContrastAki" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "note" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "findings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "origin" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "severity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ruleSeverity" },
                },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recommendation" },
                },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisionReason" },
                },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DecideReviewFindingMutation,
  DecideReviewFindingMutationVariables
>;
export const SetContrastClearanceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetContrastClearance" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SetContrastClearanceInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setContrastClearance" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "FullReview" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ComputedNumber" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ComputedValue" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "equation" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "kdigoCategory" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasis" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "inputs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "entered" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FullReview" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PharmacistReview" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
          { kind: "Field", name: { kind: "Name", value: "computedAt" } },
          { kind: "Field", name: { kind: "Name", value: "computedClearance" } },
          { kind: "Field", name: { kind: "Name", value: "contrastClearance" } },
          { kind: "Field", name: { kind: "Name", value: "clearanceNote" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "computed" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "aki" } },
                { kind: "Field", name: { kind: "Name", value: "onDialysis" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "priorContrastReaction" },
                },
                { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "egfr" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "crcl" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bsa" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "medications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "drug" } },
                      { kind: "Field", name: { kind: "Name", value: "dose" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "frequency" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "contrast" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "imagingRequestId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "modality" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bodyRegion" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "agent" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plannedDate" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "clearance" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "highRiskOfContrastAki" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "note" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "findings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "origin" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "severity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ruleSeverity" },
                },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recommendation" },
                },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisionReason" },
                },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetContrastClearanceMutation,
  SetContrastClearanceMutationVariables
>;
export const SignPharmacistReviewDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SignPharmacistReview" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "expectedVersion" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "signPharmacistReview" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "expectedVersion" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "expectedVersion" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "FullReview" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ComputedNumber" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ComputedValue" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "equation" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "kdigoCategory" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasis" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "inputs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "entered" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FullReview" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PharmacistReview" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
          { kind: "Field", name: { kind: "Name", value: "computedAt" } },
          { kind: "Field", name: { kind: "Name", value: "computedClearance" } },
          { kind: "Field", name: { kind: "Name", value: "contrastClearance" } },
          { kind: "Field", name: { kind: "Name", value: "clearanceNote" } },
          { kind: "Field", name: { kind: "Name", value: "signedAt" } },
          { kind: "Field", name: { kind: "Name", value: "signedByName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "computed" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "aki" } },
                { kind: "Field", name: { kind: "Name", value: "onDialysis" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "priorContrastReaction" },
                },
                { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "egfr" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "crcl" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bsa" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ComputedNumber" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "medications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "drug" } },
                      { kind: "Field", name: { kind: "Name", value: "dose" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "frequency" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "contrast" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "imagingRequestId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "modality" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bodyRegion" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "agent" } },
                      { kind: "Field", name: { kind: "Name", value: "route" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plannedDate" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "clearance" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "highRiskOfContrastAki" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "note" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "findings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "origin" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "severity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ruleSeverity" },
                },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recommendation" },
                },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decisionReason" },
                },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SignPharmacistReviewMutation,
  SignPharmacistReviewMutationVariables
>;
export const MeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Me" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "me" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "roles" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "teams" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const TriageCaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "TriageCase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "CaseTransitionInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "triageCase" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "WorklistCase" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WorklistCase" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Case" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "referralDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targetDiscussionDate" },
          },
          { kind: "Field", name: { kind: "Name", value: "diagnosisText" } },
          { kind: "Field", name: { kind: "Name", value: "question" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "patient" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mrn" } },
                { kind: "Field", name: { kind: "Name", value: "givenName" } },
                { kind: "Field", name: { kind: "Name", value: "familyName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "readiness" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "ready" } },
                { kind: "Field", name: { kind: "Name", value: "missing" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "items" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "satisfied" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "detail" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TriageCaseMutation, TriageCaseMutationVariables>;
export const MarkCaseReadyDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MarkCaseReady" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "CaseTransitionInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "markCaseReady" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "WorklistCase" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WorklistCase" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Case" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "referralDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targetDiscussionDate" },
          },
          { kind: "Field", name: { kind: "Name", value: "diagnosisText" } },
          { kind: "Field", name: { kind: "Name", value: "question" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "patient" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mrn" } },
                { kind: "Field", name: { kind: "Name", value: "givenName" } },
                { kind: "Field", name: { kind: "Name", value: "familyName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "readiness" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "ready" } },
                { kind: "Field", name: { kind: "Name", value: "missing" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "items" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "satisfied" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "detail" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MarkCaseReadyMutation,
  MarkCaseReadyMutationVariables
>;
export const CaseWorklistDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseWorklist" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "first" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "after" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "filter" },
          },
          type: {
            kind: "NamedType",
            name: { kind: "Name", value: "CaseWorklistFilter" },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "orderBy" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "CaseWorklistOrder" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "caseWorklist" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "first" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "after" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "filter" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "orderBy" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "endCursor" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "hasNextPage" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "cursor" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "WorklistCase" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WorklistCase" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Case" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "referralDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targetDiscussionDate" },
          },
          { kind: "Field", name: { kind: "Name", value: "diagnosisText" } },
          { kind: "Field", name: { kind: "Name", value: "question" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "patient" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mrn" } },
                { kind: "Field", name: { kind: "Name", value: "givenName" } },
                { kind: "Field", name: { kind: "Name", value: "familyName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "readiness" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "ready" } },
                { kind: "Field", name: { kind: "Name", value: "missing" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "items" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "satisfied" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "detail" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseWorklistQuery, CaseWorklistQueryVariables>;
export const ReferralTeamsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ReferralTeams" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "teams" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralTeamsQuery, ReferralTeamsQueryVariables>;
export const ReferCaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReferCase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ReferCaseInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "referCase" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "WorklistCase" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WorklistCase" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Case" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "referralDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targetDiscussionDate" },
          },
          { kind: "Field", name: { kind: "Name", value: "diagnosisText" } },
          { kind: "Field", name: { kind: "Name", value: "question" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "patient" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mrn" } },
                { kind: "Field", name: { kind: "Name", value: "givenName" } },
                { kind: "Field", name: { kind: "Name", value: "familyName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "readiness" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "ready" } },
                { kind: "Field", name: { kind: "Name", value: "missing" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "items" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "satisfied" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "detail" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferCaseMutation, ReferCaseMutationVariables>;
