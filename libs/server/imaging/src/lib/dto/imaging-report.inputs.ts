import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { ImagingModality } from '@consilium/server-cases';
import { ImagingReportStatus, NewLesionFinding, NonTargetResponse, ResponseCriteria } from '../imaging-enums';
import { LesionMeasurementInput, trim } from './lesion-measurement.input';

export const MAX_TEXT = 20_000;
export const MAX_LESIONS = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fields a draft (or an amendment) may set; all optional so one class serves create, update and amend. */
@InputType({ isAbstract: true })
abstract class ReportContentInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_TEXT, {
    message: `findings must be at most ${MAX_TEXT} characters`,
  })
  findings?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_TEXT, {
    message: `impression must be at most ${MAX_TEXT} characters`,
  })
  impression?: string;

  @Field(() => NonTargetResponse, {
    nullable: true,
    description: 'Follow-ups read against RECIST 1.1 / mRECIST.',
  })
  @IsOptional()
  @IsEnum(NonTargetResponse, {
    message: 'nonTargetResponse must be a known response',
  })
  nonTargetResponse?: NonTargetResponse;

  @Field(() => NewLesionFinding, { nullable: true })
  @IsOptional()
  @IsEnum(NewLesionFinding, {
    message: 'newLesion must be NO, YES or EQUIVOCAL',
  })
  newLesion?: NewLesionFinding;

  @Field({
    nullable: true,
    description: 'RANO: clear progression of non-measurable disease.',
  })
  @IsOptional()
  @IsBoolean()
  clearNonMeasurableProgression?: boolean;

  @Field({
    nullable: true,
    description: 'RANO: corticosteroids above physiological replacement.',
  })
  @IsOptional()
  @IsBoolean()
  steroidsAbovePhysiologic?: boolean;

  @Field({
    nullable: true,
    description: 'PERCIST: all uptake ≤ mean liver and at background.',
  })
  @IsOptional()
  @IsBoolean()
  uptakeNormalized?: boolean;

  @Field(() => [LesionMeasurementInput], {
    nullable: true,
    description: 'When given, replaces every lesion measurement of the report.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LESIONS, {
    message: `lesions must list at most ${MAX_LESIONS} lesions`,
  })
  @ValidateNested({ each: true })
  @Type(() => LesionMeasurementInput)
  lesions?: LesionMeasurementInput[];
}

@InputType()
export class CreateImagingReportInput extends ReportContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field(() => ImagingModality)
  @IsEnum(ImagingModality, {
    message: 'modality must be CT, MRI, PET_CT, US or XRAY',
  })
  modality!: ImagingModality;

  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @Matches(ISO_DATE, { message: 'studyDate must be a date (YYYY-MM-DD)' })
  studyDate!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 64, { message: 'accessionNumber must be 1 to 64 characters' })
  accessionNumber?: string;

  @Field()
  @Transform(trim)
  @IsString({ message: 'bodyRegion is required' })
  @Length(1, 100, { message: 'bodyRegion must be 1 to 100 characters' })
  bodyRegion!: string;

  @Field(() => ResponseCriteria, { defaultValue: ResponseCriteria.NONE })
  @IsEnum(ResponseCriteria, {
    message: 'criteria must be a known response criteria',
  })
  criteria: ResponseCriteria = ResponseCriteria.NONE;
}

@InputType()
export class UpdateImagingReportInput extends ReportContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'reportId must be a report id' })
  reportId!: string;

  @Field(() => Int)
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field(() => ImagingModality, { nullable: true })
  @IsOptional()
  @IsEnum(ImagingModality, {
    message: 'modality must be CT, MRI, PET_CT, US or XRAY',
  })
  modality?: ImagingModality;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'studyDate must be a date (YYYY-MM-DD)' })
  studyDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 64, { message: 'accessionNumber must be 1 to 64 characters' })
  accessionNumber?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'bodyRegion must be 1 to 100 characters' })
  bodyRegion?: string;

  @Field(() => ResponseCriteria, { nullable: true })
  @IsOptional()
  @IsEnum(ResponseCriteria, {
    message: 'criteria must be a known response criteria',
  })
  criteria?: ResponseCriteria;
}

@InputType()
export class AmendImagingReportInput extends ReportContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'reportId must be a report id' })
  reportId!: string;

  @Field(() => Int)
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field({
    description: 'Why the final report is amended (kept with the new version).',
  })
  @Transform(trim)
  @IsString({ message: 'reason is required' })
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason!: string;
}

@InputType()
export class ReportVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'reportId must be a report id' })
  reportId!: string;

  @Field(() => Int)
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;
}

@InputType()
export class RadiologistWorklistFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId?: string;

  @Field(() => [ImagingReportStatus], {
    nullable: true,
    description: 'Statuses to list; DRAFT (reports to write or finalise) by default.',
  })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(ImagingReportStatus, {
    each: true,
    message: 'status must contain DRAFT, FINAL or AMENDED',
  })
  status?: ImagingReportStatus[];

  @Field({ nullable: true, description: 'Only reports you author.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}
