import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  AddAgendaItemDocument,
  DeferAgendaItemDocument,
  MeetingAgendaDocument,
  ReadyCasesDocument,
  RemoveAgendaItemDocument,
  ReorderAgendaDocument,
  ScheduleMeetingDocument,
  SetAgendaItemMinutesDocument,
  UpcomingMeetingsDocument,
  type DeferralReason,
  type ScheduleMeetingInput,
} from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';

export type MeetingResult = { ok: true; id?: string } | { ok: false; problem: Problem };

async function attempt(action: () => Promise<string | undefined | void>): Promise<MeetingResult> {
  try {
    const id = await action();
    return { ok: true, ...(id ? { id } : {}) };
  } catch (error) {
    return { ok: false, problem: toProblem(error) };
  }
}

export function useUpcomingMeetings() {
  const { data, loading, error, refetch } = useQuery(UpcomingMeetingsDocument, { fetchPolicy: 'cache-and-network' });
  const [schedule, scheduleState] = useMutation(ScheduleMeetingDocument, { refetchQueries: ['UpcomingMeetings'] });
  return {
    meetings: data?.upcomingMeetings,
    loading,
    problem: error ? toProblem(error) : null,
    retry: () => void refetch().catch(() => undefined),
    scheduling: scheduleState.loading,
    schedule: (input: ScheduleMeetingInput) => attempt(async () => (await schedule({ variables: { input } })).data?.scheduleMeeting.id),
  };
}

export function useMeetingAgenda(id: string) {
  const meeting = useQuery(MeetingAgendaDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const teamId = meeting.data?.meeting.teamId;
  const ready = useQuery(ReadyCasesDocument, { variables: { teamId: teamId ?? '' }, skip: !teamId, fetchPolicy: 'cache-and-network' });
  const refetchQueries = ['MeetingAgenda', 'ReadyCases'];
  const [add, addState] = useMutation(AddAgendaItemDocument, { refetchQueries });
  const [reorder, reorderState] = useMutation(ReorderAgendaDocument);
  const [minutes, minutesState] = useMutation(SetAgendaItemMinutesDocument);
  const [defer, deferState] = useMutation(DeferAgendaItemDocument, { refetchQueries });
  const [remove, removeState] = useMutation(RemoveAgendaItemDocument, { refetchQueries });
  const version = meeting.data?.meeting.version ?? 0;

  return {
    meeting: meeting.data?.meeting,
    readyCases: ready.data?.caseWorklist.edges.map((edge) => edge.node),
    loading: meeting.loading,
    problem: meeting.error ? toProblem(meeting.error) : null,
    retry: () => void meeting.refetch().catch(() => undefined),
    busy: addState.loading || reorderState.loading || minutesState.loading || deferState.loading || removeState.loading,
    addCase: useCallback(
      (caseId: string, allocatedMinutes: number) =>
        attempt(async () => void (await add({ variables: { input: { meetingId: id, caseId, allocatedMinutes, expectedVersion: version } } }))),
      [add, id, version],
    ),
    reorder: (itemIds: string[]) =>
      attempt(async () => void (await reorder({ variables: { input: { meetingId: id, itemIds, expectedVersion: version } } }))),
    setMinutes: (itemId: string, allocatedMinutes: number, expectedVersion: number) =>
      attempt(async () => void (await minutes({ variables: { input: { itemId, allocatedMinutes, expectedVersion } } }))),
    defer: (itemId: string, reason: DeferralReason, note: string | undefined, expectedVersion: number) =>
      attempt(async () => void (await defer({ variables: { input: { itemId, reason, expectedVersion, ...(note ? { note } : {}) } } }))),
    remove: (itemId: string, expectedVersion: number) =>
      attempt(async () => void (await remove({ variables: { input: { itemId, expectedVersion } } }))),
  };
}
