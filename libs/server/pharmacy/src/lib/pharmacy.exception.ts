import { ApiErrorCode } from '@consilium/contracts';
import { AppError, ClientErrorCode } from '@consilium/server-core';

export enum PharmacyErrorCode {
  REVIEW_NOT_FOUND = 'REVIEW_NOT_FOUND',
  FINDING_NOT_FOUND = 'FINDING_NOT_FOUND',
  REVIEW_ALREADY_OPEN = 'REVIEW_ALREADY_OPEN',
  REVIEW_SIGNED = 'REVIEW_SIGNED',
  STALE_VERSION = 'STALE_VERSION',
  FINDINGS_PENDING = 'FINDINGS_PENDING',
  CLEARANCE_MISSING = 'CLEARANCE_MISSING',
  CLEARANCE_CONTRADICTS_FINDING = 'CLEARANCE_CONTRADICTS_FINDING',
  REVIEW_OUTDATED = 'REVIEW_OUTDATED',
}

const API_CODE: Record<PharmacyErrorCode, ClientErrorCode> = {
  REVIEW_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  FINDING_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  REVIEW_ALREADY_OPEN: ApiErrorCode.CONFLICT,
  REVIEW_SIGNED: ApiErrorCode.CONFLICT,
  STALE_VERSION: ApiErrorCode.CONFLICT,
  FINDINGS_PENDING: ApiErrorCode.CONFLICT,
  CLEARANCE_MISSING: ApiErrorCode.CONFLICT,
  CLEARANCE_CONTRADICTS_FINDING: ApiErrorCode.CONFLICT,
  REVIEW_OUTDATED: ApiErrorCode.CONFLICT,
};

const MESSAGE: Record<PharmacyErrorCode, string> = {
  REVIEW_NOT_FOUND: 'No such pharmacist review.',
  FINDING_NOT_FOUND: 'No such review finding.',
  REVIEW_ALREADY_OPEN: 'This case already has an open pharmacist review.',
  REVIEW_SIGNED: 'This review is signed and can no longer change; open a new review instead.',
  STALE_VERSION: 'Someone else changed this review; reload it and try again.',
  FINDINGS_PENDING: 'Accept or dismiss every finding before signing.',
  CLEARANCE_MISSING: 'Record the contrast clearance of the requested imaging before signing.',
  CLEARANCE_CONTRADICTS_FINDING: 'An accepted contraindication (CRITICAL contrast finding) requires the clearance NOT_CLEARED.',
  REVIEW_OUTDATED: "The patient's data changed since the review was computed; re-compute it and check the findings again.",
};

export class PharmacyException extends AppError {
  constructor(code: PharmacyErrorCode, field?: string, message?: string) {
    super(API_CODE[code], code, message ?? MESSAGE[code], field);
  }
}
