import { registerEnumType } from '@nestjs/graphql';

/** SCHEDULED ─start─► LIVE ─close─► CLOSED (docs/meetings.md). */
export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  CLOSED = 'CLOSED',
}

/**
 * LISTED ─present─► PRESENTING ─► DISCUSSED | DEFERRED; LISTED ─► DISCUSSED | DEFERRED directly;
 * LISTED or PRESENTING at close ─► NOT_REACHED.
 */
export enum AgendaItemStatus {
  LISTED = 'LISTED',
  PRESENTING = 'PRESENTING',
  DISCUSSED = 'DISCUSSED',
  DEFERRED = 'DEFERRED',
  NOT_REACHED = 'NOT_REACHED',
}

/** Why a case was not discussed; OTHER needs a note. */
export enum DeferralReason {
  MISSING_IMAGING = 'MISSING_IMAGING',
  MISSING_PATHOLOGY = 'MISSING_PATHOLOGY',
  MISSING_PHARMACIST_REVIEW = 'MISSING_PHARMACIST_REVIEW',
  KEY_MEMBER_ABSENT = 'KEY_MEMBER_ABSENT',
  OUT_OF_TIME = 'OUT_OF_TIME',
  OTHER = 'OTHER',
}

export enum VoteChoice {
  AGREE = 'AGREE',
  DISAGREE = 'DISAGREE',
  ABSTAIN = 'ABSTAIN',
}

/** Items still waiting for the board: they become NOT_REACHED when the meeting closes. */
export const OPEN_ITEM_STATUSES: readonly AgendaItemStatus[] = [AgendaItemStatus.LISTED, AgendaItemStatus.PRESENTING];

registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(AgendaItemStatus, { name: 'AgendaItemStatus' });
registerEnumType(DeferralReason, { name: 'DeferralReason', description: 'Coded reason a case was deferred; OTHER needs a note.' });
registerEnumType(VoteChoice, { name: 'VoteChoice' });
