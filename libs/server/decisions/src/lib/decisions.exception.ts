import { ApiErrorCode } from '@consilium/contracts';
import { AppError, ClientErrorCode } from '@consilium/server-core';

export enum DecisionsErrorCode {
  DECISION_NOT_FOUND = 'DECISION_NOT_FOUND',
  FOLLOW_UP_NOT_FOUND = 'FOLLOW_UP_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  ILLEGAL_STATE = 'ILLEGAL_STATE',
  SIGNED_IS_IMMUTABLE = 'SIGNED_IS_IMMUTABLE',
  CASE_NOT_DISCUSSED = 'CASE_NOT_DISCUSSED',
  AMENDMENT_PENDING = 'AMENDMENT_PENDING',
}

const API_CODE: Record<DecisionsErrorCode, ClientErrorCode> = {
  DECISION_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  FOLLOW_UP_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  STALE_VERSION: ApiErrorCode.CONFLICT,
  ILLEGAL_STATE: ApiErrorCode.CONFLICT,
  SIGNED_IS_IMMUTABLE: ApiErrorCode.CONFLICT,
  CASE_NOT_DISCUSSED: ApiErrorCode.CONFLICT,
  AMENDMENT_PENDING: ApiErrorCode.CONFLICT,
};

const MESSAGE: Record<DecisionsErrorCode, string> = {
  DECISION_NOT_FOUND: 'No such decision.',
  FOLLOW_UP_NOT_FOUND: 'No such follow-up.',
  STALE_VERSION: 'Someone else changed this record; reload it and try again.',
  ILLEGAL_STATE: 'The decision cannot make that step from its current status.',
  SIGNED_IS_IMMUTABLE: 'A signed decision cannot be changed; amend it instead (a new version).',
  CASE_NOT_DISCUSSED: 'A decision is signed after the case has been discussed at a meeting.',
  AMENDMENT_PENDING: 'This decision already has an amendment in progress.',
};

export class DecisionsException extends AppError {
  constructor(code: DecisionsErrorCode, field?: string, message?: string) {
    super(API_CODE[code], code, message ?? MESSAGE[code], field);
  }
}
