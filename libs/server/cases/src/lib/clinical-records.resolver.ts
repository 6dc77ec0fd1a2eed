import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';
import { CaseModel } from './case.model';
import { toCaseModel } from './case.mapper';
import { ClinicalRecordsService } from './clinical-records.service';
import {
  MedicationInput,
  RecordAllergyInput,
  RecordMeasureInput,
  RequestImagingInput,
  SetRenalStatusInput,
  StopMedicationInput,
} from './dto/clinical-data.inputs';

const CLINICIANS = { roles: [Role.PHYSICIAN, Role.PHARMACIST, Role.COORDINATOR] };
const REQUESTERS = { roles: [Role.PHYSICIAN, Role.RADIOLOGIST, Role.COORDINATOR] };

/** Clinical data is the patient's, written through one of their cases (whose team you must be in). */
@Resolver(() => CaseModel)
export class ClinicalRecordsResolver {
  constructor(private readonly records: ClinicalRecordsService) {}

  @Authorize(CLINICIANS)
  @Mutation(() => CaseModel, { description: 'Height (cm), weight (kg) or serum creatinine (mg/dL or µmol/L), with its date.' })
  async recordClinicalMeasure(@Args('input') input: RecordMeasureInput, @CurrentPrincipal() actor: Principal) {
    return toCaseModel(await this.records.recordMeasure(input, actor));
  }

  @Authorize(CLINICIANS)
  @Mutation(() => CaseModel)
  async setRenalStatus(@Args('input') input: SetRenalStatusInput, @CurrentPrincipal() actor: Principal) {
    return toCaseModel(await this.records.setRenalStatus(input, actor));
  }

  @Authorize(CLINICIANS)
  @Mutation(() => CaseModel)
  async recordAllergy(@Args('input') input: RecordAllergyInput, @CurrentPrincipal() actor: Principal) {
    return toCaseModel(await this.records.recordAllergy(input, actor));
  }

  @Authorize(CLINICIANS)
  @Mutation(() => CaseModel)
  async addMedication(@Args('input') input: MedicationInput, @CurrentPrincipal() actor: Principal) {
    return toCaseModel(await this.records.addMedication(input, actor));
  }

  @Authorize(CLINICIANS)
  @Mutation(() => CaseModel)
  async stopMedication(@Args('input') input: StopMedicationInput, @CurrentPrincipal() actor: Principal) {
    return toCaseModel(await this.records.stopMedication(input, actor));
  }

  @Authorize(REQUESTERS)
  @Mutation(() => CaseModel, { description: 'Plan a study for the case; contrast studies go to the pharmacist for clearance.' })
  async requestImaging(@Args('input') input: RequestImagingInput, @CurrentPrincipal() actor: Principal) {
    return toCaseModel(await this.records.requestImaging(input, actor));
  }
}
