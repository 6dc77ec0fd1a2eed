import { CaseModel } from '@consilium/server-cases';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PharmacistReviewModel } from './pharmacist-review.model';
import { WorklistReviewState } from './pharmacy.enums';

@ObjectType('PharmacistWorklistItem', { description: "A case whose pharmacist review is due before the case's next discussion." })
export class PharmacistWorklistItemModel {
  @Field(() => ID) caseId!: string;
  @Field(() => CaseModel) case!: CaseModel;
  @Field(() => String, { nullable: true, description: 'The target discussion date (meetings come later); null sorts last.' })
  dueDate!: string | null;
  @Field(() => WorklistReviewState) state?: WorklistReviewState;
  @Field(() => PharmacistReviewModel, { nullable: true, description: 'The open review, else the latest signed one.' })
  review?: PharmacistReviewModel | null;
}

@ObjectType('PharmacistWorklistEdge')
export class PharmacistWorklistEdgeModel {
  @Field() cursor!: string;
  @Field(() => PharmacistWorklistItemModel) node!: PharmacistWorklistItemModel;
}

@ObjectType('PharmacistWorklistPageInfo')
export class PharmacistWorklistPageInfoModel {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType('PharmacistWorklist')
export class PharmacistWorklistModel {
  @Field(() => [PharmacistWorklistEdgeModel]) edges!: PharmacistWorklistEdgeModel[];
  @Field(() => PharmacistWorklistPageInfoModel) pageInfo!: PharmacistWorklistPageInfoModel;
}
