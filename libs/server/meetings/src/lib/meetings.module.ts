import { Module } from '@nestjs/common';
import { CasesModule } from '@consilium/server-cases';
import { DecisionsModule } from '@consilium/server-decisions';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';
import { AttendanceService } from './attendance.service';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { MeetingLoaders } from './loaders/meeting-loaders.service';
import { MeetingAccessService } from './meeting-access.service';
import { AgendaItemFieldsResolver, MeetingFieldsResolver } from './meeting-fields.resolver';
import { MeetingRoomResolver } from './meeting-room.resolver';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { NotesService } from './notes.service';
import { QuorumRulesResolver } from './quorum-rules.resolver';
import { QuorumRulesService } from './quorum-rules.service';
import { VotesService } from './votes.service';

const SERVICES = [MeetingAccessService, MeetingsService, AgendaService, AttendanceService, VotesService, NotesService, QuorumRulesService, InvitationsService];

@Module({
  imports: [CasesModule, DecisionsModule],
  providers: [...SERVICES, MeetingLoaders, MeetingsResolver, AgendaResolver, QuorumRulesResolver, MeetingRoomResolver, MeetingFieldsResolver, AgendaItemFieldsResolver, InvitationsResolver],
  exports: SERVICES,
})
export class MeetingsModule {}
