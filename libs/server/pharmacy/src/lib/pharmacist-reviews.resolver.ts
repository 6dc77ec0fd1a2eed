import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, GqlContext, Principal } from '@consilium/server-core';
import { AddReviewFindingInput, DecideReviewFindingInput, OpenPharmacistReviewArgs, ReviewVersionArgs, SetContrastClearanceInput } from './dto/review.inputs';
import { PharmacistReviewModel, ReviewFindingModel } from './pharmacist-review.model';
import { PharmacistReviewsService } from './pharmacist-reviews.service';
import { toFindingModel, toReviewModel } from './pharmacy.mapper';

const PHARMACISTS = { roles: [Role.PHARMACIST] };

@Resolver(() => PharmacistReviewModel)
export class PharmacistReviewsResolver {
  constructor(private readonly reviews: PharmacistReviewsService) {}

  @Authorize()
  @Query(() => PharmacistReviewModel, { description: "A review of a case of one of your teams (NOT_FOUND otherwise)." })
  async pharmacistReview(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<PharmacistReviewModel> {
    return toReviewModel(await this.reviews.get(principal, id));
  }

  @Authorize(PHARMACISTS)
  @Mutation(() => PharmacistReviewModel, { description: 'Open a review: computes eGFR, CrCl, BSA and the automatic findings.' })
  async openPharmacistReview(@Args() args: OpenPharmacistReviewArgs, @CurrentPrincipal() principal: Principal): Promise<PharmacistReviewModel> {
    return toReviewModel(await this.reviews.open(principal, args.caseId));
  }

  @Authorize(PHARMACISTS)
  @Mutation(() => PharmacistReviewModel, { description: "Re-compute from the patient's current data; decisions on unchanged findings are kept." })
  async recomputePharmacistReview(@Args() args: ReviewVersionArgs, @CurrentPrincipal() principal: Principal): Promise<PharmacistReviewModel> {
    return toReviewModel(await this.reviews.recompute(principal, args.id, args.expectedVersion));
  }

  @Authorize(PHARMACISTS)
  @Mutation(() => PharmacistReviewModel, { description: 'Accept or dismiss (with a reason) one finding.' })
  async decideReviewFinding(@Args('input') input: DecideReviewFindingInput, @CurrentPrincipal() principal: Principal): Promise<PharmacistReviewModel> {
    return toReviewModel(await this.reviews.decide(principal, input));
  }

  @Authorize(PHARMACISTS)
  @Mutation(() => PharmacistReviewModel, { description: "Add the pharmacist's own finding (accepted by its author)." })
  async addReviewFinding(@Args('input') input: AddReviewFindingInput, @CurrentPrincipal() principal: Principal): Promise<PharmacistReviewModel> {
    return toReviewModel(await this.reviews.addFinding(principal, input));
  }

  @Authorize(PHARMACISTS)
  @Mutation(() => PharmacistReviewModel, { description: 'Record the contrast clearance; a note is required when it differs from the computed one.' })
  async setContrastClearance(@Args('input') input: SetContrastClearanceInput, @CurrentPrincipal() principal: Principal): Promise<PharmacistReviewModel> {
    return toReviewModel(await this.reviews.setClearance(principal, input));
  }

  @Authorize(PHARMACISTS)
  @Mutation(() => PharmacistReviewModel, { description: 'Sign the review; it can no longer change.' })
  async signPharmacistReview(@Args() args: ReviewVersionArgs, @CurrentPrincipal() principal: Principal): Promise<PharmacistReviewModel> {
    return toReviewModel(await this.reviews.sign(principal, args.id, args.expectedVersion));
  }

  @ResolveField(() => [ReviewFindingModel], { description: 'Most severe first.' })
  async findings(@Parent() review: PharmacistReviewModel, @Context() ctx: GqlContext): Promise<ReviewFindingModel[]> {
    const loader = ctx.loaders.get('pharmacy.findingsByReview', () => this.reviews.createFindingsByReviewLoader());
    return (await loader.load(review.id)).map(toFindingModel);
  }
}
