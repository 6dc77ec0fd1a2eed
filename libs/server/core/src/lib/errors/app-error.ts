import { ApiErrorCode } from '@consilium/contracts';

export type ClientErrorCode = Exclude<ApiErrorCode, ApiErrorCode.INTERNAL_SERVER_ERROR>;

/**
 * The base of every feature's exception. `code` is what the client sees in
 * `extensions.code`; `reason` is the feature's own, finer code (e.g. STALE_VERSION);
 * `field` names the input field at fault for BAD_USER_INPUT.
 */
export class AppError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    readonly reason: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that fails validation; `field` is the dotted path of the offending field. */
export class InputError extends AppError {
  constructor(field: string, message: string) {
    super(ApiErrorCode.BAD_USER_INPUT, 'INVALID_INPUT', message, field);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(reason = 'UNAUTHENTICATED', message = 'You must sign in.') {
    super(ApiErrorCode.UNAUTHENTICATED, reason, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(reason = 'FORBIDDEN', message = 'You are not allowed to do this.') {
    super(ApiErrorCode.FORBIDDEN, reason, message);
  }
}
