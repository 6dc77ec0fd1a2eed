import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Role } from '@consilium/contracts';
import { AuditService } from '@consilium/server-audit';
import { isUniqueViolation, Principal } from '@consilium/server-core';
import { CreateTeamInput, TeamMemberInput } from './dto/team.inputs';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { TeamMembershipEntity } from './team-membership.entity';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Administrators see every team; everyone else sees the teams they belong to. */
  list(principal: Principal): Promise<TeamEntity[]> {
    const repo = this.dataSource.getRepository(TeamEntity);
    if (principal.roles.includes(Role.ADMINISTRATOR)) return repo.find({ order: { name: 'ASC' } });
    return repo.find({ where: { id: In(principal.teamIds) }, order: { name: 'ASC' } });
  }

  async create(input: CreateTeamInput, actor: Principal): Promise<TeamEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const team = await manager.save(manager.create(TeamEntity, { name: input.name }));
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'team.created',
          entityType: 'Team',
          entityId: team.id,
          teamId: team.id,
        });
        return team;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'teams_name_key')) {
        throw new IdentityException(IdentityErrorCode.TEAM_NAME_TAKEN, 'input.name');
      }
      throw error;
    }
  }

  /** Idempotent: adding a member twice leaves one membership. */
  async addMember(input: TeamMemberInput, actor: Principal): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.requireUserAndTeam(input);
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(TeamMembershipEntity)
        .values({ teamId: input.teamId, userId: input.userId })
        .orIgnore()
        .returning(['team_id'])
        .execute();
      if ((result.raw as unknown[]).length > 0) {
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'team.member-added',
          entityType: 'Team',
          entityId: input.teamId,
          teamId: input.teamId,
          data: { userId: input.userId },
        });
      }
      return user;
    });
  }

  async removeMember(input: TeamMemberInput, actor: Principal): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.requireUserAndTeam(input);
      const result = await manager.delete(TeamMembershipEntity, { teamId: input.teamId, userId: input.userId });
      if (result.affected) {
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'team.member-removed',
          entityType: 'Team',
          entityId: input.teamId,
          teamId: input.teamId,
          data: { userId: input.userId },
        });
      }
      return user;
    });
  }

  private async requireUserAndTeam(input: TeamMemberInput): Promise<UserEntity> {
    const [user, team] = await Promise.all([
      this.dataSource.getRepository(UserEntity).findOneBy({ id: input.userId }),
      this.dataSource.getRepository(TeamEntity).findOneBy({ id: input.teamId }),
    ]);
    if (!team) throw new IdentityException(IdentityErrorCode.TEAM_NOT_FOUND, 'input.teamId');
    if (!user) throw new IdentityException(IdentityErrorCode.USER_NOT_FOUND, 'input.userId');
    return user;
  }
}
