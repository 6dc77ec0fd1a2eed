import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Role } from '@consilium/contracts';
import { AuditService } from '@consilium/server-audit';
import { Clock, InputError, Principal } from '@consilium/server-core';
import { MeetingAttendanceEntity } from './attendance.entity';
import { MeetingAccessService, rolesInMeeting } from './meeting-access.service';
import { AgendaItemStatus, MeetingStatus, VoteChoice } from './meeting.enums';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';
import { MeetingVoteEntity } from './vote.entity';

export interface CastVoteCommand {
  itemId: string;
  decisionId?: string | null;
  choice: VoteChoice;
  comment?: string | null;
  /** Unique per vote the client casts; a replay with the same id changes nothing. */
  clientEventId: string;
}

export interface VoteTally {
  itemId: string;
  agree: number;
  disagree: number;
  abstain: number;
  total: number;
}

export interface CastVoteResult {
  vote: MeetingVoteEntity;
  /** True when this client event id had already been recorded: nothing changed. */
  duplicate: boolean;
  tally: VoteTally;
}

const CLIENT_EVENT_ID = /^[A-Za-z0-9._:-]{8,100}$/;
const UUID = /^[0-9a-f-]{36}$/i;

/** Who votes: the clinicians of the board. */
export const VOTER_ROLES: readonly Role[] = [Role.PHYSICIAN, Role.RADIOLOGIST, Role.PHARMACIST];
/** Items open to votes: being presented, or discussed (votes on the decision come around signing). */
const VOTABLE: readonly AgendaItemStatus[] = [AgendaItemStatus.PRESENTING, AgendaItemStatus.DISCUSSED];

@Injectable()
export class VotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Records the caller's vote on an agenda item of a live meeting they are present in. A new
   * vote of the same voter on the same item supersedes the earlier one; the same
   * `clientEventId` again returns the recorded vote with `duplicate: true` and counts once.
   */
  async castVote(principal: Principal, command: CastVoteCommand): Promise<CastVoteResult> {
    // The gateway calls this without the GraphQL validation pipe: check what reaches the database.
    if (!CLIENT_EVENT_ID.test(command.clientEventId)) throw new InputError('input.clientEventId', 'clientEventId must be 8 to 100 letters, digits or ._:-');
    if (!Object.values(VoteChoice).includes(command.choice)) throw new InputError('input.choice', 'choice must be AGREE, DISAGREE or ABSTAIN');
    if (command.comment != null && command.comment.length > 2000) throw new InputError('input.comment', 'comment must be at most 2000 characters');
    if (command.decisionId != null && !UUID.test(command.decisionId)) throw new InputError('input.decisionId', 'decisionId must be a decision id');
    const result = await this.dataSource.transaction(async (manager) => {
      // Members of the team and invited guests (whose only role here is their invitation's).
      const { item, meeting, invitation } = await this.access.requireItemAsParticipant(principal, command.itemId, { manager, field: 'input.itemId' });
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`meeting-vote-event:${command.clientEventId}`]);
      const replay = await manager.findOneBy(MeetingVoteEntity, { clientEventId: command.clientEventId });
      if (replay) {
        if (replay.voterId !== principal.userId || replay.agendaItemId !== item.id) {
          throw new MeetingsException(MeetingsErrorCode.CLIENT_EVENT_REUSED, 'input.clientEventId');
        }
        return { vote: replay, duplicate: true };
      }
      if (!VOTER_ROLES.some((r) => rolesInMeeting(principal, invitation).includes(r))) throw new MeetingsException(MeetingsErrorCode.NOT_A_VOTER);
      if (meeting.status !== MeetingStatus.LIVE) throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_LIVE, 'input.itemId');
      if (!VOTABLE.includes(item.status)) {
        throw new MeetingsException(MeetingsErrorCode.ILLEGAL_ITEM_STEP, 'input.itemId', `Votes are taken while a case is presented or discussed; this item is ${item.status}.`);
      }
      const present = await manager.existsBy(MeetingAttendanceEntity, { meetingId: meeting.id, userId: principal.userId, leftAt: IsNull() });
      if (!present) throw new MeetingsException(MeetingsErrorCode.NOT_PRESENT);
      if (command.decisionId) {
        const [decision] = await manager.query('SELECT case_id FROM decisions WHERE id = $1', [command.decisionId]);
        if (!decision || decision.case_id !== item.caseId) throw new MeetingsException(MeetingsErrorCode.DECISION_OF_OTHER_CASE, 'input.decisionId');
      }

      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`meeting-vote:${item.id}:${principal.userId}`]);
      const now = this.clock.now();
      const superseded = await manager.update(MeetingVoteEntity, { agendaItemId: item.id, voterId: principal.userId, supersededAt: IsNull() }, { supersededAt: now });
      const vote = await manager.save(
        manager.create(MeetingVoteEntity, {
          meetingId: meeting.id,
          agendaItemId: item.id,
          decisionId: command.decisionId ?? null,
          voterId: principal.userId,
          choice: command.choice,
          comment: command.comment ?? null,
          clientEventId: command.clientEventId,
          castAt: now,
          supersededAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'meeting.vote_cast',
        entityType: 'AgendaItem',
        entityId: item.id,
        teamId: meeting.teamId,
        data: { meetingId: meeting.id, caseId: item.caseId, voteId: vote.id, decisionId: vote.decisionId, choice: vote.choice, replaced: (superseded.affected ?? 0) > 0 },
      });
      return { vote, duplicate: false };
    });
    return { ...result, tally: await this.tally(result.vote.agendaItemId) };
  }

  /** The current votes on an item (one per voter). */
  async tally(itemId: string, manager: EntityManager = this.dataSource.manager): Promise<VoteTally> {
    return (await this.tallies([itemId], manager)).get(itemId)!;
  }

  /** Tallies of many items in one query. */
  async tallies(itemIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, VoteTally>> {
    const rows: { item_id: string; choice: VoteChoice; n: number }[] = itemIds.length
      ? await manager.query(
          `SELECT agenda_item_id AS item_id, choice::text AS choice, count(*)::int AS n FROM meeting_votes
            WHERE agenda_item_id = ANY($1::uuid[]) AND superseded_at IS NULL GROUP BY agenda_item_id, choice`,
          [[...itemIds]],
        )
      : [];
    return new Map(
      itemIds.map((itemId) => {
        const count = (choice: VoteChoice) => rows.find((r) => r.item_id === itemId && r.choice === choice)?.n ?? 0;
        const tally = { itemId, agree: count(VoteChoice.AGREE), disagree: count(VoteChoice.DISAGREE), abstain: count(VoteChoice.ABSTAIN), total: 0 };
        tally.total = tally.agree + tally.disagree + tally.abstain;
        return [itemId, tally];
      }),
    );
  }

  /** The current votes of many items, by cast time. */
  async currentVotes(itemIds: readonly string[]): Promise<MeetingVoteEntity[]> {
    if (itemIds.length === 0) return [];
    return this.dataSource.manager.find(MeetingVoteEntity, { where: { agendaItemId: In([...itemIds]), supersededAt: IsNull() }, order: { castAt: 'ASC', id: 'ASC' } });
  }
}
