import { registerEnumType } from '@nestjs/graphql';

/** The case journey (docs/cases.md): changed only through named transitions, each recorded. */
export enum CaseStatus {
  REFERRED = 'REFERRED',
  TRIAGED = 'TRIAGED',
  READY = 'READY',
  LISTED = 'LISTED',
  DISCUSSED = 'DISCUSSED',
  DECISION_SIGNED = 'DECISION_SIGNED',
  IN_FOLLOW_UP = 'IN_FOLLOW_UP',
  CLOSED = 'CLOSED',
  DEFERRED = 'DEFERRED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum CasePriority {
  ROUTINE = 'ROUTINE',
  URGENT = 'URGENT',
}

export enum PatientSex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(CasePriority, { name: 'CasePriority' });
registerEnumType(PatientSex, { name: 'PatientSex', description: 'Administrative sex; equations that need F/M refuse OTHER/UNKNOWN.' });
