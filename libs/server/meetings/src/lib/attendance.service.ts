import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Role } from '@consilium/contracts';
import { Clock } from '@consilium/server-core';
import { MeetingAttendanceEntity } from './attendance.entity';
import { MeetingStatus } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';
import { countRoles, evaluateQuorum, QuorumEvaluation, QuorumRules, RoleCounts } from './quorum';
import { QuorumRulesService } from './quorum-rules.service';

const UUID = /^[0-9a-f-]{36}$/i;

/** Who is in the room now: one entry per person with an open interval, with their roles at joining. */
export interface PresentRoles {
  counts: RoleCounts;
  people: { userId: string; roles: Role[]; joinedAt: Date }[];
}

export interface MeetingQuorum extends QuorumEvaluation {
  meetingId: string;
  present: RoleCounts;
  rules: QuorumRules;
}

/**
 * Presence in the meeting room, written by the live gateway as sockets join and leave, and the
 * quorum computed from it. The gateway authorises the caller (MeetingAccessService) first;
 * these methods still refuse a user who is neither a member of the meeting's team nor invited.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly quorumRules: QuorumRulesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Opens a presence interval (roles copied from the user now; an invited guest's roles are the
   * one role of their invitation). Idempotent: a user already present keeps their open interval
   * (a second tab, a second api copy). Refused when the meeting is closed, or the user is neither
   * an active member of its team nor an active user with a current invitation (NOT_FOUND).
   */
  async recordJoin(meetingId: string, userId: string, at: Date = this.clock.now()): Promise<MeetingAttendanceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, guestRole } = await this.meetingForUser(manager, meetingId, userId);
      if (meeting.status === MeetingStatus.CLOSED) throw new MeetingsException(MeetingsErrorCode.MEETING_CLOSED, 'meetingId');
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`meeting-attendance:${meetingId}:${userId}`]);
      const open = await manager.findOneBy(MeetingAttendanceEntity, { meetingId, userId, leftAt: IsNull() });
      if (open) return open;
      const [user] = await manager.query('SELECT roles::text[] AS roles FROM users WHERE id = $1', [userId]);
      const roles = guestRole ? [guestRole] : (user.roles as Role[]);
      return manager.save(manager.create(MeetingAttendanceEntity, { meetingId, userId, roles, joinedAt: at, leftAt: null }));
    });
  }

  /** Closes the user's open interval (never before it began); null when they were not present (idempotent). */
  async recordLeave(meetingId: string, userId: string, at: Date = this.clock.now()): Promise<MeetingAttendanceEntity | null> {
    if (!UUID.test(meetingId) || !UUID.test(userId)) return null;
    const open = await this.dataSource.manager.findOneBy(MeetingAttendanceEntity, { meetingId, userId, leftAt: IsNull() });
    if (!open) return null;
    const leftAt = at < open.joinedAt ? open.joinedAt : at;
    const result = await this.dataSource.manager.update(MeetingAttendanceEntity, { id: open.id, leftAt: IsNull() }, { leftAt });
    return result.affected === 1 ? { ...open, leftAt } : null;
  }

  /** Closes every open interval of the meeting (when it closes). */
  async closeAll(manager: EntityManager, meetingId: string, at: Date): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(MeetingAttendanceEntity)
      .set({ leftAt: () => 'GREATEST(joined_at, :at::timestamptz)' })
      .setParameter('at', at.toISOString())
      .where('meeting_id = :meetingId AND left_at IS NULL', { meetingId })
      .execute();
    return result.affected ?? 0;
  }

  async presentRoles(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<PresentRoles> {
    return (await this.presentRolesFor([meetingId], manager)).get(meetingId)!;
  }

  /** Presence of many meetings in one query. */
  async presentRolesFor(meetingIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, PresentRoles>> {
    const valid = meetingIds.filter((id) => UUID.test(id));
    const open = valid.length
      ? await manager.find(MeetingAttendanceEntity, { where: { meetingId: In(valid), leftAt: IsNull() }, order: { joinedAt: 'ASC', id: 'ASC' } })
      : [];
    return new Map(
      meetingIds.map((id) => {
        const people = open.filter((a) => a.meetingId === id).map((a) => ({ userId: a.userId, roles: a.roles, joinedAt: a.joinedAt }));
        return [id, { counts: countRoles(people.map((p) => p.roles)), people }];
      }),
    );
  }

  async quorumOf(meetingId: string): Promise<MeetingQuorum> {
    const meeting = UUID.test(meetingId) ? await this.dataSource.manager.findOneBy(MeetingEntity, { id: meetingId }) : null;
    if (!meeting) throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_FOUND, 'meetingId');
    return (await this.quorumOfMany([meeting])).get(meetingId)!;
  }

  /** Quorum of many meetings with a constant number of queries. */
  async quorumOfMany(meetings: readonly Pick<MeetingEntity, 'id' | 'teamId'>[]): Promise<Map<string, MeetingQuorum>> {
    const presence = await this.presentRolesFor(meetings.map((m) => m.id));
    const rules = await this.quorumRules.forTeams(meetings.map((m) => m.teamId));
    return new Map(
      meetings.map((m) => {
        const present = presence.get(m.id)!.counts;
        const teamRules = rules.get(m.teamId)!.rules;
        return [m.id, { meetingId: m.id, present, rules: teamRules, ...evaluateQuorum(teamRules, present) }];
      }),
    );
  }

  /** Every interval of a meeting, by join time (for the record and the client). */
  async intervals(meetingId: string): Promise<MeetingAttendanceEntity[]> {
    if (!UUID.test(meetingId)) return [];
    return this.dataSource.manager.find(MeetingAttendanceEntity, { where: { meetingId }, order: { joinedAt: 'ASC', id: 'ASC' } });
  }

  /** The meeting, and the guest's role when the user is there by invitation (null for members). */
  private async meetingForUser(manager: EntityManager, meetingId: string, userId: string): Promise<{ meeting: MeetingEntity; guestRole: Role | null }> {
    const meeting = UUID.test(meetingId) ? await manager.findOneBy(MeetingEntity, { id: meetingId }) : null;
    if (!meeting || !UUID.test(userId)) throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_FOUND, 'meetingId');
    const [member] = await manager.query(
      `SELECT 1 FROM team_memberships tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = $1 AND tm.user_id = $2 AND u.active`,
      [meeting.teamId, userId],
    );
    if (member) return { meeting, guestRole: null };
    const [guest] = await manager.query(
      `SELECT i.role::text AS role FROM meeting_invitations i JOIN users u ON u.id = i.invited_user_id
        WHERE i.meeting_id = $1 AND i.invited_user_id = $2 AND i.revoked_at IS NULL AND u.active`,
      [meeting.id, userId],
    );
    if (!guest) throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_FOUND, 'meetingId');
    return { meeting, guestRole: guest.role as Role };
  }
}
