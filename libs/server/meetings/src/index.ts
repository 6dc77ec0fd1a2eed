export { MeetingsModule } from './lib/meetings.module';
export { MeetingsService } from './lib/meetings.service';
export { AgendaService } from './lib/agenda.service';
export { AttendanceService, MeetingQuorum, PresentRoles } from './lib/attendance.service';
export { VotesService, CastVoteCommand, CastVoteResult, VoteTally } from './lib/votes.service';
export { NotesService, MeetingNotes } from './lib/notes.service';
export { QuorumRulesService, TeamQuorumRules } from './lib/quorum-rules.service';
export { MeetingAccessService, MeetingParticipation, rolesInMeeting } from './lib/meeting-access.service';
export { InvitationsService, GUEST_ROLES } from './lib/invitations.service';
export { evaluateQuorum, countRoles, DEFAULT_QUORUM_RULES, QuorumRules, RoleCounts, QuorumEvaluation, QuorumShortfall } from './lib/quorum';
export { AgendaItemStatus, DeferralReason, MeetingStatus, VoteChoice } from './lib/meeting.enums';
export { MeetingEntity } from './lib/meeting.entity';
export { AgendaItemEntity } from './lib/agenda-item.entity';
export { MeetingAttendanceEntity } from './lib/attendance.entity';
export { MeetingVoteEntity } from './lib/vote.entity';
export { MeetingNotesEntity } from './lib/notes.entity';
export { TeamQuorumRulesEntity } from './lib/quorum-rules.entity';
export { MeetingInvitationEntity } from './lib/invitation.entity';
export { MeetingsErrorCode, MeetingsException } from './lib/meetings.exception';

import { AgendaItemEntity } from './lib/agenda-item.entity';
import { MeetingAttendanceEntity } from './lib/attendance.entity';
import { MeetingInvitationEntity } from './lib/invitation.entity';
import { MeetingEntity } from './lib/meeting.entity';
import { MeetingNotesEntity } from './lib/notes.entity';
import { TeamQuorumRulesEntity } from './lib/quorum-rules.entity';
import { MeetingVoteEntity } from './lib/vote.entity';

export const MEETINGS_ENTITIES = [MeetingEntity, AgendaItemEntity, MeetingAttendanceEntity, MeetingVoteEntity, MeetingNotesEntity, TeamQuorumRulesEntity, MeetingInvitationEntity];
