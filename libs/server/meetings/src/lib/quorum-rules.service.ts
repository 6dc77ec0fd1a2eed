import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ALL_ROLES, Role } from '@consilium/contracts';
import { AuditService } from '@consilium/server-audit';
import { InputError, Principal } from '@consilium/server-core';
import { SetTeamQuorumRulesInput } from './dto/meeting.inputs';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';
import { DEFAULT_QUORUM_RULES, QuorumRules } from './quorum';
import { TeamQuorumRulesEntity } from './quorum-rules.entity';

export interface TeamQuorumRules {
  teamId: string;
  rules: QuorumRules;
  /** 0 while the team uses the defaults (never set). */
  version: number;
  isDefault: boolean;
}

/** Administrators set each team's quorum; everything else reads it. */
@Injectable()
export class QuorumRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(teamId: string): Promise<TeamQuorumRules> {
    return (await this.forTeams([teamId])).get(teamId)!;
  }

  /** The rules of many teams in one query (defaults for teams never set). */
  async forTeams(teamIds: readonly string[]): Promise<Map<string, TeamQuorumRules>> {
    const rows = teamIds.length ? await this.dataSource.getRepository(TeamQuorumRulesEntity).findBy({ teamId: In([...new Set(teamIds)]) }) : [];
    const byTeam = new Map(rows.map((r) => [r.teamId, r]));
    return new Map(
      teamIds.map((teamId) => {
        const row = byTeam.get(teamId);
        return [teamId, row ? { teamId, rules: toRules(row.minimums), version: row.version, isDefault: false } : { teamId, rules: { ...DEFAULT_QUORUM_RULES }, version: 0, isDefault: true }];
      }),
    );
  }

  async set(input: SetTeamQuorumRulesInput, actor: Principal): Promise<TeamQuorumRules> {
    const minimums: Record<string, number> = {};
    input.minimums.forEach((m, index) => {
      if (m.role in minimums) throw new InputError(`input.minimums.${index}.role`, `${m.role} is listed twice`);
      if (m.minimum > 0) minimums[m.role] = m.minimum;
    });
    return this.dataSource.transaction(async (manager) => {
      const [team] = await manager.query('SELECT id FROM teams WHERE id = $1 FOR SHARE', [input.teamId]);
      if (!team) throw new MeetingsException(MeetingsErrorCode.TEAM_NOT_FOUND, 'input.teamId');
      const current = await manager.getRepository(TeamQuorumRulesEntity).createQueryBuilder('q').where('q.team_id = :teamId', { teamId: input.teamId }).setLock('pessimistic_write').getOne();
      const currentVersion = current?.version ?? 0;
      if (currentVersion !== input.expectedVersion) {
        throw new MeetingsException(MeetingsErrorCode.STALE_VERSION, 'input.expectedVersion', `The rules changed since you read them (now version ${currentVersion}); reload them and try again.`);
      }
      let version: number;
      if (current) {
        await manager.update(TeamQuorumRulesEntity, { teamId: input.teamId }, { minimums, updatedBy: actor.userId, version: currentVersion + 1 });
        version = currentVersion + 1;
      } else {
        // Two first settings at once: the second insert meets the primary key and fails as a conflict.
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(TeamQuorumRulesEntity)
          .values({ teamId: input.teamId, minimums, updatedBy: actor.userId, version: 1 })
          .orIgnore()
          .returning(['team_id'])
          .execute();
        if ((inserted.raw as unknown[]).length === 0) throw new MeetingsException(MeetingsErrorCode.STALE_VERSION, 'input.expectedVersion');
        version = 1;
      }
      await this.audit.record(manager, { actorId: actor.userId, action: 'team.quorum-rules-set', entityType: 'Team', entityId: input.teamId, teamId: input.teamId, data: { minimums, version } });
      return { teamId: input.teamId, rules: toRules(minimums), version, isDefault: false };
    });
  }
}

function toRules(minimums: Record<string, number>): QuorumRules {
  const rules: QuorumRules = {};
  for (const role of ALL_ROLES) if (typeof minimums[role] === 'number') rules[role as Role] = minimums[role];
  return rules;
}
