export { ROLES, SELF_REGISTERED_ROLES } from './lib/role';
export type { Role, SelfRegisteredRole } from './lib/role';
export { normaliseEmail } from './lib/account';
export type { Profile, RegisterRequest, Session, SignInRequest } from './lib/account';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, isCommonPassword, passwordProblem } from './lib/password-policy';
export { binIinControlDigit, isValidBinIin } from './lib/bin-iin';
export { AUDIT_ACTIONS } from './lib/audit';
export type { AuditAction } from './lib/audit';
