// Turns whatever an Apollo operation failed with into a small, typed "problem" the UI can
// describe in plain words. Nothing here ever returns raw server JSON or a stack trace.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export type ProblemKind =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'bad-input'
  | 'internal'
  | 'unreachable'
  | 'unexpected';

export interface Problem {
  kind: ProblemKind;
  /** BAD_USER_INPUT only: the input field the server complained about. */
  field?: string;
  /** BAD_USER_INPUT and CONFLICT: the server's human-readable message (never shown for internal errors). */
  message?: string;
  /** The feature's reason code (e.g. FINDINGS_PENDING, STALE_VERSION), when the server gave one. */
  reason?: string;
  /** INTERNAL_SERVER_ERROR only: the reference the server logged the failure under. */
  errorId?: string;
}

interface FormattedError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

const KIND_BY_CODE: Record<string, ProblemKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not-found',
  CONFLICT: 'conflict',
  BAD_USER_INPUT: 'bad-input',
  INTERNAL_SERVER_ERROR: 'internal',
};

/** Reasons the server gives when Apollo itself refused the request (see format-graphql-error.ts). */
const APOLLO_REQUEST_REASONS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** HTTP statuses that mean "the server (or the proxy in front of it) is not there". */
const UNREACHABLE_STATUSES = new Set([0, 502, 503, 504]);

export function toProblem(error: unknown): Problem {
  const errors = graphQLErrorsOf(error);
  if (errors.length > 0) return fromGraphQLErrors(errors);
  if (ServerError.is(error)) {
    // A status without a GraphQL body: a proxy or load balancer answered, not the API.
    return UNREACHABLE_STATUSES.has(error.statusCode) || error.statusCode >= 500
      ? { kind: 'unreachable' }
      : { kind: 'unexpected' };
  }
  if (ServerParseError.is(error)) return { kind: 'unreachable' };
  if (isNetworkFailure(error)) return { kind: 'unreachable' };
  return { kind: 'unexpected' };
}

/** True when the failure carries the GraphQL error code UNAUTHENTICATED. */
export function isUnauthenticated(error: unknown): boolean {
  return hasErrorCode(graphQLErrorsOf(error), 'UNAUTHENTICATED');
}

export function hasErrorCode(errors: ReadonlyArray<FormattedError> | undefined, code: string): boolean {
  return (errors ?? []).some((e) => e.extensions?.['code'] === code);
}

/** One sentence a clinician can act on. */
export function describeProblem(problem: Problem): string {
  switch (problem.kind) {
    case 'unauthenticated':
      return 'Your session has ended. Please sign in again.';
    case 'forbidden':
      return 'You do not have permission to do this. If you need it, contact your administrator.';
    case 'not-found':
      return 'This item could not be found. It may have been removed.';
    case 'conflict':
      // A stale version is always the same story; other conflicts (a rule that refuses the
      // step, e.g. "Accept or dismiss every finding before signing.") carry the server's words.
      if (problem.reason !== 'STALE_VERSION' && problem.message) return problem.message;
      return 'Someone else changed this at the same time. Reload to see the latest version, then try again.';
    case 'bad-input':
      return problem.message ?? 'Some of the information entered is not valid.';
    case 'internal':
      return problem.errorId
        ? `Something went wrong (reference ${problem.errorId}).`
        : 'Something went wrong. Please try again.';
    case 'unreachable':
      return 'Cannot reach the Consilium server.';
    case 'unexpected':
      return 'Something went wrong. Please try again.';
  }
}

function fromGraphQLErrors(errors: ReadonlyArray<FormattedError>): Problem {
  // The first error with a known code decides; an error without one is unexpected.
  for (const e of errors) {
    const code = e.extensions?.['code'];
    const kind = typeof code === 'string' ? KIND_BY_CODE[code] : undefined;
    if (!kind) continue;
    const problem: Problem = { kind };
    const reason = e.extensions?.['reason'];
    if (typeof reason === 'string' && (kind === 'bad-input' || kind === 'conflict')) problem.reason = reason;
    if (kind === 'bad-input' || kind === 'conflict') {
      const field = e.extensions?.['field'];
      if (typeof field === 'string') problem.field = field;
      // Apollo's own request errors ("Variable $input got invalid value …") are not for clinicians.
      const apolloRequestError = typeof reason === 'string' && APOLLO_REQUEST_REASONS.has(reason);
      if (!apolloRequestError && typeof e.message === 'string' && e.message.trim() !== '') problem.message = e.message;
    }
    if (kind === 'internal') {
      const errorId = e.extensions?.['errorId'];
      if (typeof errorId === 'string' || typeof errorId === 'number') problem.errorId = String(errorId);
    }
    return problem;
  }
  return { kind: 'unexpected' };
}

function graphQLErrorsOf(error: unknown): ReadonlyArray<FormattedError> {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  // A non-2xx response with a GraphQL body (e.g. 401 with `errors`) arrives as ServerError.
  if (ServerError.is(error)) return parseErrors(error.bodyText);
  return [];
}

function parseErrors(bodyText: string): ReadonlyArray<FormattedError> {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
      return body.errors.filter((e): e is FormattedError => typeof e === 'object' && e !== null);
    }
  } catch {
    // Not JSON: not a GraphQL answer.
  }
  return [];
}

function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // fetch() rejects with a TypeError when the connection fails; our timeout aborts with
  // a TimeoutError DOMException.
  return error.name === 'TypeError' || error.name === 'TimeoutError';
}
