import { ApiErrorCode } from '@consilium/contracts';
import { AppError, ClientErrorCode } from '@consilium/server-core';

export enum KpisErrorCode {
  TEAM_NOT_FOUND = 'TEAM_NOT_FOUND',
  BAD_RANGE = 'BAD_RANGE',
}

const API_CODE: Record<KpisErrorCode, ClientErrorCode> = {
  TEAM_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  BAD_RANGE: ApiErrorCode.BAD_USER_INPUT,
};

const MESSAGE: Record<KpisErrorCode, string> = {
  TEAM_NOT_FOUND: 'No such team.',
  BAD_RANGE: 'The date range is not valid.',
};

export class KpisException extends AppError {
  constructor(code: KpisErrorCode, field?: string, message?: string) {
    super(API_CODE[code], code, message ?? MESSAGE[code], field);
  }
}
