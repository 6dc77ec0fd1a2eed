import { useMutation, useQuery } from '@apollo/client/react';

import {
  AdminAddTeamMemberDocument,
  AdminCreateTeamDocument,
  AdminDirectoryDocument,
  AdminRemoveTeamMemberDocument,
  AdminSetFollowUpSettingsDocument,
  AdminSetKpiTargetsDocument,
  AdminSetQuorumRulesDocument,
  AdminSetReadinessRulesDocument,
  AdminSetUserRolesDocument,
  AdminTeamSettingsDocument,
} from '../../../gql/graphql';
import { toProblem } from '../../../shared/problem';

/** Users (with their teams and roles) and every team. */
export function useDirectory() {
  const { data, loading, error, refetch } = useQuery(AdminDirectoryDocument);
  return { users: data?.users ?? [], teams: data?.teams ?? [], loading, problem: error ? toProblem(error) : null, refetch };
}

export function useDirectoryMutations() {
  const refetchQueries = [AdminDirectoryDocument];
  const [createTeam, createState] = useMutation(AdminCreateTeamDocument, { refetchQueries, awaitRefetchQueries: true });
  const [addMember, addState] = useMutation(AdminAddTeamMemberDocument);
  const [removeMember, removeState] = useMutation(AdminRemoveTeamMemberDocument);
  const [setRoles, rolesState] = useMutation(AdminSetUserRolesDocument);
  const error = createState.error ?? addState.error ?? removeState.error ?? rolesState.error;
  return { createTeam, addMember, removeMember, setRoles, problem: error ? toProblem(error) : null };
}

/** A team's readiness rules, KPI targets, follow-up grace period and quorum rules. */
export function useTeamSettings(teamId: string) {
  const { data, loading, error } = useQuery(AdminTeamSettingsDocument, { variables: { teamId } });
  return { settings: data, loading, problem: error ? toProblem(error) : null };
}

export function useTeamSettingsMutations() {
  const [setReadiness, readiness] = useMutation(AdminSetReadinessRulesDocument);
  const [setTargets, targets] = useMutation(AdminSetKpiTargetsDocument);
  const [setGrace, grace] = useMutation(AdminSetFollowUpSettingsDocument);
  const [setQuorum, quorum] = useMutation(AdminSetQuorumRulesDocument);
  return {
    setReadiness,
    setTargets,
    setGrace,
    setQuorum,
    problems: {
      readiness: readiness.error ? toProblem(readiness.error) : null,
      targets: targets.error ? toProblem(targets.error) : null,
      grace: grace.error ? toProblem(grace.error) : null,
      quorum: quorum.error ? toProblem(quorum.error) : null,
    },
  };
}
