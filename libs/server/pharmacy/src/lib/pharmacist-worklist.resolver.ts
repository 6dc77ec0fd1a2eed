import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, GqlContext, Principal } from '@consilium/server-core';
import { PharmacistWorklistArgs } from './dto/worklist.args';
import { PharmacistReviewEntity } from './pharmacist-review.entity';
import { PharmacistReviewModel } from './pharmacist-review.model';
import { PharmacistReviewsService } from './pharmacist-reviews.service';
import { encodeCursor, PharmacistWorklistService } from './pharmacist-worklist.service';
import { toCaseModel } from '@consilium/server-cases';
import { toReviewModel } from './pharmacy.mapper';
import { PharmacistReviewStatus, WorklistReviewState } from './pharmacy.enums';
import { PharmacistWorklistItemModel, PharmacistWorklistModel } from './worklist.model';

@Resolver(() => PharmacistWorklistItemModel)
export class PharmacistWorklistResolver {
  constructor(
    private readonly worklist: PharmacistWorklistService,
    private readonly reviews: PharmacistReviewsService,
  ) {}

  @Authorize({ roles: [Role.PHARMACIST] })
  @Query(() => PharmacistWorklistModel, { description: 'Cases of your teams whose review is due, soonest target discussion date first.' })
  async pharmacistWorklist(@Args() args: PharmacistWorklistArgs, @CurrentPrincipal() principal: Principal): Promise<PharmacistWorklistModel> {
    const { cases, hasNextPage } = await this.worklist.page(principal, args);
    const edges = cases.map((c) => ({
      cursor: encodeCursor(c),
      node: Object.assign(new PharmacistWorklistItemModel(), { caseId: c.id, case: toCaseModel(c), dueDate: c.targetDiscussionDate }),
    }));
    return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage } };
  }

  @ResolveField(() => PharmacistReviewModel, { nullable: true })
  async review(@Parent() item: PharmacistWorklistItemModel, @Context() ctx: GqlContext): Promise<PharmacistReviewModel | null> {
    const current = await this.currentReview(item, ctx);
    return current ? toReviewModel(current) : null;
  }

  @ResolveField(() => WorklistReviewState)
  async state(@Parent() item: PharmacistWorklistItemModel, @Context() ctx: GqlContext): Promise<WorklistReviewState> {
    const current = await this.currentReview(item, ctx);
    if (!current) return WorklistReviewState.NOT_STARTED;
    return current.status === PharmacistReviewStatus.OPEN ? WorklistReviewState.OPEN : WorklistReviewState.SIGNED;
  }

  /** The open review, else the latest signed one (same loader as Case.pharmacistReviews). */
  private async currentReview(item: PharmacistWorklistItemModel, ctx: GqlContext): Promise<PharmacistReviewEntity | null> {
    const loader = ctx.loaders.get('pharmacy.reviewsByCase', () => this.reviews.createReviewsByCaseLoader());
    const reviews = await loader.load(item.caseId);
    return reviews.find((r) => r.status === PharmacistReviewStatus.OPEN) ?? reviews.find((r) => r.status === PharmacistReviewStatus.SIGNED) ?? null;
  }
}
