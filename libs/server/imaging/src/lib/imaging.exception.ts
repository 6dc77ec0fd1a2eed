import { ApiErrorCode } from '@consilium/contracts';
import { AppError, ClientErrorCode } from '@consilium/server-core';

export enum ImagingErrorCode {
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  LESION_NOT_FOUND = 'LESION_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  NOT_A_DRAFT = 'NOT_A_DRAFT',
  NOT_FINAL = 'NOT_FINAL',
  ALREADY_SUPERSEDED = 'ALREADY_SUPERSEDED',
  ACCESSION_TAKEN = 'ACCESSION_TAKEN',
  NO_BASELINE = 'NO_BASELINE',
  CRITERIA_NONE = 'CRITERIA_NONE',
  RESPONSE_INPUT_INVALID = 'RESPONSE_INPUT_INVALID',
}

const API_CODE: Record<ImagingErrorCode, ClientErrorCode> = {
  REPORT_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  LESION_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  STALE_VERSION: ApiErrorCode.CONFLICT,
  NOT_A_DRAFT: ApiErrorCode.CONFLICT,
  NOT_FINAL: ApiErrorCode.CONFLICT,
  ALREADY_SUPERSEDED: ApiErrorCode.CONFLICT,
  ACCESSION_TAKEN: ApiErrorCode.CONFLICT,
  NO_BASELINE: ApiErrorCode.BAD_USER_INPUT,
  CRITERIA_NONE: ApiErrorCode.BAD_USER_INPUT,
  RESPONSE_INPUT_INVALID: ApiErrorCode.BAD_USER_INPUT,
};

const MESSAGE: Record<ImagingErrorCode, string> = {
  REPORT_NOT_FOUND: 'No such imaging report.',
  LESION_NOT_FOUND: 'No such lesion on this case.',
  STALE_VERSION: 'Someone else changed this report; reload it and try again.',
  NOT_A_DRAFT: 'Only a draft report can be changed; amend a final report instead.',
  NOT_FINAL: 'Only a final report can be amended or designated as baseline.',
  ALREADY_SUPERSEDED: 'This report has been amended; work on its latest version.',
  ACCESSION_TAKEN: 'Another report of this case has this accession number.',
  NO_BASELINE: 'There is no final baseline report for these criteria on this case, dated before this study.',
  CRITERIA_NONE: 'A report without response criteria cannot be a baseline.',
  RESPONSE_INPUT_INVALID: 'The measurements cannot be assessed.',
};

export class ImagingException extends AppError {
  constructor(code: ImagingErrorCode, field?: string, message?: string) {
    super(API_CODE[code], code, message ?? MESSAGE[code], field);
  }
}
