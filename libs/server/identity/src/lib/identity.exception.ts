import { ApiErrorCode } from '@consilium/contracts';
import { AppError, ClientErrorCode } from '@consilium/server-core';

export enum IdentityErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  SESSION_REVOKED = 'SESSION_REVOKED',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  TEAM_NOT_FOUND = 'TEAM_NOT_FOUND',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  TEAM_NAME_TAKEN = 'TEAM_NAME_TAKEN',
  STALE_VERSION = 'STALE_VERSION',
  LAST_ADMINISTRATOR = 'LAST_ADMINISTRATOR',
  SELF_DEACTIVATION = 'SELF_DEACTIVATION',
}

const API_CODE: Record<IdentityErrorCode, ClientErrorCode> = {
  INVALID_CREDENTIALS: ApiErrorCode.UNAUTHENTICATED,
  INVALID_REFRESH_TOKEN: ApiErrorCode.UNAUTHENTICATED,
  REFRESH_TOKEN_REUSED: ApiErrorCode.UNAUTHENTICATED,
  SESSION_REVOKED: ApiErrorCode.UNAUTHENTICATED,
  USER_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  TEAM_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  EMAIL_TAKEN: ApiErrorCode.CONFLICT,
  TEAM_NAME_TAKEN: ApiErrorCode.CONFLICT,
  STALE_VERSION: ApiErrorCode.CONFLICT,
  LAST_ADMINISTRATOR: ApiErrorCode.CONFLICT,
  SELF_DEACTIVATION: ApiErrorCode.CONFLICT,
};

const MESSAGE: Record<IdentityErrorCode, string> = {
  INVALID_CREDENTIALS: 'Email or password is incorrect.',
  INVALID_REFRESH_TOKEN: 'Your session has ended; please sign in again.',
  REFRESH_TOKEN_REUSED: 'This session was ended because its refresh token was used twice; please sign in again.',
  SESSION_REVOKED: 'Your session has ended; please sign in again.',
  USER_NOT_FOUND: 'No such user.',
  TEAM_NOT_FOUND: 'No such team.',
  EMAIL_TAKEN: 'A user with this email already exists.',
  TEAM_NAME_TAKEN: 'A team with this name already exists.',
  STALE_VERSION: 'Someone else changed this record; reload it and try again.',
  LAST_ADMINISTRATOR: 'This would leave Consilium without an active administrator.',
  SELF_DEACTIVATION: 'You cannot deactivate your own account.',
};

export class IdentityException extends AppError {
  constructor(code: IdentityErrorCode, field?: string) {
    super(API_CODE[code], code, MESSAGE[code], field);
  }
}
