export { AuditModule } from './lib/audit.module';
export { AuditService, AuditRecord, auditHash, GENESIS_HASH } from './lib/audit.service';
export { AuditEventEntity } from './lib/audit-event.entity';
