export { DecisionsModule } from './lib/decisions.module';
export { DecisionsService } from './lib/decisions.service';
export { DecisionSigningService, MeetingSignContext } from './lib/decision-signing.service';
export { DecisionsWorkerModule } from './lib/decisions-worker.module';
export { FollowUpSchedulerService, ScheduleSyncResult } from './lib/scheduling/follow-up-scheduler.service';
export { FollowUpProcessor, FollowUpJobOutcome } from './lib/scheduling/follow-up.processor';
export { FOLLOW_UP_MAINTENANCE_QUEUE, FOLLOW_UPS_QUEUE, FollowUpJobData, FollowUpJobKind, followUpJobId, plannedJobs } from './lib/scheduling/follow-up-jobs';
export { DEFAULT_GRACE_DAYS, TeamFollowUpSettingsEntity } from './lib/team-follow-up-settings.entity';
export { DecisionEntity, EvidenceSnapshot, FollowUpPlanItem } from './lib/decision.entity';
export { FollowUpEntity } from './lib/follow-up.entity';
export { DecisionRecommendation, DecisionStatus, FollowUpStatus, InterventionalProcedure, PENDING_FOLLOW_UP, TreatmentIntent } from './lib/decision.enums';
export { DecisionsErrorCode, DecisionsException } from './lib/decisions.exception';

import { DecisionEntity } from './lib/decision.entity';
import { FollowUpEntity } from './lib/follow-up.entity';
import { TeamFollowUpSettingsEntity } from './lib/team-follow-up-settings.entity';

export const DECISIONS_ENTITIES = [DecisionEntity, FollowUpEntity, TeamFollowUpSettingsEntity];
