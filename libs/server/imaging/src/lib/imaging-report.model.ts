import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ImagingModality } from '@consilium/server-cases';
import { ImagingReportStatus, LesionRole, NewLesionFinding, NonTargetResponse, ResponseCriteria } from './imaging-enums';

@ObjectType('TrackedLesion', {
  description: 'A lesion with a stable identity across the reports of one case.',
})
export class TrackedLesionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() label!: string;
  @Field() organ!: string;
  @Field() nodal!: boolean;
}

@ObjectType('LesionMeasurement')
export class LesionMeasurementModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) reportId!: string;
  @Field(() => ID) lesionId!: string;
  @Field(() => LesionRole) role!: LesionRole;
  @Field(() => Int) position!: number;
  @Field(() => Float, { nullable: true }) longAxisMm!: number | null;
  @Field(() => Float, { nullable: true }) shortAxisMm!: number | null;
  @Field(() => Float, { nullable: true }) viableDiameterMm!: number | null;
  @Field(() => Float, { nullable: true }) perpendicularMm!: number | null;
  @Field(() => Float, { nullable: true }) suvPeak!: number | null;
  @Field() tooSmallToMeasure!: boolean;
  @Field() notMeasured!: boolean;
}

@ObjectType('ResponseTimepoint', {
  description: 'One follow-up as the rules assessed it. Values are unrounded; round for display.',
})
export class ResponseTimepointModel {
  @Field() date!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Sum of diameters (mm), SPD (mm²) or SULpeak, as `unit` says.',
  })
  sum!: number | null;
  @Field(() => Float, { nullable: true }) nadir!: number | null;
  @Field(() => Float, { nullable: true }) changeFromBaselinePct!: number | null;
  @Field(() => Float, { nullable: true }) changeFromNadirPct!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Absolute change from the nadir (from baseline for PERCIST), in `unit`.',
  })
  changeFromNadirAbsolute!: number | null;
  @Field(() => String, { nullable: true }) target!: string | null;
  @Field(() => String, { nullable: true }) nonTarget!: string | null;
  @Field({
    description: 'Overall response at this time point (RECIST/mRECIST), RANO response or PERCIST category.',
  })
  category!: string;
}

@ObjectType('ImagingResponse', {
  description: 'The response computed when the report was finalised, with its inputs and source.',
})
export class ImagingResponseModel {
  @Field(() => ResponseCriteria) criteria!: ResponseCriteria;
  @Field({
    description: 'The @consilium/clinical-rules function, e.g. assessRecist11.',
  })
  rule!: string;
  @Field() source!: string;
  @Field(() => Date) computedAt!: Date;
  @Field(() => ID) baselineReportId!: string;
  @Field({
    description: 'mm (sum of diameters), mm² (sum of products) or SUL.',
  })
  unit!: string;
  @Field(() => Float) baselineSum!: number;
  @Field({ description: 'The category at this report.' }) category!: string;
  @Field(() => Float, { nullable: true }) sum!: number | null;
  @Field(() => Float, { nullable: true }) nadir!: number | null;
  @Field(() => Float, { nullable: true }) changeFromBaselinePct!: number | null;
  @Field(() => Float, { nullable: true }) changeFromNadirPct!: number | null;
  @Field(() => Float, { nullable: true }) changeFromNadirAbsolute!: number | null;
  @Field(() => String, { nullable: true }) bestOverallResponse!: string | null;
  @Field(() => [ResponseTimepointModel]) timepoints!: ResponseTimepointModel[];
  @Field(() => [String]) baselineViolations!: string[];
  @Field({
    description: 'The exact input given to the rules function, as JSON.',
  })
  inputs!: string;
  @Field({ description: 'The full result of the rules function, as JSON.' })
  result!: string;
}

@ObjectType('ImagingReport')
export class ImagingReportModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ImagingModality) modality!: ImagingModality;
  @Field({ description: 'YYYY-MM-DD.' }) studyDate!: string;
  @Field(() => String, { nullable: true }) accessionNumber!: string | null;
  @Field() bodyRegion!: string;
  @Field() findings!: string;
  @Field() impression!: string;
  @Field(() => ResponseCriteria) criteria!: ResponseCriteria;
  @Field(() => ImagingReportStatus) status!: ImagingReportStatus;
  @Field() isBaseline!: boolean;
  @Field(() => NonTargetResponse, { nullable: true })
  nonTargetResponse!: NonTargetResponse | null;
  @Field(() => NewLesionFinding) newLesion!: NewLesionFinding;
  @Field() clearNonMeasurableProgression!: boolean;
  @Field() steroidsAbovePhysiologic!: boolean;
  @Field() uptakeNormalized!: boolean;
  @Field(() => ID) authorId!: string;
  @Field(() => Date, { nullable: true }) finalisedAt!: Date | null;
  @Field(() => [String], {
    description: 'RECIST 1.1 baseline check (validateRecistBaseline) at finalisation; empty when valid.',
  })
  baselineMessages!: string[];
  @Field(() => ID, {
    nullable: true,
    description: 'The earlier version this amendment replaces.',
  })
  amendsReportId!: string | null;
  @Field(() => String, { nullable: true }) amendmentReason!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Set when a later amendment replaced this version.',
  })
  supersededById!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int, {
    description: 'Pass back as expectedVersion when changing this report.',
  })
  version!: number;
}

@ObjectType('FinaliseImagingReportPayload')
export class FinaliseImagingReportPayload {
  @Field(() => ImagingReportModel) report!: ImagingReportModel;
  @Field(() => [String], {
    description: 'validateRecistBaseline messages when a RECIST 1.1 baseline was finalised (warnings, not blocking).',
  })
  baselineMessages!: string[];
}

@ObjectType('ImagingReportEdge')
export class ImagingReportEdge {
  @Field() cursor!: string;
  @Field(() => ImagingReportModel) node!: ImagingReportModel;
}

@ObjectType('ImagingReportPageInfo')
export class ImagingReportPageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('RadiologistWorklist')
export class RadiologistWorklistModel {
  @Field(() => [ImagingReportEdge]) edges!: ImagingReportEdge[];
  @Field(() => ImagingReportPageInfo) pageInfo!: ImagingReportPageInfo;
}
