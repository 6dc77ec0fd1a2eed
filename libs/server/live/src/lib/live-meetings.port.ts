import { Injectable } from '@nestjs/common';
import { AgendaEntry, ApiErrorCode, Role, LiveDecision, LiveVote, VoteTally } from '@consilium/contracts';
import { AppError, Principal } from '@consilium/server-core';
import { DecisionEntity, DecisionsService, DecisionStatus } from '@consilium/server-decisions';
import {
  AgendaItemEntity,
  AgendaService,
  AttendanceService,
  MeetingAccessService,
  MeetingEntity,
  MeetingStatus,
  MeetingsService,
  VoteChoice,
  VotesService,
} from '@consilium/server-meetings';
import { ClientPayload } from './live-event.schemas';
import { assertClinician } from './live-policy';

export type LiveMeeting = Pick<MeetingEntity, 'id' | 'teamId' | 'chairId' | 'status'> & {
  /** Set when the person is an invited guest (not a team member): the one role they attend as. */
  guestRole?: Role | null;
};

class LiveConflict extends AppError {
  constructor(reason: string, message: string) {
    super(ApiErrorCode.CONFLICT, reason, message);
  }
}

/**
 * The live room's only door into the durable meeting domain (meetings, agenda, attendance,
 * votes, notes) and decisions: every call goes through their services, which check team
 * membership again and commit before returning.
 */
@Injectable()
export class LiveMeetings {
  constructor(
    private readonly access: MeetingAccessService,
    private readonly meetings: MeetingsService,
    private readonly agendaService: AgendaService,
    private readonly attendance: AttendanceService,
    private readonly votes: VotesService,
    private readonly decisions: DecisionsService,
  ) {}

  /**
   * A member of the meeting's team with a clinical role, or a guest with a current invitation to
   * it (SCHEDULED or LIVE only), and the meeting is not closed. Re-run on every event and by the
   * session watcher every two seconds, so a revoked invitation ends the guest's sockets.
   */
  async requireJoinable(principal: Principal, meetingId: string): Promise<LiveMeeting> {
    const { meeting, invitation } = await this.access.requireParticipant(principal, meetingId);
    if (!invitation) assertClinician(principal);
    if (meeting.status === MeetingStatus.CLOSED) throw new LiveConflict('MEETING_CLOSED', 'This meeting is closed.');
    return { id: meeting.id, teamId: meeting.teamId, chairId: meeting.chairId, status: meeting.status, guestRole: invitation?.role ?? null };
  }

  /** Members of the team only: a guest reaches no item this way (notes, agenda steps, decisions). */
  async requireItemOf(principal: Principal, meeting: LiveMeeting, agendaItemId: string): Promise<AgendaItemEntity> {
    const { item } = await this.access.requireItem(principal, agendaItemId, { field: 'agendaItemId' });
    if (item.meetingId !== meeting.id) throw new AppError(ApiErrorCode.NOT_FOUND, 'AGENDA_ITEM_NOT_FOUND', 'No such item on this meeting.', 'agendaItemId');
    return item;
  }

  recordJoin(meetingId: string, userId: string): Promise<unknown> {
    return this.attendance.recordJoin(meetingId, userId);
  }

  recordLeave(meetingId: string, userId: string): Promise<unknown> {
    return this.attendance.recordLeave(meetingId, userId);
  }

  async presentItem(principal: Principal, meeting: LiveMeeting, agendaItemId: string): Promise<AgendaItemEntity> {
    const item = await this.requireItemOf(principal, meeting, agendaItemId);
    return this.agendaService.present({ itemId: item.id, expectedVersion: item.version }, principal);
  }

  async markDiscussed(principal: Principal, meeting: LiveMeeting, agendaItemId: string): Promise<AgendaItemEntity> {
    const item = await this.requireItemOf(principal, meeting, agendaItemId);
    return this.agendaService.markDiscussed({ itemId: item.id, expectedVersion: item.version }, principal);
  }

  async agenda(meeting: LiveMeeting): Promise<AgendaEntry[]> {
    const items = (await this.agendaService.itemsOf([meeting.id])).get(meeting.id) ?? [];
    const ids = items.map((item) => item.id);
    const [decisions, tallies] = await Promise.all([this.decisions.latestForCases(items.map((item) => item.caseId)), this.tallies(ids)]);
    return items.map((item) => {
      const decision = decisions.get(item.caseId);
      return {
        agendaItemId: item.id,
        caseId: item.caseId,
        status: item.status,
        position: item.position,
        allocatedMinutes: item.allocatedMinutes,
        decision: decision ? toLiveDecision(decision) : null,
        tally: tallies.get(item.id) ?? emptyTally(),
      };
    });
  }

