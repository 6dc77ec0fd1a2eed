import { ApiErrorCode, LiveAck, LiveError } from '@consilium/contracts';
import { AppError } from '@consilium/server-core';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';

/** A feature error becomes a refusal the client can read; anything else is logged with an id. */
export function toLiveError(error: unknown, logger: Logger, context: Record<string, unknown>): LiveError {
  if (error instanceof AppError) {
    return { code: error.code, reason: error.reason, message: error.message, ...(error.field ? { field: error.field } : {}) };
  }
  const errorId = randomUUID();
  logger.error({ err: error, errorId, ...context }, 'live event failed');
  return { code: ApiErrorCode.INTERNAL_SERVER_ERROR, reason: 'INTERNAL', message: `Something went wrong (error id ${errorId}).` };
}

export function ok<T>(data: T): LiveAck<T> {
  return { ok: true, data };
}
