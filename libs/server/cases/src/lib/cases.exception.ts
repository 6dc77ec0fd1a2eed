import { ApiErrorCode } from '@consilium/contracts';
import { AppError, ClientErrorCode } from '@consilium/server-core';

export enum CasesErrorCode {
  CASE_NOT_FOUND = 'CASE_NOT_FOUND',
  PATIENT_NOT_FOUND = 'PATIENT_NOT_FOUND',
  RECORD_NOT_FOUND = 'RECORD_NOT_FOUND',
  MRN_TAKEN = 'MRN_TAKEN',
  STALE_VERSION = 'STALE_VERSION',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  NOT_READY = 'NOT_READY',
}

const API_CODE: Record<CasesErrorCode, ClientErrorCode> = {
  CASE_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  PATIENT_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  RECORD_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  MRN_TAKEN: ApiErrorCode.CONFLICT,
  STALE_VERSION: ApiErrorCode.CONFLICT,
  ILLEGAL_TRANSITION: ApiErrorCode.CONFLICT,
  NOT_READY: ApiErrorCode.CONFLICT,
};

const MESSAGE: Record<CasesErrorCode, string> = {
  CASE_NOT_FOUND: 'No such case.',
  PATIENT_NOT_FOUND: 'No such patient.',
  RECORD_NOT_FOUND: 'No such record.',
  MRN_TAKEN: 'A patient with this MRN already exists.',
  STALE_VERSION: 'Someone else changed this record; reload it and try again.',
  ILLEGAL_TRANSITION: 'This case cannot make that step from its current status.',
  NOT_READY: 'The case is not ready for discussion yet.',
};

export class CasesException extends AppError {
  constructor(code: CasesErrorCode, field?: string, message?: string) {
    super(API_CODE[code], code, message ?? MESSAGE[code], field);
  }
}
