import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { LesionRole } from '../imaging-enums';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Sizes: 0 to 1000 mm, finite numbers. */
function SizeMm(name: string): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${name} must be a number` })(target, key);
    Min(0, { message: `${name} must not be negative` })(target, key);
    Max(1000, { message: `${name} must be at most 1000 mm` })(target, key);
  };
}

/**
 * One lesion on a report. Name an existing tracked lesion of the case by `lesionId`, or give a
 * `label`: the lesion with that label on the case is used, or a new one is created (then
 * `organ` is required). The same label on a later report is the same lesion.
 */
@InputType()
export class LesionMeasurementInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'lesionId must be a lesion id' })
  lesionId?: string;

  @Field({
    nullable: true,
    description: 'e.g. "Liver lesion 1"; required when lesionId is not given.',
  })
  @ValidateIf((o: LesionMeasurementInput) => o.lesionId === undefined || o.label !== undefined)
  @Transform(trim)
  @IsString({ message: 'label is required when lesionId is not given' })
  @Length(1, 100, { message: 'label must be 1 to 100 characters' })
  label?: string;

  @Field({
    nullable: true,
    description: 'Required when the label names a new lesion.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'organ must be 1 to 100 characters' })
  organ?: string;

  @Field({
    nullable: true,
    description: 'A lymph node (judged on the short axis). Used when the lesion is new.',
  })
  @IsOptional()
  @IsBoolean()
  nodal?: boolean;

  @Field(() => LesionRole)
  @IsEnum(LesionRole, { message: 'role must be TARGET, NON_TARGET or NEW' })
  role!: LesionRole;

  @Field(() => Float, { nullable: true })
  @SizeMm('longAxisMm')
  longAxisMm?: number;

  @Field(() => Float, { nullable: true })
  @SizeMm('shortAxisMm')
  shortAxisMm?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'mRECIST: longest viable (enhancing) diameter.',
  })
  @SizeMm('viableDiameterMm')
  viableDiameterMm?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'RANO: diameter perpendicular to the long axis.',
  })
  @SizeMm('perpendicularMm')
  perpendicularMm?: number;

  @Field(() => Float, { nullable: true, description: 'PERCIST: SULpeak.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'suvPeak must be a number' })
  @Min(0, { message: 'suvPeak must not be negative' })
  @Max(100, { message: 'suvPeak must be at most 100' })
  suvPeak?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  tooSmallToMeasure?: boolean;

  @Field({ nullable: true, description: 'Not evaluable on this study.' })
  @IsOptional()
  @IsBoolean()
  notMeasured?: boolean;
}
