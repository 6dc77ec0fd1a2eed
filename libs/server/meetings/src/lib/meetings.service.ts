import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@consilium/server-audit';
import { CaseAccessService, CaseStatus, CasesService } from '@consilium/server-cases';
import { DecisionEntity, DecisionSigningService, DecisionsErrorCode, DecisionsException } from '@consilium/server-decisions';
import { Clock, InputError, Principal, updateWithVersion } from '@consilium/server-core';
import { AgendaItemEntity } from './agenda-item.entity';
import { AttendanceService, MeetingQuorum } from './attendance.service';
import { MeetingScheduleFields, MeetingStepInput, ScheduleMeetingInput, UpdateMeetingInput } from './dto/meeting.inputs';
import { checkUpdate, checkVersion, MeetingAccessService, requireChairOrCoordinator } from './meeting-access.service';
import { AgendaItemStatus, MeetingStatus, OPEN_ITEM_STATUSES } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';

const MAX_RANGE_DAYS = 366;

/** Meetings: scheduling, start and close, and the queries over them. The agenda lives in AgendaService. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly caseAccess: CaseAccessService,
    private readonly cases: CasesService,
    private readonly attendance: AttendanceService,
    private readonly signing: DecisionSigningService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A meeting of the caller's teams, or one they are invited to while it is SCHEDULED or LIVE. */
  async get(principal: Principal, id: string): Promise<MeetingEntity> {
    return (await this.access.requireParticipant(principal, id, { field: 'id' })).meeting;
  }

  /** Meetings of one team starting in [from, to), by start time. */
  async forTeam(teamId: string, from: Date, to: Date): Promise<MeetingEntity[]> {
    if (to <= from) throw new InputError('to', 'to must be after from');
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw new InputError('to', `to must be at most ${MAX_RANGE_DAYS} days after from`);
    return this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.team_id = :teamId AND m.starts_at >= :from AND m.starts_at < :to', { teamId, from, to })
      .orderBy('m.starts_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  /** Live meetings, then scheduled ones that have not ended yet, of the caller's teams (or one of them). */
  async upcoming(principal: Principal, teamId: string | null | undefined, first: number): Promise<MeetingEntity[]> {
    const teamIds = teamId ? principal.teamIds.filter((t) => t === teamId) : principal.teamIds;
    if (teamIds.length === 0) return [];
    return this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.team_id IN (:...teamIds)', { teamIds })
      .andWhere(
        `(m.status = :live OR (m.status = :scheduled AND m.starts_at + make_interval(mins => m.duration_minutes) > :now))`,
        { live: MeetingStatus.LIVE, scheduled: MeetingStatus.SCHEDULED, now: this.clock.now() },
      )
      .orderBy('m.starts_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(first)
      .getMany();
  }

  async schedule(input: ScheduleMeetingInput, actor: Principal): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const fields = await this.checkSchedule(manager, input.teamId, input);
      const meeting = await manager.save(manager.create(MeetingEntity, { ...fields, teamId: input.teamId, status: MeetingStatus.SCHEDULED, createdBy: actor.userId }));
      await this.record(manager, actor, 'meeting.scheduled', meeting, { startsAt: meeting.startsAt, durationMinutes: meeting.durationMinutes, chairId: meeting.chairId });
      return meeting;
    });
  }

  /** Changes a SCHEDULED meeting's time, length, chair, title or link. */
  async update(input: UpdateMeetingInput, actor: Principal): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.access.requireMeeting(actor, input.meetingId, { manager, lock: true, field: 'input.meetingId' });
      if (meeting.status !== MeetingStatus.SCHEDULED) throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_SCHEDULED, 'input.meetingId');
      const fields = await this.checkSchedule(manager, meeting.teamId, input);
      checkUpdate(await updateWithVersion(manager, MeetingEntity, meeting.id, input.expectedVersion, fields), MeetingsErrorCode.MEETING_NOT_FOUND);
      await this.record(manager, actor, 'meeting.updated', meeting, { startsAt: fields.startsAt, durationMinutes: fields.durationMinutes, chairId: fields.chairId });
      return manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
    });
  }

  /** SCHEDULED → LIVE, by the chair or a coordinator of the team. */
  async start(input: MeetingStepInput, actor: Principal): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.access.requireMeeting(actor, input.meetingId, { manager, lock: true, field: 'input.meetingId' });
      requireChairOrCoordinator(actor, meeting);
      if (meeting.status !== MeetingStatus.SCHEDULED) {
        throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_SCHEDULED, 'input.meetingId', `Only a scheduled meeting can be started; this one is ${meeting.status}.`);
      }
      checkVersion(meeting, input.expectedVersion);
      const now = this.clock.now();
      checkUpdate(await updateWithVersion(manager, MeetingEntity, meeting.id, input.expectedVersion, { status: MeetingStatus.LIVE, startedAt: now, startedBy: actor.userId }), MeetingsErrorCode.MEETING_NOT_FOUND);
      await this.record(manager, actor, 'meeting.started', meeting, {});
      return manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
    });
  }

  /**
   * LIVE → CLOSED, by the chair or a coordinator. Items still LISTED or PRESENTING become
   * NOT_REACHED and their cases go back to READY (the worklist), to be listed again; open
   * attendance intervals end at the closing time.
   */
  async close(input: MeetingStepInput, actor: Principal): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.access.requireMeeting(actor, input.meetingId, { manager, lock: true, field: 'input.meetingId' });
      requireChairOrCoordinator(actor, meeting);
      if (meeting.status !== MeetingStatus.LIVE) {
        throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_LIVE, 'input.meetingId', `Only a live meeting can be closed; this one is ${meeting.status}.`);
      }
      checkVersion(meeting, input.expectedVersion);
      const now = this.clock.now();
      const open = await manager
        .getRepository(AgendaItemEntity)
        .createQueryBuilder('i')
        .where('i.meeting_id = :meetingId AND i.status IN (:...open)', { meetingId: meeting.id, open: OPEN_ITEM_STATUSES })
        .orderBy('i.position', 'ASC')
        .setLock('pessimistic_write')
        .getMany();
      if (open.length > 0) {
        await manager.update(AgendaItemEntity, { id: In(open.map((i) => i.id)) }, { status: AgendaItemStatus.NOT_REACHED, outcomeAt: now, outcomeBy: actor.userId, version: () => 'version + 1' });
      }
      const reason = `Not reached at ${meeting.title} (${meeting.startsAt.toISOString().slice(0, 10)})`;
      for (const item of open) {
        const kase = await this.caseAccess.requireCase(actor, item.caseId, { manager, lock: true });
        if (kase.status === CaseStatus.LISTED) await this.cases.transition(manager, kase, CaseStatus.READY, actor.userId, reason);
      }
      const intervalsClosed = await this.attendance.closeAll(manager, meeting.id, now);
      checkUpdate(await updateWithVersion(manager, MeetingEntity, meeting.id, input.expectedVersion, { status: MeetingStatus.CLOSED, closedAt: now, closedBy: actor.userId }), MeetingsErrorCode.MEETING_NOT_FOUND);
      await this.record(manager, actor, 'meeting.closed', meeting, { notReached: open.map((i) => ({ itemId: i.id, caseId: i.caseId })), intervalsClosed });
      return manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
    });
  }

  /**
   * Signs a PROPOSED decision on a DISCUSSED item's case, from the room of a LIVE meeting the
   * signer is present in. The roles present and the quorum are computed from attendance at this
   * instant and stored on the decision by DecisionSigningService; signing while inquorate needs
   * a reason.
   */
  async signDecisionInMeeting(
    meetingId: string,
    itemId: string,
    decisionInput: { decisionId: string; expectedVersion: number },
    actor: Principal,
    inquorateReason?: string | null,
  ): Promise<{ decision: DecisionEntity; quorum: MeetingQuorum }> {
    const meeting = await this.access.requireMeeting(actor, meetingId, { field: 'input.meetingId' });
    const { item } = await this.access.requireItem(actor, itemId, { field: 'input.itemId' });
    if (item.meetingId !== meeting.id) throw new MeetingsException(MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND, 'input.itemId');
    if (meeting.status !== MeetingStatus.LIVE) {
      throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_LIVE, 'input.meetingId', `Signing in the room needs a live meeting; this one is ${meeting.status}.`);
    }
    if (item.status !== AgendaItemStatus.DISCUSSED) {
      throw new MeetingsException(MeetingsErrorCode.ILLEGAL_ITEM_STEP, 'input.itemId', `A decision is signed once its case was discussed; this item is ${item.status}.`);
    }
    const [decision] = await this.dataSource.query('SELECT case_id FROM decisions WHERE id = $1', [decisionInput.decisionId]);
    if (!decision) throw new DecisionsException(DecisionsErrorCode.DECISION_NOT_FOUND, 'input.decisionId');
    if (decision.case_id !== item.caseId) throw new MeetingsException(MeetingsErrorCode.DECISION_OF_OTHER_CASE, 'input.decisionId');
    const present = (await this.attendance.presentRoles(meeting.id)).people.some((p) => p.userId === actor.userId);
    if (!present) throw new MeetingsException(MeetingsErrorCode.NOT_PRESENT, undefined, 'Sign in the meeting from its room: join it first.');
    const quorum = await this.attendance.quorumOf(meeting.id);
    const reason = inquorateReason?.trim() || null;
    if (!quorum.quorate && !reason) {
      const missing = quorum.missing.map((m) => `${m.role} ${m.present}/${m.required}`).join(', ');
      throw new MeetingsException(MeetingsErrorCode.INQUORATE_REASON_REQUIRED, 'input.inquorateReason', `The meeting is not quorate (${missing}); give a reason to sign anyway.`);
    }
    const signed = await this.signing.sign(decisionInput, actor, { meetingId: meeting.id, rolesPresent: quorum.present, quorate: quorum.quorate, inquorateReason: reason });
    return { decision: signed, quorum };
  }

  /** The chair must be an active member of the team; the start must not lie in the past. */
  private async checkSchedule(manager: EntityManager, teamId: string, input: MeetingScheduleFields) {
    if (input.startsAt.getTime() < this.clock.now().getTime()) throw new InputError('input.startsAt', 'startsAt cannot be in the past');
    const [chair] = await manager.query(
      `SELECT 1 FROM team_memberships tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = $1 AND tm.user_id = $2 AND u.active`,
      [teamId, input.chairId],
    );
    if (!chair) throw new InputError('input.chairId', 'chairId must be an active member of the team');
    return { title: input.title, startsAt: input.startsAt, durationMinutes: input.durationMinutes, chairId: input.chairId, videoLink: input.videoLink ?? null };
  }

  private async record(manager: EntityManager, actor: Principal, action: string, meeting: MeetingEntity, data: Record<string, unknown>) {
    await this.audit.record(manager, { actorId: actor.userId, action, entityType: 'Meeting', entityId: meeting.id, teamId: meeting.teamId, data });
  }
}
