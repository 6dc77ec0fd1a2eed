import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { Role } from '@consilium/contracts';
import { AuditService } from '@consilium/server-audit';
import { Clock, ConditionalUpdateResult, isUniqueViolation, Principal, updateWithVersion } from '@consilium/server-core';
import { AuthService } from './auth.service';
import { CreateUserInput, SetUserRolesInput, UserVersionInput } from './dto/user.inputs';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { PasswordService } from './password.service';
import { TeamMembershipEntity } from './team-membership.entity';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { displayName: 'ASC', email: 'ASC' } });
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id } });
    if (!user) throw new IdentityException(IdentityErrorCode.USER_NOT_FOUND, 'userId');
    return user;
  }

  async create(input: CreateUserInput, actor: Principal): Promise<UserEntity> {
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const teamIds = [...new Set(input.teamIds)];
        const found = teamIds.length ? await manager.countBy(TeamEntity, { id: In(teamIds) }) : 0;
        if (found !== teamIds.length) throw new IdentityException(IdentityErrorCode.TEAM_NOT_FOUND, 'input.teamIds');
        const user = await manager.save(
          manager.create(UserEntity, {
            email: input.email.toLowerCase(),
            displayName: input.displayName,
            passwordHash,
            roles: input.roles,
          }),
        );
        if (teamIds.length) {
          await manager.insert(
            TeamMembershipEntity,
            teamIds.map((teamId) => ({ teamId, userId: user.id })),
          );
        }
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'user.created',
          entityType: 'User',
          entityId: user.id,
          data: { roles: input.roles, teamIds },
        });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new IdentityException(IdentityErrorCode.EMAIL_TAKEN, 'input.email');
      }
      throw error;
    }
  }

  async setRoles(input: SetUserRolesInput, actor: Principal): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, input.userId);
      if (user.roles.includes(Role.ADMINISTRATOR) && !input.roles.includes(Role.ADMINISTRATOR)) {
        await this.assertAnotherActiveAdministrator(manager, user.id);
      }
      this.check(await updateWithVersion(manager, UserEntity, input.userId, input.expectedVersion, { roles: input.roles }));
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'user.roles-set',
        entityType: 'User',
        entityId: user.id,
        data: { from: user.roles, to: input.roles },
      });
      return manager.findOneByOrFail(UserEntity, { id: user.id });
    });
  }

  /** Deactivation ends every session of the user at once: their tokens stop working. */
  async deactivate(input: UserVersionInput, actor: Principal): Promise<UserEntity> {
    if (input.userId === actor.userId) throw new IdentityException(IdentityErrorCode.SELF_DEACTIVATION, 'input.userId');
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, input.userId);
      if (user.active && user.roles.includes(Role.ADMINISTRATOR)) {
        await this.assertAnotherActiveAdministrator(manager, user.id);
      }
      this.check(
        await updateWithVersion(manager, UserEntity, input.userId, input.expectedVersion, {
          active: false,
          deactivatedAt: this.clock.now(),
        }),
      );
      await this.auth.revokeAllSessions(manager, user.id, 'USER_DEACTIVATED');
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'user.deactivated',
        entityType: 'User',
        entityId: user.id,
      });
      return manager.findOneByOrFail(UserEntity, { id: user.id });
    });
  }

  async reactivate(input: UserVersionInput, actor: Principal): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      this.check(
        await updateWithVersion(manager, UserEntity, input.userId, input.expectedVersion, {
          active: true,
          deactivatedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'user.reactivated',
        entityType: 'User',
        entityId: input.userId,
      });
      return manager.findOneByOrFail(UserEntity, { id: input.userId });
    });
  }

  /** Batches `User.teams` for a whole list into one query; results in key order. */
  createTeamsByUserLoader(): DataLoader<string, TeamEntity[]> {
    return new DataLoader(async (userIds: readonly string[]) => {
      const rows: { user_id: string; id: string; name: string; created_at: Date }[] = await this.dataSource.query(
        `SELECT m.user_id, t.id, t.name, t.created_at
           FROM team_memberships m JOIN teams t ON t.id = m.team_id
          WHERE m.user_id = ANY($1::uuid[])
          ORDER BY t.name`,
        [userIds],
      );
      const byUser = new Map<string, TeamEntity[]>();
      for (const row of rows) {
        const team = Object.assign(new TeamEntity(), { id: row.id, name: row.name, createdAt: row.created_at });
        byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), team]);
      }
      return userIds.map((id) => byUser.get(id) ?? []);
    });
  }

  private async lockUser(manager: EntityManager, userId: string): Promise<UserEntity> {
    const user = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .setLock('pessimistic_write')
      .where('user.id = :userId', { userId })
      .getOne();
    if (!user) throw new IdentityException(IdentityErrorCode.USER_NOT_FOUND, 'input.userId');
    return user;
  }

  /** Serialised with an advisory lock so two admins cannot remove each other at the same moment. */
  private async assertAnotherActiveAdministrator(manager: EntityManager, exceptUserId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [7_281_002]);
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM users WHERE active AND 'ADMINISTRATOR' = ANY(roles::text[]) AND id <> $1`,
      [exceptUserId],
    );
    if (count < 1) throw new IdentityException(IdentityErrorCode.LAST_ADMINISTRATOR, 'input.userId');
  }

  private check(result: ConditionalUpdateResult): void {
    if (result === 'missing') throw new IdentityException(IdentityErrorCode.USER_NOT_FOUND, 'input.userId');
    if (result === 'stale') throw new IdentityException(IdentityErrorCode.STALE_VERSION, 'input.expectedVersion');
  }
}
