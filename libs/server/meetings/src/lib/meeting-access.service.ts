import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Role } from '@consilium/contracts';
import { ConditionalUpdateResult, Principal } from '@consilium/server-core';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingInvitationEntity } from './invitation.entity';
import { MeetingStatus } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';

const UUID = /^[0-9a-f-]{36}$/i;

/** A guest's invitation lets them in only while the meeting is still ahead or under way. */
const GUEST_STATUSES: readonly MeetingStatus[] = [MeetingStatus.SCHEDULED, MeetingStatus.LIVE];

/** How the caller takes part in a meeting: as a member of its team (no invitation) or as an invited guest. */
export interface MeetingParticipation {
  meeting: MeetingEntity;
  invitation: MeetingInvitationEntity | null;
}

/** The roles that count in this meeting: a guest has only the role they were invited as. */
export function rolesInMeeting(principal: Principal, invitation: MeetingInvitationEntity | null): Role[] {
  return invitation ? [invitation.role] : principal.roles;
}

interface AccessOptions {
  manager?: EntityManager;
  lock?: boolean;
  field?: string;
}

/**
 * The gate to meetings and agenda items: outside the caller's teams they read as NOT_FOUND,
 * exactly like rows that do not exist. The live gateway uses it to authorise room events.
 */
@Injectable()
export class MeetingAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async requireMeeting(principal: Principal, meetingId: string, options: AccessOptions = {}): Promise<MeetingEntity> {
    const manager = options.manager ?? this.dataSource.manager;
    const query = manager.getRepository(MeetingEntity).createQueryBuilder('m').where('m.id = :meetingId', { meetingId });
    if (options.lock) query.setLock('pessimistic_write');
    const meeting = UUID.test(meetingId) ? await query.getOne() : null;
    if (!meeting || !principal.teamIds.includes(meeting.teamId)) {
      throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_FOUND, options.field ?? 'meetingId');
    }
    return meeting;
  }

  /**
   * The meeting for a team member, or for a guest with a current invitation while the meeting is
   * SCHEDULED or LIVE (`invitation` is then set; null for members). Anyone else: NOT_FOUND.
   * Only reading the meeting, being in its room and voting go through here; every other
   * operation stays with `requireMeeting` (members only).
   */
  async requireParticipant(principal: Principal, meetingId: string, options: Omit<AccessOptions, 'lock'> = {}): Promise<MeetingParticipation> {
    const manager = options.manager ?? this.dataSource.manager;
    const field = options.field ?? 'meetingId';
    const meeting = UUID.test(meetingId) ? await manager.findOneBy(MeetingEntity, { id: meetingId }) : null;
    if (!meeting) throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_FOUND, field);
    if (principal.teamIds.includes(meeting.teamId)) return { meeting, invitation: null };
    const invitation = GUEST_STATUSES.includes(meeting.status)
      ? await manager.findOneBy(MeetingInvitationEntity, { meetingId: meeting.id, invitedUserId: principal.userId, revokedAt: IsNull() })
      : null;
    if (!invitation) throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_FOUND, field);
    return { meeting, invitation };
  }

  /** An agenda item as `requireParticipant` sees it (guests: items of the meeting they are invited to). */
  async requireItemAsParticipant(principal: Principal, itemId: string, options: Omit<AccessOptions, 'lock'> = {}): Promise<MeetingParticipation & { item: AgendaItemEntity }> {
    const manager = options.manager ?? this.dataSource.manager;
    const field = options.field ?? 'itemId';
    const item = UUID.test(itemId) ? await manager.findOneBy(AgendaItemEntity, { id: itemId }) : null;
    if (!item) throw new MeetingsException(MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND, field);
    try {
      return { item, ...(await this.requireParticipant(principal, item.meetingId, { manager, field })) };
    } catch (error) {
      if (error instanceof MeetingsException) throw new MeetingsException(MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND, field);
      throw error;
    }
  }

  /** The item and its meeting; with `lock`, both rows are locked (meeting first, always, so locks never cross). */
  async requireItem(principal: Principal, itemId: string, options: AccessOptions = {}): Promise<{ item: AgendaItemEntity; meeting: MeetingEntity }> {
    const manager = options.manager ?? this.dataSource.manager;
    const field = options.field ?? 'itemId';
    const found = UUID.test(itemId) ? await manager.findOneBy(AgendaItemEntity, { id: itemId }) : null;
    if (!found) throw new MeetingsException(MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND, field);
    let meeting: MeetingEntity;
    try {
      meeting = await this.requireMeeting(principal, found.meetingId, { manager, lock: options.lock, field });
    } catch (error) {
      if (error instanceof MeetingsException) throw new MeetingsException(MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND, field);
      throw error;
    }
    if (!options.lock) return { item: found, meeting };
    const item = await manager.getRepository(AgendaItemEntity).createQueryBuilder('i').where('i.id = :itemId', { itemId }).setLock('pessimistic_write').getOne();
    if (!item) throw new MeetingsException(MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND, field);
    return { item, meeting };
  }
}

/** The chair of the meeting or a coordinator (of the meeting's team: the caller already passed requireMeeting). */
export function requireChairOrCoordinator(principal: Principal, meeting: MeetingEntity): void {
  if (meeting.chairId === principal.userId || principal.roles.includes(Role.COORDINATOR)) return;
  throw new MeetingsException(MeetingsErrorCode.NOT_CHAIR_OR_COORDINATOR);
}

/** Turns the result of a versioned update into this feature's errors. */
export function checkUpdate(result: ConditionalUpdateResult, notFound: MeetingsErrorCode, field = 'input.expectedVersion'): void {
  if (result === 'missing') throw new MeetingsException(notFound);
  if (result === 'stale') throw new MeetingsException(MeetingsErrorCode.STALE_VERSION, field);
}

/** A stale expectedVersion on a row already read (and locked) in this transaction. */
export function checkVersion(row: { version: number }, expectedVersion: number, field = 'input.expectedVersion'): void {
  if (row.version !== expectedVersion) throw new MeetingsException(MeetingsErrorCode.STALE_VERSION, field, `Someone else changed this record (now version ${row.version}); reload it and try again.`);
}
