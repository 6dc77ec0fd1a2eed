import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { CaseModel } from '@consilium/server-cases';
import { Authorize, CurrentPrincipal, GqlContext, Principal } from '@consilium/server-core';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import {
  AmendImagingReportInput,
  CreateImagingReportInput,
  RadiologistWorklistFilter,
  ReportVersionInput,
  UpdateImagingReportInput,
} from './dto/imaging-report.inputs';
import {
  FinaliseImagingReportPayload,
  ImagingReportModel,
  ImagingResponseModel,
  LesionMeasurementModel,
  RadiologistWorklistModel,
  TrackedLesionModel,
} from './imaging-report.model';
import { RadiologistWorklistOrder } from './imaging-enums';
import { toLesionModel, toMeasurementModel, toReportModel, toResponseModel } from './imaging.mapper';
import { ImagingService } from './imaging.service';

const RADIOLOGIST = { roles: [Role.RADIOLOGIST] };

@ArgsType()
export class RadiologistWorklistArgs {
  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1, { message: 'first must be from 1 to 200' })
  @Max(200, { message: 'first must be from 1 to 200' })
  first = 25;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'after must be a cursor from a previous page' })
  after?: string | null;

  @Field(() => RadiologistWorklistFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RadiologistWorklistFilter)
  filter?: RadiologistWorklistFilter;

  @Field(() => RadiologistWorklistOrder, { defaultValue: RadiologistWorklistOrder.STUDY_DATE_ASC })
  @IsEnum(RadiologistWorklistOrder, { message: 'orderBy must be a known order' })
  orderBy: RadiologistWorklistOrder = RadiologistWorklistOrder.STUDY_DATE_ASC;
}

/** Imaging reports. Reading: any member of the case's team; writing: radiologists of that team. */
@Resolver(() => ImagingReportModel)
export class ImagingResolver {
  constructor(private readonly imaging: ImagingService) {}

  @Authorize()
  @Query(() => ImagingReportModel, {
    description: 'A report of a case of one of your teams (any version).',
  })
  async imagingReport(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<ImagingReportModel> {
    return toReportModel(await this.imaging.get(principal, id));
  }

  @Authorize(RADIOLOGIST)
  @Query(() => RadiologistWorklistModel, {
    description: 'Reports to write or finalise in your teams (drafts by default).',
  })
  async radiologistWorklist(@Args() args: RadiologistWorklistArgs, @CurrentPrincipal() principal: Principal): Promise<RadiologistWorklistModel> {
    const page = await this.imaging.worklist(principal, args);
    const edges = page.rows.map((row) => ({
      cursor: row.key,
      node: toReportModel(row.report),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Authorize(RADIOLOGIST)
  @Mutation(() => ImagingReportModel)
  async createImagingReport(@Args('input') input: CreateImagingReportInput, @CurrentPrincipal() actor: Principal): Promise<ImagingReportModel> {
    return toReportModel(await this.imaging.create(input, actor));
  }

  @Authorize(RADIOLOGIST)
  @Mutation(() => ImagingReportModel, {
    description: 'Change a draft; `lesions`, when given, replaces every measurement.',
  })
  async updateImagingReport(@Args('input') input: UpdateImagingReportInput, @CurrentPrincipal() actor: Principal): Promise<ImagingReportModel> {
    return toReportModel(await this.imaging.update(input, actor));
  }

  @Authorize(RADIOLOGIST)
  @Mutation(() => ImagingReportModel, {
    description: 'Make this report the baseline of its case for its criteria.',
  })
  async designateBaselineReport(@Args('input') input: ReportVersionInput, @CurrentPrincipal() actor: Principal): Promise<ImagingReportModel> {
    return toReportModel(await this.imaging.designateBaseline(input, actor));
  }

  @Authorize(RADIOLOGIST)
  @Mutation(() => FinaliseImagingReportPayload, {
    description: 'DRAFT → FINAL; a follow-up gets its response computed and stored.',
  })
  async finaliseImagingReport(@Args('input') input: ReportVersionInput, @CurrentPrincipal() actor: Principal): Promise<FinaliseImagingReportPayload> {
    const done = await this.imaging.finalise(input, actor);
    return {
      report: toReportModel(done.report),
      baselineMessages: done.baselineMessages,
    };
  }

  @Authorize(RADIOLOGIST)
  @Mutation(() => ImagingReportModel, {
    description: 'A new version of a final report; the earlier one stays readable.',
  })
  async amendImagingReport(@Args('input') input: AmendImagingReportInput, @CurrentPrincipal() actor: Principal): Promise<ImagingReportModel> {
    return toReportModel(await this.imaging.amend(input, actor));
  }

  @Authorize()
  @ResolveField(() => [LesionMeasurementModel])
  async measurements(@Parent() report: ImagingReportModel, @Context() ctx: GqlContext): Promise<LesionMeasurementModel[]> {
    const loader = ctx.loaders.get('imaging.measurementsByReport', () => this.imaging.createMeasurementsByReportLoader());
    return (await loader.load(report.id)).map(toMeasurementModel);
  }

  @Authorize()
  @ResolveField(() => ImagingResponseModel, {
    nullable: true,
    description: 'Computed when a follow-up was finalised; null otherwise.',
  })
  async response(@Parent() report: ImagingReportModel, @Context() ctx: GqlContext): Promise<ImagingResponseModel | null> {
    const loader = ctx.loaders.get('imaging.responseByReport', () => this.imaging.createResponseLoader());
    const stored = await loader.load(report.id);
    return stored ? toResponseModel(stored, report.studyDate) : null;
  }
}

@Resolver(() => LesionMeasurementModel)
export class LesionMeasurementResolver {
  constructor(private readonly imaging: ImagingService) {}

  @Authorize()
  @ResolveField(() => TrackedLesionModel)
  async lesion(@Parent() measurement: LesionMeasurementModel, @Context() ctx: GqlContext): Promise<TrackedLesionModel> {
    const loader = ctx.loaders.get('imaging.lesionById', () => this.imaging.createLesionLoader());
    const lesion = await loader.load(measurement.lesionId);
    if (!lesion) throw new Error(`tracked lesion ${measurement.lesionId} is missing`);
    return toLesionModel(lesion);
  }
}

@Resolver(() => CaseModel)
export class CaseImagingResolver {
  constructor(private readonly imaging: ImagingService) {}

  @Authorize()
  @ResolveField(() => [ImagingReportModel], {
    description: 'Current versions of the case’s imaging reports, newest study first.',
  })
  async imagingReports(@Parent() c: CaseModel, @Context() ctx: GqlContext): Promise<ImagingReportModel[]> {
    const loader = ctx.loaders.get('imaging.reportsByCase', () => this.imaging.createReportsByCaseLoader());
    return (await loader.load(c.id)).map(toReportModel);
  }

  @Authorize()
  @ResolveField(() => [TrackedLesionModel], { description: 'Lesions with a stable identity on this case; measure them again by id or label.' })
  async trackedLesions(@Parent() c: CaseModel, @Context() ctx: GqlContext): Promise<TrackedLesionModel[]> {
    const loader = ctx.loaders.get('imaging.lesionsByCase', () => this.imaging.createLesionsByCaseLoader());
    return (await loader.load(c.id)).map(toLesionModel);
  }
}
