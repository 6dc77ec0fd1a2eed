import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';
import { MeetingIdArgs, MeetingStepInput, ScheduleMeetingInput, TeamMeetingsArgs, UpcomingMeetingsArgs, UpdateMeetingInput } from './dto/meeting.inputs';
import { toMeetingModel } from './meeting.mapper';
import { MeetingModel } from './meeting.model';
import { MeetingsService } from './meetings.service';

/** Coordinators schedule; the chair or a coordinator starts and closes (checked in the service); members read. */
const COORDINATORS = { roles: [Role.COORDINATOR] };
const MEMBERS = { roles: [...ALL_ROLES] };

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @Authorize(MEMBERS)
  @Query(() => MeetingModel, { description: 'A meeting of one of your teams (others read as NOT_FOUND).' })
  async meeting(@Args() args: MeetingIdArgs, @CurrentPrincipal() principal: Principal): Promise<MeetingModel> {
    return toMeetingModel(await this.service.get(principal, args.id));
  }

  @Authorize({ ...MEMBERS, teamArg: 'teamId' })
  @Query(() => [MeetingModel], { description: 'Meetings of a team starting in [from, to), by start time.' })
  async meetings(@Args() args: TeamMeetingsArgs): Promise<MeetingModel[]> {
    return (await this.service.forTeam(args.teamId, args.from, args.to)).map(toMeetingModel);
  }

  @Authorize(MEMBERS)
  @Query(() => [MeetingModel], { description: 'Live meetings and scheduled ones not yet over, of your teams (or one), soonest first.' })
  async upcomingMeetings(@Args() args: UpcomingMeetingsArgs, @CurrentPrincipal() principal: Principal): Promise<MeetingModel[]> {
    return (await this.service.upcoming(principal, args.teamId, args.first)).map(toMeetingModel);
  }

  @Authorize({ ...COORDINATORS, teamArg: 'input.teamId' })
  @Mutation(() => MeetingModel, { description: 'A new SCHEDULED meeting of your team.' })
  async scheduleMeeting(@Args('input') input: ScheduleMeetingInput, @CurrentPrincipal() actor: Principal): Promise<MeetingModel> {
    return toMeetingModel(await this.service.schedule(input, actor));
  }

  @Authorize(COORDINATORS)
  @Mutation(() => MeetingModel, { description: 'Change a SCHEDULED meeting (time, length, chair, title, link).' })
  async updateMeeting(@Args('input') input: UpdateMeetingInput, @CurrentPrincipal() actor: Principal): Promise<MeetingModel> {
    return toMeetingModel(await this.service.update(input, actor));
  }

  @Authorize(MEMBERS)
  @Mutation(() => MeetingModel, { description: 'SCHEDULED → LIVE; the chair or a coordinator of the team.' })
  async startMeeting(@Args('input') input: MeetingStepInput, @CurrentPrincipal() actor: Principal): Promise<MeetingModel> {
    return toMeetingModel(await this.service.start(input, actor));
  }

  @Authorize(MEMBERS)
  @Mutation(() => MeetingModel, {
    description: 'LIVE → CLOSED; the chair or a coordinator. Items not reached become NOT_REACHED and their cases go back to READY.',
  })
  async closeMeeting(@Args('input') input: MeetingStepInput, @CurrentPrincipal() actor: Principal): Promise<MeetingModel> {
    return toMeetingModel(await this.service.close(input, actor));
  }
}
