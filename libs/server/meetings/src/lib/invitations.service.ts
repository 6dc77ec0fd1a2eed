import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { Role } from '@consilium/contracts';
import { AuditService } from '@consilium/server-audit';
import { Clock, Principal } from '@consilium/server-core';
import { MeetingAttendanceEntity } from './attendance.entity';
import { InviteToMeetingInput, RevokeMeetingInvitationInput } from './dto/invitation.inputs';
import { MeetingInvitationEntity } from './invitation.entity';
import { MeetingAccessService, requireChairOrCoordinator } from './meeting-access.service';
import { MeetingStatus } from './meeting.enums';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';

/** The roles a guest may attend as: the clinicians who vote. Never coordinator (it drives the room) or administrator. */
export const GUEST_ROLES: readonly Role[] = [Role.PHYSICIAN, Role.RADIOLOGIST, Role.PHARMACIST];

/**
 * Invitations of people from outside a meeting's team to that one meeting. The chair or a
 * coordinator of the team invites and revokes; revoking also ends the guest's presence in the
 * room (the live gateway's re-check disconnects their sockets).
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async invite(input: InviteToMeetingInput, actor: Principal): Promise<MeetingInvitationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.access.requireMeeting(actor, input.meetingId, { manager, lock: true, field: 'input.meetingId' });
      requireChairOrCoordinator(actor, meeting);
      if (meeting.status === MeetingStatus.CLOSED) throw new MeetingsException(MeetingsErrorCode.MEETING_CLOSED, 'input.meetingId', 'The meeting is closed; nobody can be invited to it.');
      const [user]: { active: boolean; roles: Role[]; member: boolean }[] = await manager.query(
        `SELECT u.active, u.roles::text[] AS roles,
                EXISTS (SELECT 1 FROM team_memberships tm WHERE tm.team_id = $2 AND tm.user_id = u.id) AS member
           FROM users u WHERE u.id = $1`,
        [input.userId, meeting.teamId],
      );
      if (!user) throw new MeetingsException(MeetingsErrorCode.USER_NOT_FOUND, 'input.userId');
      if (!user.active) throw new MeetingsException(MeetingsErrorCode.USER_INACTIVE, 'input.userId');
      if (user.member) throw new MeetingsException(MeetingsErrorCode.ALREADY_TEAM_MEMBER, 'input.userId');
      const role = input.role ?? GUEST_ROLES.find((r) => user.roles.includes(r));
      if (!role || !GUEST_ROLES.includes(role) || !user.roles.includes(role)) {
        throw new MeetingsException(
          MeetingsErrorCode.GUEST_ROLE_NOT_ALLOWED,
          'input.role',
          input.role
            ? `A guest attends as one of their own roles among ${GUEST_ROLES.join(', ')}; this user cannot attend as ${input.role}.`
            : `This user has none of the roles a guest attends as (${GUEST_ROLES.join(', ')}).`,
        );
      }
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`meeting-invitation:${meeting.id}:${input.userId}`]);
      if (await manager.existsBy(MeetingInvitationEntity, { meetingId: meeting.id, invitedUserId: input.userId, revokedAt: IsNull() })) {
        throw new MeetingsException(MeetingsErrorCode.ALREADY_INVITED, 'input.userId');
      }
      const invitation = await manager.save(
        manager.create(MeetingInvitationEntity, {
          meetingId: meeting.id,
          invitedUserId: input.userId,
          invitedBy: actor.userId,
          role,
          reason: input.reason,
          createdAt: this.clock.now(),
          revokedAt: null,
          revokedBy: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'meeting.guest_invited',
        entityType: 'Meeting',
        entityId: meeting.id,
        teamId: meeting.teamId,
        data: { invitationId: invitation.id, invitedUserId: input.userId, role, reason: input.reason },
      });
      return invitation;
    });
  }

  /** Revokes a current invitation and closes the guest's open attendance interval at once. */
  async revoke(input: RevokeMeetingInvitationInput, actor: Principal): Promise<MeetingInvitationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(MeetingInvitationEntity, { id: input.invitationId });
      if (!found) throw new MeetingsException(MeetingsErrorCode.INVITATION_NOT_FOUND, 'input.invitationId');
      let meeting;
      try {
        meeting = await this.access.requireMeeting(actor, found.meetingId, { manager, lock: true, field: 'input.invitationId' });
      } catch (error) {
        if (error instanceof MeetingsException) throw new MeetingsException(MeetingsErrorCode.INVITATION_NOT_FOUND, 'input.invitationId');
        throw error;
      }
      requireChairOrCoordinator(actor, meeting);
      const now = this.clock.now();
      const result = await manager.update(MeetingInvitationEntity, { id: found.id, revokedAt: IsNull() }, { revokedAt: now, revokedBy: actor.userId });
      if (result.affected !== 1) throw new MeetingsException(MeetingsErrorCode.INVITATION_REVOKED, 'input.invitationId');
      const left = await manager
        .createQueryBuilder()
        .update(MeetingAttendanceEntity)
        .set({ leftAt: () => 'GREATEST(joined_at, :at::timestamptz)' })
        .setParameter('at', now.toISOString())
        .where('meeting_id = :meetingId AND user_id = :userId AND left_at IS NULL', { meetingId: meeting.id, userId: found.invitedUserId })
        .execute();
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'meeting.guest_invitation_revoked',
        entityType: 'Meeting',
        entityId: meeting.id,
        teamId: meeting.teamId,
        data: { invitationId: found.id, invitedUserId: found.invitedUserId, attendanceClosed: (left.affected ?? 0) > 0 },
      });
      return { ...found, revokedAt: now, revokedBy: actor.userId };
    });
  }

  /** Invitations (current and revoked) of many meetings in one query, oldest first. */
  async ofMeetings(meetingIds: readonly string[]): Promise<Map<string, MeetingInvitationEntity[]>> {
    const rows = meetingIds.length
      ? await this.dataSource.manager.find(MeetingInvitationEntity, { where: { meetingId: In([...meetingIds]) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    return new Map(meetingIds.map((id) => [id, rows.filter((r) => r.meetingId === id)]));
  }
}
