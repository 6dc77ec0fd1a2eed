import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsBoolean, IsInt, IsUUID, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { Role } from '@consilium/contracts';
import { AuditService } from '@consilium/server-audit';
import { Authorize, CurrentPrincipal, requireTeamMemberOrAdmin, Principal } from '@consilium/server-core';
import { CasesErrorCode, CasesException } from './cases.exception';
import { TeamCaseSettings, TeamCaseSettingsEntity } from './readiness';
import { ReadinessService } from './readiness.service';

@ObjectType('TeamReadinessRules', { description: "A team's readiness checklist for its cases." })
export class TeamReadinessRulesModel {
  @Field(() => ID) teamId!: string;
  @Field(() => Int, { description: 'A FINAL imaging report must be at most this many days old.' }) imagingMaxAgeDays!: number;
  @Field() requirePharmacistReview!: boolean;
  @Field() requireClinicalSummary!: boolean;
  @Field() requireQuestion!: boolean;
}

@InputType()
export class SetTeamReadinessRulesInput {
  @Field(() => ID) @IsUUID('all', { message: 'teamId must be a team id' }) teamId!: string;

  @Field(() => Int)
  @IsInt({ message: 'imagingMaxAgeDays must be a whole number of days' })
  @Min(1, { message: 'imagingMaxAgeDays must be from 1 to 365' })
  @Max(365, { message: 'imagingMaxAgeDays must be from 1 to 365' })
  imagingMaxAgeDays!: number;

  @Field() @IsBoolean() requirePharmacistReview!: boolean;
  @Field() @IsBoolean() requireClinicalSummary!: boolean;
  @Field() @IsBoolean() requireQuestion!: boolean;
}

@ArgsType()
class TeamIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'teamId must be a team id' }) teamId!: string;
}

@Injectable()
export class TeamSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readiness: ReadinessService,
    private readonly audit: AuditService,
  ) {}

  async get(teamId: string): Promise<TeamCaseSettings> {
    return (await this.readiness.settingsFor([teamId])).get(teamId)!;
  }

  async set(input: SetTeamReadinessRulesInput, actor: Principal): Promise<TeamCaseSettings> {
    return this.dataSource.transaction(async (manager) => {
      const [team] = await manager.query('SELECT id FROM teams WHERE id = $1', [input.teamId]);
      if (!team) throw new CasesException(CasesErrorCode.RECORD_NOT_FOUND, 'input.teamId', 'No such team.');
      const { teamId, ...rules } = input;
      await manager
        .createQueryBuilder()
        .insert()
        .into(TeamCaseSettingsEntity)
        .values({ teamId, ...rules })
        .orUpdate(['imaging_max_age_days', 'require_pharmacist_review', 'require_clinical_summary', 'require_question'], ['team_id'])
        .execute();
      await manager.query('UPDATE team_case_settings SET version = version + 1 WHERE team_id = $1', [teamId]);
      await this.audit.record(manager, { actorId: actor.userId, action: 'team.readiness-rules-set', entityType: 'Team', entityId: teamId, teamId, data: rules });
      return { teamId, ...rules };
    });
  }
}

@Resolver(() => TeamReadinessRulesModel)
export class TeamSettingsResolver {
  constructor(private readonly settings: TeamSettingsService) {}

  @Authorize()
  @Query(() => TeamReadinessRulesModel, { description: 'For members of the team and administrators; defaults when never set.' })
  async teamReadinessRules(@Args() args: TeamIdArgs, @CurrentPrincipal() principal: Principal): Promise<TeamReadinessRulesModel> {
    requireTeamMemberOrAdmin(principal, args.teamId, 'its rules');
    return this.settings.get(args.teamId);
  }

  @Authorize({ roles: [Role.ADMINISTRATOR] })
  @Mutation(() => TeamReadinessRulesModel)
  setTeamReadinessRules(@Args('input') input: SetTeamReadinessRulesInput, @CurrentPrincipal() actor: Principal): Promise<TeamReadinessRulesModel> {
    return this.settings.set(input, actor);
  }
}
