import { ApiErrorCode } from '@consilium/contracts';
import { AppError } from '@consilium/server-core';

export enum NotificationsErrorCode {
  NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
}

export class NotificationsException extends AppError {
  constructor(code: NotificationsErrorCode, field?: string) {
    super(ApiErrorCode.NOT_FOUND, code, 'No such notification.', field);
  }
}
