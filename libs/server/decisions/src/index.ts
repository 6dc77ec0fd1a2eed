export { DecisionsModule } from './lib/decisions.module';
export { DecisionsService } from './lib/decisions.service';
export { DecisionEntity, EvidenceSnapshot, FollowUpPlanItem } from './lib/decision.entity';
export { FollowUpEntity } from './lib/follow-up.entity';
export { DecisionRecommendation, DecisionStatus, FollowUpStatus, InterventionalProcedure, PENDING_FOLLOW_UP, TreatmentIntent } from './lib/decision.enums';
export { DecisionsErrorCode, DecisionsException } from './lib/decisions.exception';

import { DecisionEntity } from './lib/decision.entity';
import { FollowUpEntity } from './lib/follow-up.entity';

export const DECISIONS_ENTITIES = [DecisionEntity, FollowUpEntity];
