import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';
import { AgendaService } from './agenda.service';
import { AddAgendaItemInput, AgendaItemStepInput, DeferAgendaItemInput, ReorderAgendaInput, SetAgendaItemMinutesInput } from './dto/meeting.inputs';
import { toAgendaItemModel, toMeetingModel } from './meeting.mapper';
import { AgendaItemModel, MeetingModel } from './meeting.model';

/** Coordinators build the agenda; the chair or a coordinator records outcomes (checked in the service). */
const COORDINATORS = { roles: [Role.COORDINATOR] };
const MEMBERS = { roles: [...ALL_ROLES] };

@Resolver(() => AgendaItemModel)
export class AgendaResolver {
  constructor(private readonly agenda: AgendaService) {}

  @Authorize(COORDINATORS)
  @Mutation(() => MeetingModel, { description: 'List a READY case at the end of the agenda (the case becomes LISTED).' })
  async addAgendaItem(@Args('input') input: AddAgendaItemInput, @CurrentPrincipal() actor: Principal): Promise<MeetingModel> {
    return toMeetingModel(await this.agenda.add(input, actor));
  }

  @Authorize(COORDINATORS)
  @Mutation(() => MeetingModel, { description: 'Take a LISTED case off the agenda (the case goes back to READY).' })
  async removeAgendaItem(@Args('input') input: AgendaItemStepInput, @CurrentPrincipal() actor: Principal): Promise<MeetingModel> {
    return toMeetingModel(await this.agenda.remove(input, actor));
  }

  @Authorize(COORDINATORS)
  @Mutation(() => MeetingModel, { description: 'Put the agenda in a new order (every item, once).' })
  async reorderAgenda(@Args('input') input: ReorderAgendaInput, @CurrentPrincipal() actor: Principal): Promise<MeetingModel> {
    return toMeetingModel(await this.agenda.reorder(input, actor));
  }

  @Authorize(COORDINATORS)
  @Mutation(() => AgendaItemModel, { description: 'Change the minutes allocated to an item still waiting.' })
  async setAgendaItemMinutes(@Args('input') input: SetAgendaItemMinutesInput, @CurrentPrincipal() actor: Principal): Promise<AgendaItemModel> {
    return toAgendaItemModel(await this.agenda.setMinutes(input, actor));
  }

  @Authorize(MEMBERS)
  @Mutation(() => AgendaItemModel, { description: 'LISTED → PRESENTING in a live meeting; the chair or a coordinator.' })
  async presentAgendaItem(@Args('input') input: AgendaItemStepInput, @CurrentPrincipal() actor: Principal): Promise<AgendaItemModel> {
    return toAgendaItemModel(await this.agenda.present(input, actor));
  }

  @Authorize(MEMBERS)
  @Mutation(() => AgendaItemModel, { description: 'Mark an item DISCUSSED in a live meeting (the case becomes DISCUSSED); the chair or a coordinator.' })
  async markAgendaItemDiscussed(@Args('input') input: AgendaItemStepInput, @CurrentPrincipal() actor: Principal): Promise<AgendaItemModel> {
    return toAgendaItemModel(await this.agenda.markDiscussed(input, actor));
  }

  @Authorize(MEMBERS)
  @Mutation(() => AgendaItemModel, { description: 'DEFER an item with a coded reason (the case becomes DEFERRED); the chair or a coordinator.' })
  async deferAgendaItem(@Args('input') input: DeferAgendaItemInput, @CurrentPrincipal() actor: Principal): Promise<AgendaItemModel> {
    return toAgendaItemModel(await this.agenda.defer(input, actor));
  }
}
