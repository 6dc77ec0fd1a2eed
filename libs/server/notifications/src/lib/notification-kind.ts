import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  FOLLOW_UP_REMINDER = 'FOLLOW_UP_REMINDER',
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
  FOLLOW_UP_OVERDUE = 'FOLLOW_UP_OVERDUE',
  FOLLOW_UP_FULFILLED = 'FOLLOW_UP_FULFILLED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesMap: {
    FOLLOW_UP_REMINDER: { description: 'A follow-up scan is coming up: book it.' },
    FOLLOW_UP_DUE: { description: 'A follow-up scan is due today.' },
    FOLLOW_UP_OVERDUE: { description: 'A follow-up scan has passed its due date and the team grace period without a report (escalation).' },
    FOLLOW_UP_FULFILLED: { description: 'The planned follow-up scan was reported; the case is back on the worklist.' },
  },
});
