import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel, toCaseModel } from '@consilium/server-cases';
import { GqlContext } from '@consilium/server-core';
import { MeetingLoaders } from './loaders/meeting-loaders.service';
import { toAgendaItemModel, toAttendanceModel, toQuorumModel, toTallyModel, toVoteModel } from './meeting.mapper';
import { AgendaItemModel, MeetingAttendanceModel, MeetingModel, MeetingQuorumModel, MeetingVoteModel, VoteTallyModel } from './meeting.model';

/** Relations of a Meeting. The parent was authorised when it was loaded; every field batches. */
@Resolver(() => MeetingModel)
export class MeetingFieldsResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  @ResolveField(() => [AgendaItemModel], { description: 'The agenda in order.' })
  async agenda(@Parent() meeting: MeetingModel, @Context() ctx: GqlContext): Promise<AgendaItemModel[]> {
    return (await this.loaders.agendaOf(ctx).load(meeting.id)).map(toAgendaItemModel);
  }

  @ResolveField(() => MeetingQuorumModel, { description: 'Quorum from the people in the room now, under the team’s rules.' })
  async quorum(@Parent() meeting: MeetingModel, @Context() ctx: GqlContext): Promise<MeetingQuorumModel> {
    return toQuorumModel(await this.loaders.quorumOf(ctx).load({ id: meeting.id, teamId: meeting.teamId }));
  }

  @ResolveField(() => [MeetingAttendanceModel], { description: 'Every presence interval, by join time.' })
  async attendance(@Parent() meeting: MeetingModel, @Context() ctx: GqlContext): Promise<MeetingAttendanceModel[]> {
    return (await this.loaders.attendanceOf(ctx).load(meeting.id)).map(toAttendanceModel);
  }
}

/** Relations of an AgendaItem (reached only through its authorised meeting). */
@Resolver(() => AgendaItemModel)
export class AgendaItemFieldsResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  @ResolveField(() => CaseModel, { name: 'case' })
  async kase(@Parent() item: AgendaItemModel, @Context() ctx: GqlContext): Promise<CaseModel> {
    return toCaseModel((await this.loaders.caseOf(ctx).load(item.caseId))!);
  }

  @ResolveField(() => VoteTallyModel)
  async tally(@Parent() item: AgendaItemModel, @Context() ctx: GqlContext): Promise<VoteTallyModel> {
    return toTallyModel(await this.loaders.tallyOf(ctx).load(item.id));
  }

  @ResolveField(() => [MeetingVoteModel], { description: 'The current vote of each voter, by cast time.' })
  async votes(@Parent() item: AgendaItemModel, @Context() ctx: GqlContext): Promise<MeetingVoteModel[]> {
    return (await this.loaders.votesOf(ctx).load(item.id)).map(toVoteModel);
  }

  @ResolveField(() => String, { description: 'Plain-text snapshot of the shared notes (empty before the first save).' })
  notesText(@Parent() item: AgendaItemModel, @Context() ctx: GqlContext): Promise<string> {
    return this.loaders.notesTextOf(ctx).load(item.id);
  }
}
