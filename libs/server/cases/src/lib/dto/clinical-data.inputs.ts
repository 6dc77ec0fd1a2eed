import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { ContrastAgent, ContrastRoute, ImagingModality } from '../imaging-request.entity';
import { MeasureKind, ReactionSeverity } from '../clinical-data.entities';
import { IsCalendarDate, Trim } from './validators';

const CaseRef = () => (target: object, key: string) => {
  Field(() => ID)(target, key);
  IsUUID('all', { message: 'caseId must be a case id' })(target, key);
};

@InputType()
export class RecordMeasureInput {
  @CaseRef() caseId!: string;

  @Field(() => MeasureKind)
  @IsEnum(MeasureKind, { message: 'kind must be HEIGHT, WEIGHT or SERUM_CREATININE' })
  kind!: MeasureKind;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  value!: number;

  @Field({ description: 'cm (HEIGHT), kg (WEIGHT), mg/dL or µmol/L (SERUM_CREATININE)' })
  @IsIn(['cm', 'kg', 'mg/dL', 'µmol/L', 'umol/L'], { message: 'unit must be cm, kg, mg/dL or µmol/L' })
  unit!: string;

  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @IsCalendarDate('measuredOn')
  measuredOn!: string;
}

@InputType()
export class SetRenalStatusInput {
  @CaseRef() caseId!: string;

  @Field() @IsBoolean({ message: 'aki must be true or false' }) aki!: boolean;

  @Field() @IsBoolean({ message: 'onDialysis must be true or false' }) onDialysis!: boolean;
}

@InputType()
export class RecordAllergyInput {
  @CaseRef() caseId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'substance must be 1 to 200 characters' })
  substance!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'reaction must be at most 300 characters' })
  reaction?: string | null;

  @Field(() => ReactionSeverity)
  @IsEnum(ReactionSeverity, { message: 'severity must be MILD, MODERATE or SEVERE' })
  severity!: ReactionSeverity;

  @Field(() => Boolean, { defaultValue: false, description: 'A prior allergic-like reaction to contrast media.' })
  @IsBoolean({ message: 'contrastReaction must be true or false' })
  contrastReaction: boolean = false;
}

@InputType()
export class MedicationInput {
  @CaseRef() caseId!: string;

  @Field({ description: 'Generic name, e.g. capecitabine' })
  @Trim()
  @IsString()
  @Length(1, 120, { message: 'drug must be 1 to 120 characters' })
  drug!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(80, { message: 'dose must be at most 80 characters' })
  dose?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40, { message: 'route must be at most 40 characters' })
  route?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(80, { message: 'frequency must be at most 80 characters' })
  frequency?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('startDate')
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('stopDate')
  stopDate?: string | null;
}

@InputType()
export class StopMedicationInput {
  @CaseRef() caseId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'medicationId must be a medication id' })
  medicationId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('stopDate')
  stopDate!: string;
}

@InputType()
export class RequestImagingInput {
  @CaseRef() caseId!: string;

  @Field(() => ImagingModality)
  @IsEnum(ImagingModality, { message: 'modality must be CT, MRI, PET_CT, US or XRAY' })
  modality!: ImagingModality;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'bodyRegion must be 1 to 100 characters' })
  bodyRegion!: string;

  @Field(() => ContrastAgent, { defaultValue: ContrastAgent.NONE })
  @IsEnum(ContrastAgent, { message: 'contrastAgent must be NONE, IODINATED or a GBCA group' })
  contrastAgent: ContrastAgent = ContrastAgent.NONE;

  @Field(() => ContrastRoute, { nullable: true })
  @IsOptional()
  @IsEnum(ContrastRoute, { message: 'contrastRoute must be IV, INTRA_ARTERIAL_RENAL_FIRST_PASS or INTRA_ARTERIAL_OTHER' })
  contrastRoute?: ContrastRoute | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('plannedDate')
  plannedDate!: string;
}
