import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { Role } from '@consilium/contracts';
import { AuditService } from '@consilium/server-audit';
import { Authorize, CurrentPrincipal, ForbiddenError, InputError, Principal } from '@consilium/server-core';
import { FollowUpSchedulerService } from './scheduling/follow-up-scheduler.service';
import { DEFAULT_GRACE_DAYS, TeamFollowUpSettingsEntity } from './team-follow-up-settings.entity';

@ObjectType('TeamFollowUpSettings')
export class TeamFollowUpSettingsModel {
  @Field(() => ID) teamId!: string;
  @Field(() => Int, { description: `Days after the due date before a follow-up without a report becomes OVERDUE (default ${DEFAULT_GRACE_DAYS}).` })
  graceDays!: number;
}

@InputType()
export class SetTeamFollowUpSettingsInput {
  @Field(() => ID) @IsUUID('all', { message: 'teamId must be a team id' }) teamId!: string;

  @Field(() => Int)
  @IsInt({ message: 'graceDays must be a whole number of days' })
  @Min(0, { message: 'graceDays must be from 0 to 180' })
  @Max(180, { message: 'graceDays must be from 0 to 180' })
  graceDays!: number;
}

@ArgsType()
class TeamIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'teamId must be a team id' }) teamId!: string;
}

@Injectable()
export class TeamFollowUpSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly scheduler: FollowUpSchedulerService,
  ) {}

  async get(teamId: string): Promise<TeamFollowUpSettingsModel> {
    const row = await this.dataSource.getRepository(TeamFollowUpSettingsEntity).findOneBy({ teamId });
    return { teamId, graceDays: row?.graceDays ?? DEFAULT_GRACE_DAYS };
  }

  async set(input: SetTeamFollowUpSettingsInput, actor: Principal): Promise<TeamFollowUpSettingsModel> {
    const result = await this.dataSource.transaction(async (manager) => {
      const [team] = await manager.query('SELECT id FROM teams WHERE id = $1', [input.teamId]);
      if (!team) throw new InputError('input.teamId', 'No such team.');
      const before = await manager.getRepository(TeamFollowUpSettingsEntity).findOneBy({ teamId: input.teamId });
      await manager.query(
        `INSERT INTO team_follow_up_settings (team_id, grace_days) VALUES ($1, $2)
         ON CONFLICT (team_id) DO UPDATE SET grace_days = EXCLUDED.grace_days, version = team_follow_up_settings.version + 1, updated_at = now()`,
        [input.teamId, input.graceDays],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'team.follow-up-settings-set',
        entityType: 'Team',
        entityId: input.teamId,
        teamId: input.teamId,
        data: { graceDays: { from: before?.graceDays ?? DEFAULT_GRACE_DAYS, to: input.graceDays } },
      });
      return { teamId: input.teamId, graceDays: input.graceDays };
    });
    // Overdue steps of the team's pending follow-ups move with the grace period.
    await this.scheduler.syncTeam(input.teamId);
    return result;
  }
}

@Resolver(() => TeamFollowUpSettingsModel)
export class TeamFollowUpSettingsResolver {
  constructor(private readonly settings: TeamFollowUpSettingsService) {}

  @Authorize()
  @Query(() => TeamFollowUpSettingsModel, { description: 'For members of the team and administrators; the default when never set.' })
  async teamFollowUpSettings(@Args() args: TeamIdArgs, @CurrentPrincipal() principal: Principal): Promise<TeamFollowUpSettingsModel> {
    if (!principal.teamIds.includes(args.teamId) && !principal.roles.includes(Role.ADMINISTRATOR)) {
      throw new ForbiddenError('NOT_TEAM_MEMBER', 'Only members of this team and administrators can see its settings.');
    }
    return this.settings.get(args.teamId);
  }

  @Authorize({ roles: [Role.ADMINISTRATOR] })
  @Mutation(() => TeamFollowUpSettingsModel, { description: 'Set the grace period after which a follow-up scan without a report is OVERDUE.' })
  setTeamFollowUpSettings(@Args('input') input: SetTeamFollowUpSettingsInput, @CurrentPrincipal() actor: Principal): Promise<TeamFollowUpSettingsModel> {
    return this.settings.set(input, actor);
  }
}
