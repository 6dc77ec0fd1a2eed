import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext } from '@consilium/server-core';
import {
  AllergyModel,
  CaseEventModel,
  ClinicalMeasureModel,
  ImagingRequestModel,
  MedicationModel,
  ReadinessModel,
  RenalStatusModel,
} from './case-details.model';
import { CaseEntity } from './case.entity';
import { CaseModel, PatientModel } from './case.model';
import { toPatientModel } from './case.mapper';
import { CaseLoaders } from './loaders/case-loaders.service';

/** The relations of a Case. Parents were authorised when loaded; every field batches. */
@Resolver(() => CaseModel)
export class CaseFieldsResolver {
  constructor(private readonly loaders: CaseLoaders) {}

  @ResolveField(() => PatientModel)
  async patient(@Parent() kase: CaseModel, @Context() ctx: GqlContext): Promise<PatientModel> {
    return toPatientModel((await this.loaders.patient(ctx).load(kase.patientId))!);
  }

  @ResolveField(() => [CaseEventModel], { description: 'Every status step, oldest first.' })
  events(@Parent() kase: CaseModel, @Context() ctx: GqlContext) {
    return this.loaders.events(ctx).load(kase.id);
  }

  @ResolveField(() => ReadinessModel)
  async readiness(@Parent() kase: CaseModel, @Context() ctx: GqlContext): Promise<ReadinessModel> {
    const result = await this.loaders.readinessOf(ctx).load(kase as unknown as CaseEntity);
    return { ...result, missing: result.items.filter((i) => !i.satisfied).map((i) => i.label) };
  }

  @ResolveField(() => [ClinicalMeasureModel], { description: "The patient's measurements, newest first." })
  measures(@Parent() kase: CaseModel, @Context() ctx: GqlContext) {
    return this.loaders.measures(ctx).load(kase.patientId);
  }

  @ResolveField(() => [AllergyModel])
  allergies(@Parent() kase: CaseModel, @Context() ctx: GqlContext) {
    return this.loaders.allergies(ctx).load(kase.patientId);
  }

  @ResolveField(() => [MedicationModel])
  medications(@Parent() kase: CaseModel, @Context() ctx: GqlContext) {
    return this.loaders.medications(ctx).load(kase.patientId);
  }

  @ResolveField(() => RenalStatusModel)
  async renalStatus(@Parent() kase: CaseModel, @Context() ctx: GqlContext): Promise<RenalStatusModel> {
    const [row] = await this.loaders.renal(ctx).load(kase.patientId);
    return { aki: row?.aki ?? false, onDialysis: row?.onDialysis ?? false };
  }

  @ResolveField(() => [ImagingRequestModel])
  imagingRequests(@Parent() kase: CaseModel, @Context() ctx: GqlContext) {
    return this.loaders.imagingRequests(ctx).load(kase.id);
  }
}
