import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '@consilium/server-audit';
import { CaseAccessService } from '@consilium/server-cases';
import { Clock, InputError, isUniqueViolation, Principal, updateWithVersion } from '@consilium/server-core';
import {
  AmendImagingReportInput,
  CreateImagingReportInput,
  RadiologistWorklistFilter,
  ReportVersionInput,
  UpdateImagingReportInput,
} from './dto/imaging-report.inputs';
import { LesionMeasurementInput } from './dto/lesion-measurement.input';
import { ImagingReportEntity } from './imaging-report.entity';
import { ReportFinalisedHooks } from './report-finalised.hooks';
import { ImagingReportStatus, RadiologistWorklistOrder, ResponseCriteria } from './imaging-enums';
import { ImagingErrorCode, ImagingException } from './imaging.exception';
import { LesionMeasurementEntity } from './lesion-measurement.entity';
import { ReportResponseEntity } from './report-response.entity';
import { computeResponse, recistBaselineMessages, ReportForResponse, ResponseInputError } from './response.calculator';
import { TrackedLesionEntity } from './tracked-lesion.entity';

const DONE = [ImagingReportStatus.FINAL, ImagingReportStatus.AMENDED];
type Content = Omit<UpdateImagingReportInput, 'reportId' | 'expectedVersion' | 'lesions'>;

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** Imaging reports: drafts, lesion measurements, finalisation with the computed response, amendments. */
@Injectable()
export class ImagingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly finalisedHooks: ReportFinalisedHooks,
  ) {}

  // ───────────────────────────── mutations ─────────────────────────────

  async create(input: CreateImagingReportInput, actor: Principal): Promise<ImagingReportEntity> {
    this.checkStudyDate(input.studyDate, 'input.studyDate');
    this.checkLesions(input.lesions);
    return this.unique(() =>
      this.dataSource.transaction(async (manager) => {
        const found = await this.access.requireCase(actor, input.caseId, {
          manager,
          field: 'input.caseId',
        });
        const report = await manager.save(
          manager.create(ImagingReportEntity, {
            caseId: found.id,
            modality: input.modality,
            studyDate: input.studyDate,
            accessionNumber: input.accessionNumber ?? null,
            bodyRegion: input.bodyRegion,
            findings: input.findings ?? '',
            impression: input.impression ?? '',
            criteria: input.criteria,
            nonTargetResponse: input.nonTargetResponse ?? null,
            newLesion: input.newLesion,
            clearNonMeasurableProgression: input.clearNonMeasurableProgression,
            steroidsAbovePhysiologic: input.steroidsAbovePhysiologic,
            uptakeNormalized: input.uptakeNormalized,
            authorId: actor.userId,
          }),
        );
        if (input.lesions) await this.replaceLesions(manager, report, input.lesions, actor);
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'imaging-report.created',
          entityType: 'ImagingReport',
          entityId: report.id,
          teamId: found.teamId,
          data: {
            caseId: found.id,
            modality: input.modality,
            criteria: input.criteria,
            lesions: input.lesions?.length ?? 0,
          },
        });
        return manager.findOneByOrFail(ImagingReportEntity, { id: report.id });
      }),
    );
  }

  async update(input: UpdateImagingReportInput, actor: Principal): Promise<ImagingReportEntity> {
    if (input.studyDate !== undefined) this.checkStudyDate(input.studyDate, 'input.studyDate');
    this.checkLesions(input.lesions);
    return this.unique(() =>
      this.dataSource.transaction(async (manager) => {
        const { report, teamId } = await this.lockReport(manager, actor, input.reportId);
        if (report.status !== ImagingReportStatus.DRAFT) throw new ImagingException(ImagingErrorCode.NOT_A_DRAFT, 'input.reportId');
        const patch = this.contentPatch(input);
        if (input.modality !== undefined) patch.modality = input.modality;
        if (input.studyDate !== undefined) patch.studyDate = input.studyDate;
        if (input.accessionNumber !== undefined) patch.accessionNumber = input.accessionNumber;
        if (input.bodyRegion !== undefined) patch.bodyRegion = input.bodyRegion;
        if (input.criteria !== undefined && input.criteria !== report.criteria) {
          patch.criteria = input.criteria;
          patch.isBaseline = false; // a baseline is designated per criteria
        }
        this.checkVersion(await updateWithVersion(manager, ImagingReportEntity, report.id, input.expectedVersion, patch));
        if (input.lesions) await this.replaceLesions(manager, report, input.lesions, actor);
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'imaging-report.updated',
          entityType: 'ImagingReport',
          entityId: report.id,
          teamId,
          data: { fields: Object.keys(patch), lesions: input.lesions?.length },
        });
        return manager.findOneByOrFail(ImagingReportEntity, { id: report.id });
      }),
    );
  }

  /** Makes the report the baseline of its case for its criteria; the previous baseline stops being one. */
  async designateBaseline(input: ReportVersionInput, actor: Principal): Promise<ImagingReportEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { report, teamId } = await this.lockReport(manager, actor, input.reportId);
      if (report.criteria === ResponseCriteria.NONE) throw new ImagingException(ImagingErrorCode.CRITERIA_NONE, 'input.reportId');
      await manager
        .createQueryBuilder()
        .update(ImagingReportEntity)
        .set({ isBaseline: false, version: () => 'version + 1' })
        .where('case_id = :caseId AND criteria = :criteria AND is_baseline AND superseded_by_id IS NULL AND id <> :id', {
          caseId: report.caseId,
          criteria: report.criteria,
          id: report.id,
        })
        .execute();
      const isDone = DONE.includes(report.status);
      const messages = isDone && report.criteria === ResponseCriteria.RECIST_1_1 ? recistBaselineMessages(await this.forResponse(manager, report)) : null;
      this.checkVersion(
        await updateWithVersion(manager, ImagingReportEntity, report.id, input.expectedVersion, { isBaseline: true, baselineMessages: messages }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'imaging-report.baseline-designated',
        entityType: 'ImagingReport',
        entityId: report.id,
        teamId,
        data: { caseId: report.caseId, criteria: report.criteria },
      });
      return manager.findOneByOrFail(ImagingReportEntity, { id: report.id });
    });
  }

  async finalise(input: ReportVersionInput, actor: Principal): Promise<{ report: ImagingReportEntity; baselineMessages: string[] }> {
    const { after, ...result } = await this.dataSource.transaction(async (manager) => {
      const { report, teamId } = await this.lockReport(manager, actor, input.reportId);
      if (report.status !== ImagingReportStatus.DRAFT) throw new ImagingException(ImagingErrorCode.NOT_A_DRAFT, 'input.reportId');
      this.checkVersion(
        await updateWithVersion(manager, ImagingReportEntity, report.id, input.expectedVersion, {
          status: ImagingReportStatus.FINAL,
          finalisedAt: this.clock.now(),
        }),
      );
      const outcome = await this.assess(manager, {
        ...report,
        status: ImagingReportStatus.FINAL,
      });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'imaging-report.finalised',
        entityType: 'ImagingReport',
        entityId: report.id,
        teamId,
        data: {
          caseId: report.caseId,
          criteria: report.criteria,
          category: outcome.category,
          baselineMessages: outcome.baselineMessages.length,
        },
      });
      const finalised = await manager.findOneByOrFail(ImagingReportEntity, { id: report.id });
      const after = await this.finalisedHooks.run(manager, { report: finalised, teamId, category: outcome.category, actorId: actor.userId });
      return { report: finalised, baselineMessages: outcome.baselineMessages, after };
    });
    for (const step of after) await step();
    return result;
  }

  /**
   * An amendment is a new row (status AMENDED) carrying the changes; the earlier version keeps
   * its content and response and points to its successor, so both stay readable.
   */
  async amend(input: AmendImagingReportInput, actor: Principal): Promise<ImagingReportEntity> {
    this.checkLesions(input.lesions);
    return this.unique(() => this.amendInTransaction(input, actor));
  }

  private amendInTransaction(input: AmendImagingReportInput, actor: Principal): Promise<ImagingReportEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { report: old, teamId } = await this.lockReport(manager, actor, input.reportId);
      if (!DONE.includes(old.status)) throw new ImagingException(ImagingErrorCode.NOT_FINAL, 'input.reportId');
      const { id: _oldId, createdAt: _c, updatedAt: _u, version: _v, ...copy } = old;
      const amended = await manager.save(
        manager.create(ImagingReportEntity, {
          ...copy,
          ...this.contentPatch(input),
          status: ImagingReportStatus.AMENDED,
          isBaseline: false,
          authorId: actor.userId,
          finalisedAt: this.clock.now(),
          amendsReportId: old.id,
          amendmentReason: input.reason,
          supersededById: null,
          baselineMessages: null,
        }),
      );
      this.checkVersion(await updateWithVersion(manager, ImagingReportEntity, old.id, input.expectedVersion, { supersededById: amended.id }));
      if (old.isBaseline) await manager.update(ImagingReportEntity, { id: amended.id }, { isBaseline: true });
      if (input.lesions) {
        await this.replaceLesions(manager, amended, input.lesions, actor);
      } else {
        await manager.query(
          `INSERT INTO lesion_measurements (report_id, lesion_id, role, position, long_axis_mm, short_axis_mm, viable_diameter_mm, perpendicular_mm, suv_peak, too_small_to_measure, not_measured)
           SELECT $1, lesion_id, role, position, long_axis_mm, short_axis_mm, viable_diameter_mm, perpendicular_mm, suv_peak, too_small_to_measure, not_measured
             FROM lesion_measurements WHERE report_id = $2`,
          [amended.id, old.id],
        );
      }
      const current = await manager.findOneByOrFail(ImagingReportEntity, {
        id: amended.id,
      });
      const outcome = await this.assess(manager, current);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'imaging-report.amended',
        entityType: 'ImagingReport',
        entityId: amended.id,
        teamId,
        data: {
          caseId: old.caseId,
          amends: old.id,
          category: outcome.category,
        },
      });
      return manager.findOneByOrFail(ImagingReportEntity, { id: amended.id });
    });
  }

  // ───────────────────────────── queries ─────────────────────────────

  async get(principal: Principal, id: string): Promise<ImagingReportEntity> {
    const report = /^[0-9a-f-]{36}$/i.test(id) ? await this.dataSource.manager.findOneBy(ImagingReportEntity, { id }) : null;
    if (!report) throw new ImagingException(ImagingErrorCode.REPORT_NOT_FOUND, 'id');
    try {
      await this.access.requireCase(principal, report.caseId, { field: 'id' });
    } catch {
      throw new ImagingException(ImagingErrorCode.REPORT_NOT_FOUND, 'id');
    }
    return report;
  }

  /** Reports to write or finalise in the caller's teams, by keyset (cursor) pagination: one query per page. */
  async worklist(
    principal: Principal,
    page: {
      first: number;
      after?: string | null;
      filter?: RadiologistWorklistFilter;
      orderBy: RadiologistWorklistOrder;
    },
  ): Promise<{
    rows: { report: ImagingReportEntity; key: string }[];
    hasNextPage: boolean;
  }> {
    const teams = page.filter?.teamId ? principal.teamIds.filter((t) => t === page.filter?.teamId) : principal.teamIds;
    if (teams.length === 0) return { rows: [], hasNextPage: false };
    const statuses = page.filter?.status?.length ? page.filter.status : [ImagingReportStatus.DRAFT];
    const desc = page.orderBy === RadiologistWorklistOrder.STUDY_DATE_DESC;
    const keyExpr = page.orderBy === RadiologistWorklistOrder.CREATED_AT_ASC ? 'r.created_at' : 'r.study_date';
    const keyText =
      page.orderBy === RadiologistWorklistOrder.CREATED_AT_ASC
        ? `to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
        : `r.study_date::text`;
    const query = this.dataSource
      .getRepository(ImagingReportEntity)
      .createQueryBuilder('r')
      .innerJoin('cases', 'c', 'c.id = r.case_id')
      .addSelect(keyText, 'sort_key')
      .where('c.team_id IN (:...teams)', { teams })
      .andWhere('r.status IN (:...statuses)', { statuses })
      .andWhere('r.superseded_by_id IS NULL');
    if (page.filter?.mine) query.andWhere('r.author_id = :me', { me: principal.userId });
    if (page.after) {
      const [key, id] = decodeCursor(page.after);
      const cast = page.orderBy === RadiologistWorklistOrder.CREATED_AT_ASC ? 'timestamptz' : 'date';
      query.andWhere(`(${keyExpr}, r.id) ${desc ? '<' : '>'} (CAST(:key AS ${cast}), CAST(:id AS uuid))`, { key, id });
    }
    query
      .orderBy(keyExpr, desc ? 'DESC' : 'ASC')
      .addOrderBy('r.id', desc ? 'DESC' : 'ASC')
      .limit(page.first + 1);
    const { entities, raw } = await query.getRawAndEntities<{
      sort_key: string;
    }>();
    const rows = entities.map((report, i) => ({
      report,
      key: encodeCursor(raw[i].sort_key, report.id),
    }));
    return {
      rows: rows.slice(0, page.first),
      hasNextPage: rows.length > page.first,
    };
  }

  // ───────────────────────────── loaders ─────────────────────────────

  /** Current versions (not superseded) of each case's reports, newest study first. */
  createReportsByCaseLoader(): DataLoader<string, ImagingReportEntity[]> {
    return new DataLoader(async (caseIds: readonly string[]) => {
      const rows = await this.dataSource.getRepository(ImagingReportEntity).find({
        where: { caseId: In([...caseIds]), supersededById: IsNull() },
        order: { studyDate: 'DESC', createdAt: 'DESC' },
      });
      return caseIds.map((id) => rows.filter((r) => r.caseId === id));
    });
  }

  /** The lesion identities of each case, by label. */
  createLesionsByCaseLoader(): DataLoader<string, TrackedLesionEntity[]> {
    return new DataLoader(async (caseIds: readonly string[]) => {
      const rows = await this.dataSource.getRepository(TrackedLesionEntity).find({ where: { caseId: In([...caseIds]) }, order: { label: 'ASC' } });
      return caseIds.map((id) => rows.filter((r) => r.caseId === id));
    });
  }

  createMeasurementsByReportLoader(): DataLoader<string, LesionMeasurementEntity[]> {
    return new DataLoader(async (reportIds: readonly string[]) => {
      const rows = await this.dataSource.getRepository(LesionMeasurementEntity).find({
        where: { reportId: In([...reportIds]) },
        order: { position: 'ASC' },
      });
      const byReport = new Map<string, LesionMeasurementEntity[]>();
      for (const row of rows) byReport.set(row.reportId, [...(byReport.get(row.reportId) ?? []), row]);
      return reportIds.map((id) => byReport.get(id) ?? []);
    });
  }

  createLesionLoader(): DataLoader<string, TrackedLesionEntity | null> {
    return new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(TrackedLesionEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  createResponseLoader(): DataLoader<string, ReportResponseEntity | null> {
    return new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(ReportResponseEntity).findBy({ reportId: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.reportId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  // ───────────────────────────── internals ─────────────────────────────

  /**
   * After a report becomes FINAL or AMENDED: a RECIST 1.1 baseline gets validateRecistBaseline's
   * messages; a follow-up gets its response computed against the baseline and stored with its inputs.
   */
  private async assess(manager: EntityManager, report: ImagingReportEntity): Promise<{ baselineMessages: string[]; category?: string }> {
    if (report.criteria === ResponseCriteria.NONE) return { baselineMessages: [] };
    if (report.isBaseline) {
      const messages = report.criteria === ResponseCriteria.RECIST_1_1 ? recistBaselineMessages(await this.forResponse(manager, report)) : [];
      await manager.update(ImagingReportEntity, { id: report.id }, { baselineMessages: messages });
      return { baselineMessages: messages };
    }
    const baseline = await manager
      .getRepository(ImagingReportEntity)
      .createQueryBuilder('r')
      .where('r.case_id = :caseId AND r.criteria = :criteria AND r.is_baseline AND r.superseded_by_id IS NULL', {
        caseId: report.caseId,
        criteria: report.criteria,
      })
      .andWhere('r.status IN (:...done) AND r.study_date < :date', {
        done: DONE,
        date: report.studyDate,
      })
      .getOne();
    if (!baseline) throw new ImagingException(ImagingErrorCode.NO_BASELINE, 'input.reportId');
    const followUps = await manager
      .getRepository(ImagingReportEntity)
      .createQueryBuilder('r')
      .where('r.case_id = :caseId AND r.criteria = :criteria AND NOT r.is_baseline AND r.superseded_by_id IS NULL', {
        caseId: report.caseId,
        criteria: report.criteria,
      })
      .andWhere('r.status IN (:...done) AND r.study_date > :from AND r.study_date <= :to', { done: DONE, from: baseline.studyDate, to: report.studyDate })
      .orderBy('r.study_date', 'ASC')
      .addOrderBy('r.created_at', 'ASC')
      .getMany();
    const loaded = await this.forResponses(manager, [baseline, ...followUps]);
    let computed;
    try {
      computed = computeResponse(report.criteria, loaded[0], loaded.slice(1));
    } catch (error) {
      if (error instanceof ResponseInputError) throw new ImagingException(ImagingErrorCode.RESPONSE_INPUT_INVALID, 'input.reportId', error.message);
      throw error;
    }
    await manager.save(
      manager.create(ReportResponseEntity, {
        reportId: report.id,
        criteria: report.criteria,
        rule: computed.rule,
        inputs: computed.inputs as Record<string, unknown>,
        result: computed.result as Record<string, unknown>,
        source: computed.source,
        baselineReportId: baseline.id,
        computedAt: this.clock.now(),
      }),
    );
    return {
      baselineMessages: [],
      category: categoryOf(computed.result, report.studyDate),
    };
  }

  private async forResponse(manager: EntityManager, report: ImagingReportEntity): Promise<ReportForResponse> {
    return (await this.forResponses(manager, [report]))[0];
  }

  private async forResponses(manager: EntityManager, reports: ImagingReportEntity[]): Promise<ReportForResponse[]> {
    const rows = await manager
      .getRepository(LesionMeasurementEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.lesion', 'l')
      .where('m.report_id IN (:...ids)', { ids: reports.map((r) => r.id) })
      .orderBy('m.position', 'ASC')
      .getMany();
    return reports.map((r) => ({
      id: r.id,
      studyDate: r.studyDate,
      nonTargetResponse: r.nonTargetResponse,
      newLesion: r.newLesion,
      clearNonMeasurableProgression: r.clearNonMeasurableProgression,
      steroidsAbovePhysiologic: r.steroidsAbovePhysiologic,
      uptakeNormalized: r.uptakeNormalized,
      measurements: rows
        .filter((m) => m.reportId === r.id)
        .map((m) => ({
          lesionId: m.lesionId,
          label: m.lesion?.label ?? '',
          organ: m.lesion?.organ ?? '',
          nodal: m.lesion?.nodal ?? false,
          role: m.role,
          longAxisMm: m.longAxisMm,
          shortAxisMm: m.shortAxisMm,
          viableDiameterMm: m.viableDiameterMm,
          perpendicularMm: m.perpendicularMm,
          suvPeak: m.suvPeak,
          tooSmallToMeasure: m.tooSmallToMeasure,
          notMeasured: m.notMeasured,
        })),
    }));
  }

  /** Replaces the report's measurements; labels resolve to the case's tracked lesions, new labels create one. */
  private async replaceLesions(manager: EntityManager, report: ImagingReportEntity, lesions: LesionMeasurementInput[], actor: Principal): Promise<void> {
    await manager.delete(LesionMeasurementEntity, { reportId: report.id });
    const ids = lesions.map((l) => l.lesionId).filter((id): id is string => id !== undefined);
    const labels = lesions.filter((l) => l.lesionId === undefined).map((l) => l.label as string);
    const known = await manager
      .getRepository(TrackedLesionEntity)
      .createQueryBuilder('l')
      .where('l.case_id = :caseId', { caseId: report.caseId })
      .andWhere('(l.id IN (:...ids) OR l.label IN (:...labels))', {
        ids: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'],
        labels: labels.length ? labels : [''],
      })
      .getMany();
    const byId = new Map(known.map((l) => [l.id, l]));
    const byLabel = new Map(known.map((l) => [l.label, l]));
    const resolved: TrackedLesionEntity[] = [];
    for (const [i, input] of lesions.entries()) {
      let lesion = input.lesionId !== undefined ? byId.get(input.lesionId) : byLabel.get(input.label as string);
      if (!lesion && input.lesionId !== undefined) throw new ImagingException(ImagingErrorCode.LESION_NOT_FOUND, `input.lesions.${i}.lesionId`);
      if (!lesion) {
        if (!input.organ) throw new InputError(`input.lesions.${i}.organ`, `organ is required for the new lesion "${input.label}"`);
        lesion = await manager.save(
          manager.create(TrackedLesionEntity, {
            caseId: report.caseId,
            label: input.label as string,
            organ: input.organ,
            nodal: input.nodal ?? false,
            createdBy: actor.userId,
          }),
        );
        byLabel.set(lesion.label, lesion);
      }
      if (resolved.some((l) => l.id === lesion.id)) throw new InputError(`input.lesions.${i}`, `lesion "${lesion.label}" is listed twice`);
      if (lesion.nodal && input.role === 'TARGET' && input.shortAxisMm === undefined && !input.notMeasured && !input.tooSmallToMeasure) {
        throw new InputError(`input.lesions.${i}.shortAxisMm`, `shortAxisMm is required for the nodal target "${lesion.label}"`);
      }
      resolved.push(lesion);
    }
    if (lesions.length === 0) return;
    await manager.insert(
      LesionMeasurementEntity,
      lesions.map((l, i) => ({
        reportId: report.id,
        lesionId: resolved[i].id,
        role: l.role,
        position: i,
        longAxisMm: l.longAxisMm ?? null,
        shortAxisMm: l.shortAxisMm ?? null,
        viableDiameterMm: l.viableDiameterMm ?? null,
        perpendicularMm: l.perpendicularMm ?? null,
        suvPeak: l.suvPeak ?? null,
        tooSmallToMeasure: l.tooSmallToMeasure ?? false,
        notMeasured: l.notMeasured ?? false,
      })),
    );
  }

  private async lockReport(manager: EntityManager, actor: Principal, reportId: string): Promise<{ report: ImagingReportEntity; teamId: string }> {
    const report = await manager
      .getRepository(ImagingReportEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :reportId', { reportId })
      .getOne();
    if (!report) throw new ImagingException(ImagingErrorCode.REPORT_NOT_FOUND, 'input.reportId');
    let teamId: string;
    try {
      teamId = (
        await this.access.requireCase(actor, report.caseId, {
          manager,
          field: 'input.reportId',
        })
      ).teamId;
    } catch {
      throw new ImagingException(ImagingErrorCode.REPORT_NOT_FOUND, 'input.reportId');
    }
    if (report.supersededById) throw new ImagingException(ImagingErrorCode.ALREADY_SUPERSEDED, 'input.reportId');
    return { report, teamId };
  }

  private contentPatch(input: Content): Partial<ImagingReportEntity> {
    const patch: Partial<ImagingReportEntity> = {};
    if (input.findings !== undefined) patch.findings = input.findings;
    if (input.impression !== undefined) patch.impression = input.impression;
    if (input.nonTargetResponse !== undefined) patch.nonTargetResponse = input.nonTargetResponse;
    if (input.newLesion !== undefined) patch.newLesion = input.newLesion;
    if (input.clearNonMeasurableProgression !== undefined) patch.clearNonMeasurableProgression = input.clearNonMeasurableProgression;
    if (input.steroidsAbovePhysiologic !== undefined) patch.steroidsAbovePhysiologic = input.steroidsAbovePhysiologic;
    if (input.uptakeNormalized !== undefined) patch.uptakeNormalized = input.uptakeNormalized;
    return patch;
  }

  private checkStudyDate(date: string, field: string): void {
    if (!isRealDate(date)) throw new InputError(field, 'studyDate must be a real date (YYYY-MM-DD)');
    const today = this.clock.now().toISOString().slice(0, 10);
    if (date > today) throw new InputError(field, 'studyDate must not be in the future');
  }

  /** Checks that need the whole list: a node's short axis cannot exceed its long axis; no lesion twice. */
  private checkLesions(lesions: LesionMeasurementInput[] | undefined): void {
    const seen = new Set<string>();
    for (const [i, l] of (lesions ?? []).entries()) {
      if (l.shortAxisMm !== undefined && l.longAxisMm !== undefined && l.shortAxisMm > l.longAxisMm) {
        throw new InputError(`input.lesions.${i}.shortAxisMm`, 'shortAxisMm must not exceed longAxisMm');
      }
      const key = l.lesionId ?? `label:${l.label}`;
      if (seen.has(key)) throw new InputError(`input.lesions.${i}`, 'a lesion is listed twice');
      seen.add(key);
    }
  }

  private checkVersion(result: 'updated' | 'missing' | 'stale'): void {
    if (result === 'stale') throw new ImagingException(ImagingErrorCode.STALE_VERSION, 'input.expectedVersion');
    if (result === 'missing') throw new ImagingException(ImagingErrorCode.REPORT_NOT_FOUND, 'input.reportId');
  }

  private async unique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'imaging_reports_accession_key')) throw new ImagingException(ImagingErrorCode.ACCESSION_TAKEN, 'input.accessionNumber');
      // Two radiologists naming the same new lesion at the same instant: the second retries and finds it.
      if (isUniqueViolation(error, 'tracked_lesions_case_label_key')) throw new ImagingException(ImagingErrorCode.STALE_VERSION, 'input.lesions');
      throw error;
    }
  }
}

function categoryOf(result: object, date: string): string | undefined {
  const r = result as {
    timepoints?: { date: string; overall?: string; response?: string }[];
    category?: string;
  };
  if (r.category) return r.category;
  const t = r.timepoints?.find((x) => x.date === date);
  return t?.overall ?? t?.response;
}

/** An opaque keyset cursor: the sort value and the id of the last row of a page. */
export function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}/.test(value[0]) &&
      /^[0-9a-f-]{36}$/i.test(String(value[1]))
    ) {
      return value as [string, string];
    }
  } catch {
    // fall through
  }
  throw new InputError('after', 'after is not a cursor from a previous page');
}
