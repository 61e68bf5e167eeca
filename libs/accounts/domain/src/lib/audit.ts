/** What the audit log records; later issues add their privileged actions here. */
export const AUDIT_ACTIONS = [
  'account.registered',
  'sign_in.succeeded',
  'sign_in.failed',
  'sign_out',
  'session.reuse_detected',
  'profile.updated',
  'account.created',
  'account.role_changed',
  'account.deactivated',
  'account.reactivated',
  'sessions.revoked',
  'session.ended',
  'assessment.claimed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
