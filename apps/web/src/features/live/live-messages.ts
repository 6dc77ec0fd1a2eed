// What a clinician reads when the room refuses something: plain sentences, never codes or JSON.
import type { LiveError } from '@consilium/contracts';

import type { LiveProblem } from './live-connection';

const BY_REASON: Record<string, string> = {
  NOT_TEAM_MEMBER: 'You are not a member of this meeting’s team, so you cannot join its room.',
  ROLE_REQUIRED: 'Your role does not allow this in the meeting room.',
  NOT_A_VOTER: 'Only physicians, radiologists and pharmacists vote.',
  NOT_PRESENT: 'You need to be in the room to do this.',
  NOT_IN_ROOM: 'You are no longer in the meeting room. Reload the page to join again.',
  NO_DECISION: 'There is no proposed decision for this case yet.',
  NO_ANSWER: 'The server did not answer in time. Check your connection and try again.',
  NOT_CONNECTED: 'You are not connected to the meeting room yet.',
  MEETING_CLOSED: 'This meeting has closed; its room is no longer open.',
};

const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You do not have permission to do this.',
  NOT_FOUND: 'This meeting could not be found, or it belongs to a team you are not part of.',
  CONFLICT: 'This cannot be done at this point of the meeting.',
  BAD_USER_INPUT: 'Some of the information entered is not valid.',
  INTERNAL_SERVER_ERROR: 'Something went wrong. Please try again.',
};

export function describeLiveError(error: LiveError): string {
  if (BY_REASON[error.reason]) return BY_REASON[error.reason]!;
  // Conflicts and input errors from the meetings domain carry a sentence written for people.
  if (
    (error.code === 'CONFLICT' || error.code === 'BAD_USER_INPUT') &&
    error.message &&
    !/[{}[\]]/.test(error.message)
  ) {
    return error.message;
  }
  return BY_CODE[error.code] ?? BY_CODE['INTERNAL_SERVER_ERROR']!;
}

export function describeLiveProblem(problem: LiveProblem): string {
  switch (problem.kind) {
    case 'session-ended':
      return 'Your session has ended. Please sign in again to rejoin the meeting.';
    case 'access-revoked':
      return 'Your access to this meeting has been withdrawn.';
    case 'unreachable':
      return 'Cannot reach the meeting room. Check your network connection and try again.';
    case 'refused':
      return describeLiveError(problem.error);
  }
}
