import { HttpException } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { randomUUID } from 'node:crypto';
import { ApiErrorCode } from '@consilium/contracts';
import { AppError } from './app-error';
import type { Logger } from 'pino';

/** Apollo's own request errors: the request was malformed, so they are the client's. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const HTTP_STATUS_TO_CODE: Record<number, ApiErrorCode> = {
  400: ApiErrorCode.BAD_USER_INPUT,
  401: ApiErrorCode.UNAUTHENTICATED,
  403: ApiErrorCode.FORBIDDEN,
  404: ApiErrorCode.NOT_FOUND,
  409: ApiErrorCode.CONFLICT,
  413: ApiErrorCode.BAD_USER_INPUT,
};

/**
 * The single place where errors become what a client sees. Feature errors keep their code,
 * reason and field; malformed requests become BAD_USER_INPUT; anything else is logged with an
 * errorId and reaches the client as INTERNAL_SERVER_ERROR with that id and no detail.
 */
export function createGraphqlErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          reason: original.reason,
          ...(original.field ? { field: original.field } : {}),
        },
      };
    }
    const apolloCode = formatted.extensions?.code;
    if (typeof apolloCode === 'string' && REQUEST_ERROR_CODES.has(apolloCode)) {
      return { ...base, extensions: { code: ApiErrorCode.BAD_USER_INPUT, reason: apolloCode } };
    }
    if (original instanceof HttpException && HTTP_STATUS_TO_CODE[original.getStatus()]) {
      return {
        ...base,
        message: original.message,
        extensions: { code: HTTP_STATUS_TO_CODE[original.getStatus()], reason: `HTTP_${original.getStatus()}` },
      };
    }
    const errorId = randomUUID();
    logger.error({ errorId, err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: `Internal server error (reference ${errorId}).`,
      path: formatted.path,
      extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}
