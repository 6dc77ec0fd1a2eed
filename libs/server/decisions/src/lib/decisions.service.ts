import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@consilium/server-audit';
import { CaseAccessService, CaseEntity, CaseStatus, isoDate } from '@consilium/server-cases';
import { Clock, decodeCursor, encodeCursor, InputError, PageArgs, Principal, updateWithVersion } from '@consilium/server-core';
import { checkUpdate, DecisionAccessService } from './decision-access.service';
import { draftContent } from './decision-content';
import { DecisionEntity } from './decision.entity';
import { DecisionStatus } from './decision.enums';
import { DecisionsErrorCode, DecisionsException } from './decisions.exception';
import { AmendDecisionInput, CreateDecisionDraftInput, DecisionStepInput, UpdateDecisionDraftInput } from './dto/decision.inputs';

const CLOSED: readonly CaseStatus[] = [CaseStatus.CLOSED, CaseStatus.WITHDRAWN];

/** Drafting, proposing and amending decisions; signing lives in DecisionSigningService. */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly caseAccess: CaseAccessService,
    private readonly access: DecisionAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(principal: Principal, id: string): Promise<DecisionEntity> {
    return (await this.access.requireDecision(principal, id)).row;
  }

  /**
   * The newest decision of each case (its latest revision), for the live meeting room, which
   * has already checked that the caller may see these cases. One query.
   */
  async latestForCases(caseIds: readonly string[]): Promise<Map<string, DecisionEntity>> {
    if (caseIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(DecisionEntity)
      .find({ where: { caseId: In([...new Set(caseIds)]) }, order: { revision: 'ASC', createdAt: 'ASC' } });
    return new Map(rows.map((row) => [row.caseId, row]));
  }

  async createDraft(input: CreateDecisionDraftInput, actor: Principal): Promise<DecisionEntity> {
    const content = draftContent(input, isoDate(this.clock.now()));
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.caseAccess.requireCase(actor, input.caseId, { manager, field: 'input.caseId' });
      if (CLOSED.includes(kase.status)) {
        throw new DecisionsException(DecisionsErrorCode.ILLEGAL_STATE, 'input.caseId', `A ${kase.status.toLowerCase()} case takes no new decision.`);
      }
      const draft = await manager.save(manager.create(DecisionEntity, { ...content, caseId: kase.id, status: DecisionStatus.DRAFT, createdBy: actor.userId }));
      await this.record(manager, actor, 'decision.drafted', draft, kase, { recommendation: draft.recommendation });
      return draft;
    });
  }

  async updateDraft(input: UpdateDecisionDraftInput, actor: Principal): Promise<DecisionEntity> {
    const content = draftContent(input, isoDate(this.clock.now()));
    return this.dataSource.transaction(async (manager) => {
      const { row, kase } = await this.access.requireDecision(actor, input.decisionId, { manager, field: 'input.decisionId' });
      requireStatus(row, DecisionStatus.DRAFT, 'Only a draft can be edited; this decision is');
      checkUpdate(await updateWithVersion(manager, DecisionEntity, row.id, input.expectedVersion, content), DecisionsErrorCode.DECISION_NOT_FOUND);
      await this.record(manager, actor, 'decision.updated', row, kase, { fields: Object.keys(content) });
      return manager.findOneByOrFail(DecisionEntity, { id: row.id });
    });
  }

  async propose(input: DecisionStepInput, actor: Principal): Promise<DecisionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { row, kase } = await this.access.requireDecision(actor, input.decisionId, { manager, field: 'input.decisionId' });
      requireStatus(row, DecisionStatus.DRAFT, 'Only a draft can be proposed; this decision is');
      const patch = { status: DecisionStatus.PROPOSED, proposedBy: actor.userId, proposedAt: this.clock.now() };
      checkUpdate(await updateWithVersion(manager, DecisionEntity, row.id, input.expectedVersion, patch), DecisionsErrorCode.DECISION_NOT_FOUND);
      await this.record(manager, actor, 'decision.proposed', row, kase, {});
      return manager.findOneByOrFail(DecisionEntity, { id: row.id });
    });
  }

  /** A new DRAFT version of a signed decision; the signed one stays as it is until the amendment is signed. */
  async amend(input: AmendDecisionInput, actor: Principal): Promise<DecisionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { row, kase } = await this.access.requireDecision(actor, input.decisionId, { manager, lock: true, field: 'input.decisionId' });
      if (row.status !== DecisionStatus.SIGNED) {
        throw new DecisionsException(DecisionsErrorCode.ILLEGAL_STATE, 'input.decisionId', `Only the signed decision can be amended; this one is ${row.status}.`);
      }
      if (row.version !== input.expectedVersion) throw new DecisionsException(DecisionsErrorCode.STALE_VERSION, 'input.expectedVersion');
      const pending = await manager.countBy(DecisionEntity, { amendsDecisionId: row.id, status: In([DecisionStatus.DRAFT, DecisionStatus.PROPOSED]) });
      if (pending > 0) throw new DecisionsException(DecisionsErrorCode.AMENDMENT_PENDING, 'input.decisionId');
      const amendment = await manager.save(
        manager.create(DecisionEntity, {
          caseId: row.caseId,
          revision: row.revision + 1,
          amendsDecisionId: row.id,
          status: DecisionStatus.DRAFT,
          recommendation: row.recommendation,
          interventionalProcedure: row.interventionalProcedure,
          recommendationText: row.recommendationText,
          intent: row.intent,
          rationale: row.rationale,
          dissentNotes: row.dissentNotes,
          followUpPlan: row.followUpPlan,
          amendmentReason: input.reason,
          createdBy: actor.userId,
        }),
      );
      await this.record(manager, actor, 'decision.amendment_drafted', amendment, kase, { amends: row.id, revision: amendment.revision });
      return amendment;
    });
  }

  /** PROPOSED decisions of the caller's teams, oldest proposal first (keyset cursor on proposed_at, id). */
  async awaitingSignature(args: PageArgs, principal: Principal): Promise<{ rows: { cursor: string; entity: DecisionEntity }[]; hasNextPage: boolean }> {
    if (principal.teamIds.length === 0) return { rows: [], hasNextPage: false };
    const query = this.dataSource
      .getRepository(DecisionEntity)
      .createQueryBuilder('d')
      .innerJoin(CaseEntity, 'c', 'c.id = d.case_id')
      .where('d.status = :status', { status: DecisionStatus.PROPOSED })
      .andWhere('c.team_id IN (:...teamIds)', { teamIds: principal.teamIds })
      .orderBy('d.proposed_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .take(args.first + 1);
    if (args.after) {
      const [at, id] = decodeCursor(args.after);
      if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/i.test(id)) throw new InputError('after', 'after is not a cursor from a previous page');
      query.andWhere('(d.proposed_at, d.id) > (:at::timestamptz, :id::uuid)', { at, id });
    }
    const found = await query.getMany();
    const rows = found.slice(0, args.first).map((entity) => ({ cursor: encodeCursor(entity.proposedAt!.toISOString(), entity.id), entity }));
    return { rows, hasNextPage: found.length > args.first };
  }

  private async record(manager: EntityManager, actor: Principal, action: string, decision: DecisionEntity, kase: CaseEntity, data: Record<string, unknown>) {
    await this.audit.record(manager, { actorId: actor.userId, action, entityType: 'Decision', entityId: decision.id, teamId: kase.teamId, data: { caseId: kase.id, ...data } });
  }
}

/** Signed and superseded decisions are immutable (CONFLICT); other wrong states are an illegal step. */
export function requireStatus(row: DecisionEntity, expected: DecisionStatus, what: string): void {
  if (row.status === expected) return;
  if (row.status === DecisionStatus.SIGNED || row.status === DecisionStatus.SUPERSEDED) {
    throw new DecisionsException(DecisionsErrorCode.SIGNED_IS_IMMUTABLE, 'input.decisionId');
  }
  throw new DecisionsException(DecisionsErrorCode.ILLEGAL_STATE, 'input.decisionId', `${what} ${row.status}.`);
}
