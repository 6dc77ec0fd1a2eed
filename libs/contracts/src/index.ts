export { Role, ALL_ROLES } from './lib/roles';
export { ApiErrorCode } from './lib/error-codes';
export * from './lib/live-events';
export { RoomSequence, SliceVersions } from './lib/live-sequence';
export type { SequenceVerdict } from './lib/live-sequence';
