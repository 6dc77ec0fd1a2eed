import { ApiErrorCode } from '@consilium/contracts';
import { AppError, ClientErrorCode } from '@consilium/server-core';

export enum MeetingsErrorCode {
  MEETING_NOT_FOUND = 'MEETING_NOT_FOUND',
  AGENDA_ITEM_NOT_FOUND = 'AGENDA_ITEM_NOT_FOUND',
  TEAM_NOT_FOUND = 'TEAM_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  MEETING_NOT_SCHEDULED = 'MEETING_NOT_SCHEDULED',
  MEETING_NOT_LIVE = 'MEETING_NOT_LIVE',
  MEETING_CLOSED = 'MEETING_CLOSED',
  CASE_NOT_READY = 'CASE_NOT_READY',
  CASE_OF_OTHER_TEAM = 'CASE_OF_OTHER_TEAM',
  ILLEGAL_ITEM_STEP = 'ILLEGAL_ITEM_STEP',
  ANOTHER_ITEM_PRESENTING = 'ANOTHER_ITEM_PRESENTING',
  NOT_CHAIR_OR_COORDINATOR = 'NOT_CHAIR_OR_COORDINATOR',
  NOT_PRESENT = 'NOT_PRESENT',
  NOT_A_VOTER = 'NOT_A_VOTER',
  CLIENT_EVENT_REUSED = 'CLIENT_EVENT_REUSED',
  DECISION_OF_OTHER_CASE = 'DECISION_OF_OTHER_CASE',
  INQUORATE_REASON_REQUIRED = 'INQUORATE_REASON_REQUIRED',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  USER_INACTIVE = 'USER_INACTIVE',
  ALREADY_TEAM_MEMBER = 'ALREADY_TEAM_MEMBER',
  ALREADY_INVITED = 'ALREADY_INVITED',
  GUEST_ROLE_NOT_ALLOWED = 'GUEST_ROLE_NOT_ALLOWED',
  INVITATION_NOT_FOUND = 'INVITATION_NOT_FOUND',
  INVITATION_REVOKED = 'INVITATION_REVOKED',
}

const API_CODE: Record<MeetingsErrorCode, ClientErrorCode> = {
  MEETING_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  AGENDA_ITEM_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  TEAM_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  STALE_VERSION: ApiErrorCode.CONFLICT,
  MEETING_NOT_SCHEDULED: ApiErrorCode.CONFLICT,
  MEETING_NOT_LIVE: ApiErrorCode.CONFLICT,
  MEETING_CLOSED: ApiErrorCode.CONFLICT,
  CASE_NOT_READY: ApiErrorCode.CONFLICT,
  CASE_OF_OTHER_TEAM: ApiErrorCode.BAD_USER_INPUT,
  ILLEGAL_ITEM_STEP: ApiErrorCode.CONFLICT,
  ANOTHER_ITEM_PRESENTING: ApiErrorCode.CONFLICT,
  NOT_CHAIR_OR_COORDINATOR: ApiErrorCode.FORBIDDEN,
  NOT_PRESENT: ApiErrorCode.FORBIDDEN,
  NOT_A_VOTER: ApiErrorCode.FORBIDDEN,
  CLIENT_EVENT_REUSED: ApiErrorCode.CONFLICT,
  DECISION_OF_OTHER_CASE: ApiErrorCode.BAD_USER_INPUT,
  INQUORATE_REASON_REQUIRED: ApiErrorCode.BAD_USER_INPUT,
  USER_NOT_FOUND: ApiErrorCode.BAD_USER_INPUT,
  USER_INACTIVE: ApiErrorCode.BAD_USER_INPUT,
  ALREADY_TEAM_MEMBER: ApiErrorCode.BAD_USER_INPUT,
  ALREADY_INVITED: ApiErrorCode.CONFLICT,
  GUEST_ROLE_NOT_ALLOWED: ApiErrorCode.BAD_USER_INPUT,
  INVITATION_NOT_FOUND: ApiErrorCode.NOT_FOUND,
  INVITATION_REVOKED: ApiErrorCode.CONFLICT,
};

const MESSAGE: Record<MeetingsErrorCode, string> = {
  MEETING_NOT_FOUND: 'No such meeting.',
  AGENDA_ITEM_NOT_FOUND: 'No such agenda item.',
  TEAM_NOT_FOUND: 'No such team.',
  STALE_VERSION: 'Someone else changed this record; reload it and try again.',
  MEETING_NOT_SCHEDULED: 'Only a scheduled meeting can be changed or started.',
  MEETING_NOT_LIVE: 'This needs the meeting to be live.',
  MEETING_CLOSED: 'The meeting is closed.',
  CASE_NOT_READY: 'Only a READY case can be listed; mark it ready first.',
  CASE_OF_OTHER_TEAM: "The case belongs to another team than the meeting's.",
  ILLEGAL_ITEM_STEP: 'The agenda item cannot make that step from its current status.',
  ANOTHER_ITEM_PRESENTING: 'Another case is being presented; finish it first.',
  NOT_CHAIR_OR_COORDINATOR: 'Only the chair or a coordinator of the team can do this.',
  NOT_PRESENT: 'You must be present in the meeting room to do this.',
  NOT_A_VOTER: 'Only physicians, radiologists and pharmacists vote.',
  CLIENT_EVENT_REUSED: 'This client event id was already used for a different vote.',
  DECISION_OF_OTHER_CASE: "The decision is not on this agenda item's case.",
  INQUORATE_REASON_REQUIRED: 'The meeting is not quorate; give a reason to sign anyway.',
  USER_NOT_FOUND: 'No such user.',
  USER_INACTIVE: 'This user is deactivated and cannot be invited.',
  ALREADY_TEAM_MEMBER: "This user is a member of the meeting's team and needs no invitation.",
  ALREADY_INVITED: 'This user is already invited to the meeting.',
  GUEST_ROLE_NOT_ALLOWED: 'A guest attends as one of their own roles: physician, radiologist or pharmacist.',
  INVITATION_NOT_FOUND: 'No such invitation.',
  INVITATION_REVOKED: 'This invitation is already revoked.',
};

export class MeetingsException extends AppError {
  constructor(code: MeetingsErrorCode, field?: string, message?: string) {
    super(API_CODE[code], code, message ?? MESSAGE[code], field);
  }
}
