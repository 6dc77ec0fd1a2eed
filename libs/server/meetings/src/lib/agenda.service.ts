import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@consilium/server-audit';
import { CaseAccessService, CaseEntity, CaseStatus, CasesService } from '@consilium/server-cases';
import { Clock, InputError, Principal, updateWithVersion } from '@consilium/server-core';
import { AgendaItemEntity } from './agenda-item.entity';
import { AddAgendaItemInput, AgendaItemStepInput, DeferAgendaItemInput, ReorderAgendaInput, SetAgendaItemMinutesInput } from './dto/meeting.inputs';
import { checkUpdate, checkVersion, MeetingAccessService, requireChairOrCoordinator } from './meeting-access.service';
import { AgendaItemStatus, DeferralReason, MeetingStatus, OPEN_ITEM_STATUSES } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';

/**
 * The agenda of a meeting: which READY cases are listed, in what order, with how much time,
 * and what became of each (discussed, deferred). Each step moves the case through
 * CasesService.transition in the same transaction, with an audit event.
 */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly caseAccess: CaseAccessService,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The agendas of many meetings in one query, each in order. */
  async itemsOf(meetingIds: readonly string[]): Promise<Map<string, AgendaItemEntity[]>> {
    const rows = meetingIds.length
      ? await this.dataSource.getRepository(AgendaItemEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { position: 'ASC', id: 'ASC' } })
      : [];
    return new Map(meetingIds.map((id) => [id, rows.filter((r) => r.meetingId === id)]));
  }

  /** Lists a READY case of the meeting's team at the end of the agenda: the case becomes LISTED. */
  async add(input: AddAgendaItemInput, actor: Principal): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.access.requireMeeting(actor, input.meetingId, { manager, lock: true, field: 'input.meetingId' });
      requireNotClosed(meeting);
      checkVersion(meeting, input.expectedVersion);
      const kase = await this.caseAccess.requireCase(actor, input.caseId, { manager, lock: true, field: 'input.caseId' });
      if (kase.teamId !== meeting.teamId) throw new MeetingsException(MeetingsErrorCode.CASE_OF_OTHER_TEAM, 'input.caseId');
      if (kase.status !== CaseStatus.READY) {
        const why = kase.status === CaseStatus.LISTED ? 'it is already listed on a meeting' : `it is ${kase.status}; mark it ready first`;
        throw new MeetingsException(MeetingsErrorCode.CASE_NOT_READY, 'input.caseId', `Only a READY case can be listed: ${why}.`);
      }
      const [{ last }] = await manager.query('SELECT COALESCE(MAX(position), 0)::int AS last FROM meeting_agenda_items WHERE meeting_id = $1', [meeting.id]);
      const item = await manager.save(
        manager.create(AgendaItemEntity, {
          meetingId: meeting.id,
          caseId: kase.id,
          position: last + 1,
          allocatedMinutes: input.allocatedMinutes,
          status: AgendaItemStatus.LISTED,
          addedBy: actor.userId,
        }),
      );
      await this.cases.transition(manager, kase, CaseStatus.LISTED, actor.userId, `Listed for ${describe(meeting)}`);
      return this.touchMeeting(manager, actor, meeting, 'meeting.case_listed', { itemId: item.id, caseId: kase.id, position: item.position, allocatedMinutes: item.allocatedMinutes });
    });
  }

  /** Takes a LISTED case off the agenda: the case goes back to READY; later items move up. */
  async remove(input: AgendaItemStepInput, actor: Principal): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.access.requireItem(actor, input.itemId, { manager, lock: true, field: 'input.itemId' });
      requireNotClosed(meeting);
      requireItemStatus(item, [AgendaItemStatus.LISTED], 'Only a listed case can be taken off the agenda');
      checkVersion(item, input.expectedVersion);
      await manager.delete(AgendaItemEntity, { id: item.id });
      await manager.query('UPDATE meeting_agenda_items SET position = position - 1 WHERE meeting_id = $1 AND position > $2', [meeting.id, item.position]);
      await this.caseBack(manager, actor, item.caseId, CaseStatus.READY, `Taken off the agenda of ${describe(meeting)}`);
      return this.touchMeeting(manager, actor, meeting, 'meeting.case_unlisted', { itemId: item.id, caseId: item.caseId });
    });
  }

  /** Puts the agenda in a new order: `itemIds` must name every item of the meeting exactly once. */
  async reorder(input: ReorderAgendaInput, actor: Principal): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.access.requireMeeting(actor, input.meetingId, { manager, lock: true, field: 'input.meetingId' });
      requireNotClosed(meeting);
      checkVersion(meeting, input.expectedVersion);
      const items = await manager.find(AgendaItemEntity, { where: { meetingId: meeting.id } });
      const known = new Set(items.map((i) => i.id));
      const given = new Set(input.itemIds);
      if (given.size !== input.itemIds.length) throw new InputError('input.itemIds', 'itemIds must name each agenda item once');
      const stranger = input.itemIds.findIndex((id) => !known.has(id));
      if (stranger >= 0) throw new InputError(`input.itemIds.${stranger}`, 'itemIds must be items of this meeting');
      if (given.size !== known.size) throw new InputError('input.itemIds', `itemIds must name all ${known.size} items of the agenda`);
      await manager.query(
        `UPDATE meeting_agenda_items i SET position = o.position, version = i.version + 1, updated_at = now()
           FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE i.id = o.id AND i.meeting_id = $1 AND i.position <> o.position`,
        [meeting.id, input.itemIds],
      );
      return this.touchMeeting(manager, actor, meeting, 'meeting.agenda_reordered', { itemIds: input.itemIds });
    });
  }

  async setMinutes(input: SetAgendaItemMinutesInput, actor: Principal): Promise<AgendaItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.access.requireItem(actor, input.itemId, { manager, lock: true, field: 'input.itemId' });
      requireNotClosed(meeting);
      requireItemStatus(item, OPEN_ITEM_STATUSES, 'Time is allocated to items still waiting');
      checkUpdate(await updateWithVersion(manager, AgendaItemEntity, item.id, input.expectedVersion, { allocatedMinutes: input.allocatedMinutes }), MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND);
      await this.record(manager, actor, 'meeting.item_minutes_set', item, meeting, { allocatedMinutes: input.allocatedMinutes });
      return manager.findOneByOrFail(AgendaItemEntity, { id: item.id });
    });
  }

  /** LISTED → PRESENTING in a live meeting; one item at a time. */
  async present(input: AgendaItemStepInput, actor: Principal): Promise<AgendaItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.access.requireItem(actor, input.itemId, { manager, lock: true, field: 'input.itemId' });
      requireChairOrCoordinator(actor, meeting);
      requireLive(meeting);
      requireItemStatus(item, [AgendaItemStatus.LISTED], 'Only a listed case can be presented');
      const presenting = await manager.existsBy(AgendaItemEntity, { meetingId: meeting.id, status: AgendaItemStatus.PRESENTING });
      if (presenting) throw new MeetingsException(MeetingsErrorCode.ANOTHER_ITEM_PRESENTING, 'input.itemId');
      const patch = { status: AgendaItemStatus.PRESENTING, presentedAt: this.clock.now() };
      checkUpdate(await updateWithVersion(manager, AgendaItemEntity, item.id, input.expectedVersion, patch), MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND);
      await this.record(manager, actor, 'meeting.item_presenting', item, meeting, {});
      return manager.findOneByOrFail(AgendaItemEntity, { id: item.id });
    });
  }

  /** LISTED or PRESENTING → DISCUSSED in a live meeting; the case moves LISTED → DISCUSSED (a first decision can be signed). */
  async markDiscussed(input: AgendaItemStepInput, actor: Principal): Promise<AgendaItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.access.requireItem(actor, input.itemId, { manager, lock: true, field: 'input.itemId' });
      requireChairOrCoordinator(actor, meeting);
      requireLive(meeting);
      requireItemStatus(item, OPEN_ITEM_STATUSES, 'Only a listed or presented case can be marked discussed');
      const kase = await this.caseAccess.requireCase(actor, item.caseId, { manager, lock: true, field: 'input.itemId' });
      if (kase.status !== CaseStatus.LISTED) {
        throw new MeetingsException(MeetingsErrorCode.ILLEGAL_ITEM_STEP, 'input.itemId', `The case is ${kase.status}, no longer listed; take it off the agenda or defer it.`);
      }
      const patch = { status: AgendaItemStatus.DISCUSSED, outcomeAt: this.clock.now(), outcomeBy: actor.userId };
      checkUpdate(await updateWithVersion(manager, AgendaItemEntity, item.id, input.expectedVersion, patch), MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND);
      await this.cases.transition(manager, kase, CaseStatus.DISCUSSED, actor.userId, `Discussed at ${describe(meeting)}`);
      await this.record(manager, actor, 'meeting.item_discussed', item, meeting, {});
      return manager.findOneByOrFail(AgendaItemEntity, { id: item.id });
    });
  }

  /**
   * LISTED or PRESENTING → DEFERRED with a coded reason (OTHER needs a note), before or during
   * the meeting; the case moves LISTED → DEFERRED and waits on the worklist until it is ready again.
   */
  async defer(input: DeferAgendaItemInput, actor: Principal): Promise<AgendaItemEntity> {
    const note = input.note?.trim() || null;
    if (input.reason === DeferralReason.OTHER && !note) throw new InputError('input.note', 'note is required when reason is OTHER');
    return this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.access.requireItem(actor, input.itemId, { manager, lock: true, field: 'input.itemId' });
      requireChairOrCoordinator(actor, meeting);
      requireNotClosed(meeting);
      requireItemStatus(item, OPEN_ITEM_STATUSES, 'Only a listed or presented case can be deferred');
      const patch = { status: AgendaItemStatus.DEFERRED, deferralReason: input.reason, deferralNote: note, outcomeAt: this.clock.now(), outcomeBy: actor.userId };
      checkUpdate(await updateWithVersion(manager, AgendaItemEntity, item.id, input.expectedVersion, patch), MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND);
      const reason = `Deferred at ${describe(meeting)}: ${input.reason}${note ? ` — ${note}` : ''}`;
      await this.caseBack(manager, actor, item.caseId, CaseStatus.DEFERRED, reason);
      await this.record(manager, actor, 'meeting.item_deferred', item, meeting, { reason: input.reason });
      return manager.findOneByOrFail(AgendaItemEntity, { id: item.id });
    });
  }

  /** Moves a case that is still LISTED (it may have been withdrawn meanwhile: then it is left alone). */
  private async caseBack(manager: EntityManager, actor: Principal, caseId: string, to: CaseStatus, reason: string): Promise<CaseEntity> {
    const kase = await this.caseAccess.requireCase(actor, caseId, { manager, lock: true });
    return kase.status === CaseStatus.LISTED ? this.cases.transition(manager, kase, to, actor.userId, reason) : kase;
  }

  /** Agenda composition changed: the meeting's version moves on and the change is audited. */
  private async touchMeeting(manager: EntityManager, actor: Principal, meeting: MeetingEntity, action: string, data: Record<string, unknown>): Promise<MeetingEntity> {
    checkUpdate(await updateWithVersion(manager, MeetingEntity, meeting.id, meeting.version, {}), MeetingsErrorCode.MEETING_NOT_FOUND);
    await this.audit.record(manager, { actorId: actor.userId, action, entityType: 'Meeting', entityId: meeting.id, teamId: meeting.teamId, data });
    return manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
  }

  private async record(manager: EntityManager, actor: Principal, action: string, item: AgendaItemEntity, meeting: MeetingEntity, data: Record<string, unknown>) {
    await this.audit.record(manager, {
      actorId: actor.userId,
      action,
      entityType: 'AgendaItem',
      entityId: item.id,
      teamId: meeting.teamId,
      data: { meetingId: meeting.id, caseId: item.caseId, ...data },
    });
  }
}

function describe(meeting: MeetingEntity): string {
  return `${meeting.title} (${meeting.startsAt.toISOString().slice(0, 10)})`;
}

function requireNotClosed(meeting: MeetingEntity): void {
  if (meeting.status === MeetingStatus.CLOSED) throw new MeetingsException(MeetingsErrorCode.MEETING_CLOSED, 'input.meetingId');
}

function requireLive(meeting: MeetingEntity): void {
  if (meeting.status !== MeetingStatus.LIVE) {
    throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_LIVE, 'input.itemId', `This happens in a live meeting; this one is ${meeting.status}.`);
  }
}

function requireItemStatus(item: AgendaItemEntity, allowed: readonly AgendaItemStatus[], what: string): void {
  if (!allowed.includes(item.status)) throw new MeetingsException(MeetingsErrorCode.ILLEGAL_ITEM_STEP, 'input.itemId', `${what}; this item is ${item.status}.`);
}
