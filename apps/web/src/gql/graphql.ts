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
export type CreateTeamInput = {
  name: string;
};

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

/** A role a person holds in Consilium; a person may hold several. */
export type Role =
  "ADMINISTRATOR" | "COORDINATOR" | "PHARMACIST" | "PHYSICIAN" | "RADIOLOGIST";

export type RoleMinimumInput = {
  minimum: number;
  role: Role;
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
