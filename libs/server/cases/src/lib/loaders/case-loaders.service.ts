import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, ObjectLiteral, EntityTarget } from 'typeorm';
import { GqlContext } from '@consilium/server-core';
import { CaseEventEntity } from '../case-event.entity';
import { CaseEntity } from '../case.entity';
import { AllergyEntity, ClinicalMeasureEntity, MedicationStatementEntity, PatientRenalStatusEntity } from '../clinical-data.entities';
import { ImagingRequestEntity } from '../imaging-request.entity';
import { PatientEntity } from '../patient.entity';
import { ReadinessResult, ReadinessService } from '../readiness.service';

/** One DataLoader per relation, per request: a list of N cases costs one query per relation. */
@Injectable()
export class CaseLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readiness: ReadinessService,
  ) {}

  private groupedBy<T extends ObjectLiteral>(entity: EntityTarget<T>, column: keyof T & string, order: Record<string, 'ASC' | 'DESC'>) {
    return new DataLoader<string, T[]>(async (keys) => {
      const rows = await this.dataSource.getRepository(entity).find({ where: { [column]: In([...keys]) } as never, order: order as never });
      const groups = new Map<string, T[]>();
      for (const row of rows) groups.set(row[column] as string, [...(groups.get(row[column] as string) ?? []), row]);
      return keys.map((key) => groups.get(key) ?? []);
    });
  }

  patient(ctx: GqlContext) {
    return ctx.loaders.get('cases.patient', () =>
      new DataLoader<string, PatientEntity | undefined>(async (ids) => {
        const rows = await this.dataSource.getRepository(PatientEntity).findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id));
      }),
    );
  }

  events(ctx: GqlContext) {
    return ctx.loaders.get('cases.events', () => this.groupedBy(CaseEventEntity, 'caseId', { occurredAt: 'ASC', id: 'ASC' }));
  }

  measures(ctx: GqlContext) {
    return ctx.loaders.get('cases.measures', () => this.groupedBy(ClinicalMeasureEntity, 'patientId', { measuredOn: 'DESC', createdAt: 'DESC' }));
  }

  allergies(ctx: GqlContext) {
    return ctx.loaders.get('cases.allergies', () => this.groupedBy(AllergyEntity, 'patientId', { createdAt: 'ASC' }));
  }

  medications(ctx: GqlContext) {
    return ctx.loaders.get('cases.medications', () => this.groupedBy(MedicationStatementEntity, 'patientId', { drug: 'ASC' }));
  }

  renal(ctx: GqlContext) {
    return ctx.loaders.get('cases.renal', () => this.groupedBy(PatientRenalStatusEntity, 'patientId', {}));
  }

  imagingRequests(ctx: GqlContext) {
    return ctx.loaders.get('cases.imagingRequests', () => this.groupedBy(ImagingRequestEntity, 'caseId', { plannedDate: 'ASC' }));
  }

  /** Readiness for a whole page of cases at once (each contributor runs one query for all). */
  readinessOf(ctx: GqlContext) {
    return ctx.loaders.get('cases.readiness', () =>
      new DataLoader<CaseEntity, ReadinessResult, string>(
        async (cases) => {
          const results = await this.readiness.evaluate([...cases]);
          return cases.map((c) => results.get(c.id)!);
        },
        { cacheKeyFn: (c) => c.id },
      ),
    );
  }
}
