export { Role, ALL_ROLES } from './lib/roles';
export { ApiErrorCode } from './lib/error-codes';
