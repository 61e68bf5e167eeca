export { APPOINTED_ROLES, ROLES, SELF_REGISTERED_ROLES } from './lib/role';
export type { AppointedRole, Role, SelfRegisteredRole } from './lib/role';
export { COMPANY_SIZES, LEGAL_FORMS, OKED_CODE_PATTERN, normaliseEmail } from './lib/account';
export type {
  AccountActionRequest,
  ActiveSession,
  AdminUser,
  AuditEventView,
  Business,
  ChangeRoleRequest,
  CompanySize,
  CreateAccountRequest,
  LegalForm,
  Profile,
  RegisterRequest,
  Session,
  SignInRequest,
  UpdateProfileRequest,
} from './lib/account';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, isCommonPassword, passwordProblem } from './lib/password-policy';
export { binIinControlDigit, isValidBinIin } from './lib/bin-iin';
export { AUDIT_ACTIONS } from './lib/audit';
export type { AuditAction } from './lib/audit';
