import { AuditEventEntity } from '@consilium/server-audit';
import { CASES_ENTITIES } from '@consilium/server-cases';
import { DECISIONS_ENTITIES } from '@consilium/server-decisions';
import { IDENTITY_ENTITIES } from '@consilium/server-identity';
import { IMAGING_ENTITIES } from '@consilium/server-imaging';
import { KPIS_ENTITIES } from '@consilium/server-kpis';
import { MEETINGS_ENTITIES } from '@consilium/server-meetings';
import { NOTIFICATIONS_ENTITIES } from '@consilium/server-notifications';
import { PHARMACY_ENTITIES } from '@consilium/server-pharmacy';

/** Every TypeORM entity of every feature: what the migrations must agree with. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES, AuditEventEntity, ...CASES_ENTITIES, ...PHARMACY_ENTITIES, ...IMAGING_ENTITIES, ...DECISIONS_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...MEETINGS_ENTITIES, ...KPIS_ENTITIES];