  async draftDecision(principal: Principal, meeting: LiveMeeting, payload: ClientPayload<'decision:draft'>): Promise<LiveDecision> {
    const item = await this.requireItemOf(principal, meeting, payload.agendaItemId);
    const current = (await this.decisions.latestForCases([item.caseId])).get(item.caseId);
    const content = {
      recommendation: payload.recommendation,
      recommendationText: payload.recommendationText,
      intent: payload.intent,
      rationale: payload.rationale,
      followUps: [],
    } as unknown as Parameters<DecisionsService['createDraft']>[0];
    if (!current || current.status === DecisionStatus.SIGNED || current.status === DecisionStatus.SUPERSEDED) {
      if (current) throw new LiveConflict('DECISION_SIGNED', 'This case already has a signed decision; amend it outside the room.');
      return toLiveDecision(await this.decisions.createDraft({ ...content, caseId: item.caseId }, principal));
    }
    if (current.status !== DecisionStatus.DRAFT) throw new LiveConflict('DECISION_PROPOSED', 'The decision is already proposed; it can be signed.');
    return toLiveDecision(await this.decisions.updateDraft({ ...content, decisionId: current.id, expectedVersion: current.version }, principal));
  }

  async proposeDecision(principal: Principal, meeting: LiveMeeting, agendaItemId: string): Promise<LiveDecision> {
    const item = await this.requireItemOf(principal, meeting, agendaItemId);
    const current = (await this.decisions.latestForCases([item.caseId])).get(item.caseId);
    if (!current) throw new LiveConflict('NO_DECISION', 'There is no draft decision for this case yet.');
    if (current.status === DecisionStatus.PROPOSED) return toLiveDecision(current);
    return toLiveDecision(await this.decisions.propose({ decisionId: current.id, expectedVersion: current.version }, principal));
  }

  /**
   * Signs the case's proposed decision in this live meeting (MeetingsService: the item must be
   * discussed, the signer present; roles present and quorum come from attendance, and an
   * inquorate board must give a reason). A retry after the signature returns the signed decision.
   */
  async signDecision(principal: Principal, meeting: LiveMeeting, agendaItemId: string, inquorateReason: string | null): Promise<LiveDecision> {
    const item = await this.requireItemOf(principal, meeting, agendaItemId);
    const current = (await this.decisions.latestForCases([item.caseId])).get(item.caseId);
    if (!current) throw new LiveConflict('NO_DECISION', 'There is no proposed decision for this case.');
    if (current.status === DecisionStatus.SIGNED && current.meetingId === meeting.id) return toLiveDecision(current);
    const { decision } = await this.meetings.signDecisionInMeeting(meeting.id, item.id, { decisionId: current.id, expectedVersion: current.version }, principal, inquorateReason);
    return toLiveDecision(decision);
  }

  /** Guests vote too (when their invitation's role votes): the item is read as a participant sees it. */
  async castVote(principal: Principal, meeting: LiveMeeting, payload: ClientPayload<'vote:cast'>): Promise<{ vote: LiveVote; tally: VoteTally }> {
    const { item } = await this.access.requireItemAsParticipant(principal, payload.agendaItemId, { field: 'agendaItemId' });
    if (item.meetingId !== meeting.id) throw new AppError(ApiErrorCode.NOT_FOUND, 'AGENDA_ITEM_NOT_FOUND', 'No such item on this meeting.', 'agendaItemId');
    const decision = (await this.decisions.latestForCases([item.caseId])).get(item.caseId);
    const result = await this.votes.castVote(principal, {
      itemId: item.id,
      decisionId: decision && decision.status !== DecisionStatus.SUPERSEDED ? decision.id : null,
      choice: payload.choice as VoteChoice,
      comment: payload.comment ?? null,
      clientEventId: payload.eventId,
    });
    const tally = (await this.tallies([item.id])).get(item.id) ?? emptyTally();
    return { vote: { userId: result.vote.voterId, choice: result.vote.choice, comment: result.vote.comment }, tally };
  }

  private async tallies(itemIds: string[]): Promise<Map<string, VoteTally>> {
    const votes = await this.votes.currentVotes(itemIds);
    const result = new Map<string, VoteTally>(itemIds.map((id) => [id, emptyTally()]));
    for (const vote of votes) {
      const tally = result.get(vote.agendaItemId)!;
      if (vote.choice === VoteChoice.AGREE) tally.agree += 1;
      else if (vote.choice === VoteChoice.DISAGREE) tally.disagree += 1;
      else tally.abstain += 1;
      tally.votes.push({ userId: vote.voterId, choice: vote.choice, comment: vote.comment });
    }
    return result;
  }
}

function emptyTally(): VoteTally {
  return { agree: 0, disagree: 0, abstain: 0, votes: [] };
}

export function toLiveDecision(decision: DecisionEntity): LiveDecision {
  return {
    id: decision.id,
    version: decision.version,
    status: decision.status,
    recommendation: decision.recommendation,
    recommendationText: decision.recommendationText,
    intent: decision.intent,
    rationale: decision.rationale,
    signedBy: decision.signedBy,
    signedAt: decision.signedAt ? decision.signedAt.toISOString() : null,
    quorate: decision.quorate,
    rolesPresent: decision.rolesPresent,
  };
}
