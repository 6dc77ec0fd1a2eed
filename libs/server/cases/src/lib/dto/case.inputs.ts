import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CasePriority, PatientSex } from '../case-status';
import { IsCalendarDate, Trim } from './validators';

@InputType()
export class PatientInput {
  @Field({ description: 'Medical record number, unique in the institution.' })
  @Trim()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, { message: 'mrn must be 1 to 40 letters, digits or hyphens' })
  mrn!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'givenName must be 1 to 100 characters' })
  givenName!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'familyName must be 1 to 100 characters' })
  familyName!: string;

  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @IsCalendarDate('birthDate')
  birthDate!: string;

  @Field(() => PatientSex)
  @IsEnum(PatientSex, { message: 'sex must be FEMALE, MALE, OTHER or UNKNOWN' })
  sex!: PatientSex;
}

/** TNM exactly as written in the notes; only the syntax of each part is checked. */
@InputType()
export class TnmInput {
  @Field(() => String, { nullable: true, description: 'c, p, yc, yp, r or a' })
  @IsOptional()
  @Matches(/^(c|p|yc|yp|r|rp|a)$/, { message: 'tnm.prefix must be one of c, p, yc, yp, r, rp, a' })
  prefix?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. T2a, Tis, TX' })
  @IsOptional()
  @Matches(/^T(X|0|is|[1-4][a-e]?(\d)?)(\(m\))?$/, { message: 'tnm.t must look like T0, Tis, T1–T4 with an optional letter, or TX' })
  t?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. N1, N2b, NX' })
  @IsOptional()
  @Matches(/^N(X|0|[1-3][a-c]?)(\((i|mol)[+-]\)|mi)?$/, { message: 'tnm.n must look like N0–N3 with an optional letter, or NX' })
  n?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. M0, M1c' })
  @IsOptional()
  @Matches(/^M(X|0|1[a-d]?)(\(i\+\))?$/, { message: 'tnm.m must look like M0 or M1 with an optional letter' })
  m?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. IIIA' })
  @IsOptional()
  @Matches(/^(0|I|II|III|IV)[A-D]?[0-9]?$/, { message: 'tnm.stageGroup must look like 0, I–IV with an optional letter' })
  stageGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'AJCC/UICC edition, e.g. 8' })
  @IsOptional()
  @Matches(/^[1-9][0-9]?$/, { message: 'tnm.edition must be an edition number such as 8' })
  edition?: string | null;
}

/** What a referral states and an update may change. */
@InputType({ isAbstract: true })
export abstract class CaseDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000, { message: 'question must be at most 2000 characters' })
  question?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'clinicalSummary must be at most 20000 characters' })
  clinicalSummary?: string | null;

  @Field(() => String, { nullable: true, description: 'ICD-10 or ICD-O code, e.g. C34.1' })
  @IsOptional()
  @Trim()
  @Matches(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/, { message: 'diagnosisCode must be an ICD-10 style code such as C34.1' })
  diagnosisCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'diagnosisText must be at most 300 characters' })
  diagnosisText?: string | null;

  @Field(() => TnmInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TnmInput)
  tnm?: TnmInput | null;

  @Field(() => Int, { nullable: true, description: 'ECOG performance status 0–5' })
  @IsOptional()
  @IsInt({ message: 'ecog must be a whole number from 0 to 5' })
  @Min(0, { message: 'ecog must be from 0 to 5' })
  @Max(5, { message: 'ecog must be from 0 to 5' })
  ecog?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not before the referral date.' })
  @IsOptional()
  @IsCalendarDate('targetDiscussionDate')
  targetDiscussionDate?: string | null;
}

@InputType()
export class ReferCaseInput extends CaseDetailsInput {
  @Field(() => ID, { description: 'The MDT team that will discuss the case; you must belong to it.' })
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId!: string;

  @Field(() => PatientInput, { description: 'An existing MRN is reused when the name and birth date match.' })
  @ValidateNested()
  @Type(() => PatientInput)
  patient!: PatientInput;

  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @IsCalendarDate('referralDate')
  referralDate!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'referralSource must be 1 to 200 characters' })
  referralSource!: string;

  @Field(() => CasePriority, { defaultValue: CasePriority.ROUTINE })
  @IsEnum(CasePriority, { message: 'priority must be ROUTINE or URGENT' })
  priority: CasePriority = CasePriority.ROUTINE;
}

@InputType()
export class UpdateCaseInput extends CaseDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field(() => CasePriority, { nullable: true })
  @IsOptional()
  @IsEnum(CasePriority, { message: 'priority must be ROUTINE or URGENT' })
  priority?: CasePriority;
}

@InputType()
export class CaseTransitionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Required to defer or withdraw, and to override readiness.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason?: string | null;
}
