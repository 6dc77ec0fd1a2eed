import { ALL_ROLES } from '@consilium/contracts';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingAttendanceEntity } from './attendance.entity';
import { MeetingQuorum } from './attendance.service';
import { MeetingInvitationEntity } from './invitation.entity';
import { MeetingEntity } from './meeting.entity';
import {
  AgendaItemModel,
  MeetingAttendanceModel,
  MeetingInvitationModel,
  MeetingModel,
  MeetingQuorumModel,
  MeetingVoteModel,
  RoleCountModel,
  TeamQuorumRulesModel,
  VoteTallyModel,
} from './meeting.model';
import { RoleCounts } from './quorum';
import { TeamQuorumRules } from './quorum-rules.service';
import { MeetingVoteEntity } from './vote.entity';
import { VoteTally } from './votes.service';

export function toMeetingModel(m: MeetingEntity): MeetingModel {
  return {
    id: m.id,
    teamId: m.teamId,
    title: m.title,
    startsAt: m.startsAt,
    durationMinutes: m.durationMinutes,
    chairId: m.chairId,
    videoLink: m.videoLink,
    status: m.status,
    startedAt: m.startedAt,
    startedBy: m.startedBy,
    closedAt: m.closedAt,
    closedBy: m.closedBy,
    createdBy: m.createdBy,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    version: m.version,
  };
}

export function toAgendaItemModel(i: AgendaItemEntity): AgendaItemModel {
  return {
    id: i.id,
    meetingId: i.meetingId,
    caseId: i.caseId,
    position: i.position,
    allocatedMinutes: i.allocatedMinutes,
    status: i.status,
    deferralReason: i.deferralReason,
    deferralNote: i.deferralNote,
    presentedAt: i.presentedAt,
    outcomeAt: i.outcomeAt,
    outcomeBy: i.outcomeBy,
    addedBy: i.addedBy,
    version: i.version,
  };
}

/** Counts as a list in the fixed role order, zero counts left out. */
export function toRoleCounts(counts: RoleCounts): RoleCountModel[] {
  return ALL_ROLES.filter((role) => (counts[role] ?? 0) > 0).map((role) => ({ role, count: counts[role]! }));
}

export function toQuorumModel(q: MeetingQuorum): MeetingQuorumModel {
  return { quorate: q.quorate, missing: q.missing, present: toRoleCounts(q.present) };
}

export function toQuorumRulesModel(r: TeamQuorumRules): TeamQuorumRulesModel {
  return { teamId: r.teamId, minimums: toRoleCounts(r.rules), isDefault: r.isDefault, version: r.version };
}

export function toAttendanceModel(a: MeetingAttendanceEntity): MeetingAttendanceModel {
  return { userId: a.userId, roles: a.roles, joinedAt: a.joinedAt, leftAt: a.leftAt };
}

export function toVoteModel(v: MeetingVoteEntity): MeetingVoteModel {
  return { id: v.id, itemId: v.agendaItemId, decisionId: v.decisionId, voterId: v.voterId, choice: v.choice, comment: v.comment, castAt: v.castAt };
}

export function toTallyModel(t: VoteTally): VoteTallyModel {
  return { agree: t.agree, disagree: t.disagree, abstain: t.abstain, total: t.total };
}

export function toInvitationModel(i: MeetingInvitationEntity): MeetingInvitationModel {
  return { id: i.id, meetingId: i.meetingId, userId: i.invitedUserId, invitedBy: i.invitedBy, role: i.role, reason: i.reason, createdAt: i.createdAt, revokedAt: i.revokedAt, revokedBy: i.revokedBy };
}
