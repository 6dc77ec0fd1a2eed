import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

import { describeProblem, toProblem } from './problem';

const graphQLError = (extensions: Record<string, unknown>, message = 'msg') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('toProblem / describeProblem', () => {
  it('gives an internal error its reference, never the server message', () => {
    const problem = toProblem(graphQLError({ code: 'INTERNAL_SERVER_ERROR', errorId: 'e-42' }, 'TypeError: x is undefined'));
    expect(describeProblem(problem)).toBe('Something went wrong (reference e-42).');
  });

  it('keeps the field and message of BAD_USER_INPUT', () => {
    const problem = toProblem(graphQLError({ code: 'BAD_USER_INPUT', field: 'email' }, 'Email is too long.'));
    expect(problem).toEqual({ kind: 'bad-input', field: 'email', message: 'Email is too long.' });
  });

  it('treats a failed fetch and a 502 from the proxy as "cannot reach the server"', () => {
    expect(toProblem(new TypeError('Failed to fetch')).kind).toBe('unreachable');
    const response = { status: 502, headers: new Headers() } as Response;
    expect(toProblem(new ServerError('Bad gateway', { response, bodyText: '' })).kind).toBe('unreachable');
    expect(describeProblem({ kind: 'unreachable' })).toBe('Cannot reach the Consilium server.');
  });

  it('reads GraphQL errors from a non-2xx response body', () => {
    const response = { status: 401, headers: new Headers() } as Response;
    const bodyText = JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(toProblem(new ServerError('401', { response, bodyText })).kind).toBe('unauthenticated');
  });

  it('calls an error without a known code unexpected', () => {
    expect(toProblem(graphQLError({})).kind).toBe('unexpected');
    expect(toProblem('boom').kind).toBe('unexpected');
  });
});

describe('conflicts and request errors', () => {
  it('shows the server sentence of a rule conflict, but the standard one for a stale version', () => {
    const pending = toProblem(
      graphQLError({ code: 'CONFLICT', reason: 'FINDINGS_PENDING', field: 'id' }, 'Accept or dismiss every finding before signing.'),
    );
    expect(pending).toMatchObject({ kind: 'conflict', reason: 'FINDINGS_PENDING' });
    expect(describeProblem(pending)).toBe('Accept or dismiss every finding before signing.');
    const stale = toProblem(graphQLError({ code: 'CONFLICT', reason: 'STALE_VERSION' }, 'Someone else changed this review.'));
    expect(describeProblem(stale)).toMatch(/^Someone else changed this at the same time/);
  });

  it('never shows Apollo request-validation text', () => {
    const problem = toProblem(
      graphQLError({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' }, 'Variable "$input" got invalid value 1.5'),
    );
    expect(describeProblem(problem)).toBe('Some of the information entered is not valid.');
  });
});
