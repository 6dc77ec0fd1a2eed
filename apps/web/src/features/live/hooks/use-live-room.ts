import type { VoteChoice } from '@consilium/contracts';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';

import { useSession } from '../../auth/hooks/use-session';
import type { Session } from '../../auth/session';
import {
  LiveConnection,
  newEventId,
  type LiveAckOf,
  type LiveEventName,
  type LivePayload,
  type LiveConnectionSnapshot,
  type TokenSource,
} from '../live-connection';

function tokenSourceOf(session: Session): TokenSource {
  return {
    getAccessToken: () => session.getAccessToken(),
    refresh: async () => (await session.refresh()).outcome === 'refreshed',
  };
}

export interface LiveActions {
  presentCase(agendaItemId: string): Promise<LiveAckOf<'case:present'>>;
  markDiscussed(agendaItemId: string): Promise<LiveAckOf<'case:discussed'>>;
  timer(action: 'start' | 'pause' | 'reset'): Promise<LiveAckOf<'timer:control'>>;
  raiseHand(): Promise<LiveAckOf<'hand:raise'>>;
  lowerHand(userId?: string): Promise<LiveAckOf<'hand:lower'>>;
  vote(agendaItemId: string, choice: VoteChoice, comment: string | null): Promise<LiveAckOf<'vote:cast'>>;
  sign(agendaItemId: string, inquorateReason: string | null): Promise<LiveAckOf<'decision:sign'>>;
  draft(
    agendaItemId: string,
    input: { recommendation: string; recommendationText: string; intent: string; rationale: string },
  ): Promise<LiveAckOf<'decision:draft'>>;
  propose(agendaItemId: string): Promise<LiveAckOf<'decision:propose'>>;
  retry(): void;
}

export interface LiveRoomState extends LiveConnectionSnapshot {
  connection: LiveConnection;
  actions: LiveActions;
}

/** Joins the meeting's live room for as long as the component is mounted. */
export function useLiveRoom(meetingId: string): LiveRoomState {
  const session = useSession();
  // Created without connecting (no side effect); the effect connects and disconnects it.
  const connection = useMemo(() => new LiveConnection(meetingId, tokenSourceOf(session)), [meetingId, session]);
  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);

  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot);

  const send = useCallback(
    <E extends LiveEventName>(event: E, payload: LivePayload<E>): Promise<LiveAckOf<E>> =>
      connection.send(event, payload),
    [connection],
  );

  const actions: LiveActions = {
    presentCase: (agendaItemId) => send('case:present', { meetingId, eventId: newEventId(), agendaItemId }),
    markDiscussed: (agendaItemId) =>
      send('case:discussed', {
        meetingId,
        eventId: newEventId(),
        agendaItemId,
      }),
    timer: (action) => send('timer:control', { meetingId, eventId: newEventId(), action }),
    raiseHand: () => send('hand:raise', { meetingId, eventId: newEventId() }),
    lowerHand: (userId) =>
      send('hand:lower', userId ? { meetingId, eventId: newEventId(), userId } : { meetingId, eventId: newEventId() }),
    vote: (agendaItemId, choice, comment) =>
      send('vote:cast', {
        meetingId,
        eventId: newEventId(),
        agendaItemId,
        choice,
        comment,
      }),
    sign: (agendaItemId, inquorateReason) =>
      send('decision:sign', {
        meetingId,
        eventId: newEventId(),
        agendaItemId,
        inquorateReason,
      }),
    draft: (agendaItemId, input) =>
      send('decision:draft', { meetingId, eventId: newEventId(), agendaItemId, ...input }),
    propose: (agendaItemId) => send('decision:propose', { meetingId, eventId: newEventId(), agendaItemId }),
    retry: () => connection.retry(),
  };

  return { ...snapshot, connection, actions };
}
