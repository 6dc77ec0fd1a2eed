import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel } from '@consilium/server-cases';
import { GqlContext } from '@consilium/server-core';
import { PharmacistReviewModel } from './pharmacist-review.model';
import { PharmacistReviewsService } from './pharmacist-reviews.service';
import { toReviewModel } from './pharmacy.mapper';

/** `Case.pharmacistReviews`: the parent case was authorised when it was loaded; one query per list. */
@Resolver(() => CaseModel)
export class CasePharmacyResolver {
  constructor(private readonly reviews: PharmacistReviewsService) {}

  @ResolveField(() => [PharmacistReviewModel], { description: 'Pharmacist reviews of this case, newest first.' })
  async pharmacistReviews(@Parent() kase: CaseModel, @Context() ctx: GqlContext): Promise<PharmacistReviewModel[]> {
    const loader = ctx.loaders.get('pharmacy.reviewsByCase', () => this.reviews.createReviewsByCaseLoader());
    return (await loader.load(kase.id)).map(toReviewModel);
  }
}
