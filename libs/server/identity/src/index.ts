export { IdentityModule } from './lib/identity.module';
export { AuthService } from './lib/auth.service';
export { UsersService } from './lib/users.service';
export { TeamsService } from './lib/teams.service';
export { PasswordService } from './lib/password.service';
export { UserEntity } from './lib/user.entity';
export { TeamEntity } from './lib/team.entity';
export { TeamMembershipEntity } from './lib/team-membership.entity';
export { AuthSessionEntity } from './lib/auth-session.entity';
export { RefreshTokenEntity } from './lib/refresh-token.entity';
export { IdentityErrorCode, IdentityException } from './lib/identity.exception';

import { AuthSessionEntity } from './lib/auth-session.entity';
import { RefreshTokenEntity } from './lib/refresh-token.entity';
import { TeamMembershipEntity } from './lib/team-membership.entity';
import { TeamEntity } from './lib/team.entity';
import { UserEntity } from './lib/user.entity';

export const IDENTITY_ENTITIES = [UserEntity, TeamEntity, TeamMembershipEntity, AuthSessionEntity, RefreshTokenEntity];
export { IdentityWorkerModule } from './lib/identity-worker.module';
export { SessionCleanupService, ENDED_SESSION_RETENTION_DAYS } from './lib/session-cleanup.service';
export { IDENTITY_MAINTENANCE_QUEUE, SESSION_CLEANUP_SCHEDULER } from './lib/session-cleanup.processor';
