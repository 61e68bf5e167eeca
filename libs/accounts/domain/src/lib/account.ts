import type { AppointedRole, Role, SelfRegisteredRole } from './role';

/** Body of `POST /api/v1/auth/register`. */
export type RegisterRequest = {
  email: string;
  password: string;
  role: SelfRegisteredRole;
  fullName: string;
  phone?: string;
  /** Id of the district (from `/api/v1/districts`) the person works in. */
  districtId?: string;
};

/** Body of `POST /api/v1/auth/sign-in`. */
export type SignInRequest = {
  email: string;
  password: string;
};

/** Legal forms of a registered business in Kazakhstan: ИП, ТОО, АО, крестьянское хозяйство, кооператив. */
export const LEGAL_FORMS = ['individual_entrepreneur', 'llp', 'jsc', 'farm', 'cooperative'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Size of a business as the law on entrepreneurship counts it. */
export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

/** A registered business of an entrepreneur or investor. */
export type Business = {
  name: string;
  /** BIN (legal entity) or IIN (individual entrepreneur): 12 digits with a valid control digit. */
  binIin: string;
  legalForm: LegalForm;
  /** OKED code of the main activity, e.g. `C23` or `C23.3`. */
  okedCode: string;
  size: CompanySize;
};

/** The signed-in person's own account, as `GET /api/v1/me` answers. */
export type Profile = {
  id: string;
  email: string;
  role: Role;
  fullName: string;
  phone: string | null;
  districtId: string | null;
  business: Business | null;
  /** ISO instant. */
  createdAt: string;
};

/** Body of `PATCH /api/v1/me`: only the fields given change; `null` clears one. */
export type UpdateProfileRequest = {
  fullName?: string;
  phone?: string | null;
  districtId?: string | null;
  business?: Business | null;
};

/** An account as administrators see it (`GET /api/v1/admin/users`). */
export type AdminUser = Profile & {
  /** ISO instant, or null while the account is active. */
  deactivatedAt: string | null;
  lastSignInAt: string | null;
};

/** Body of `PATCH /api/v1/admin/users/:id/role`. */
export type ChangeRoleRequest = { role: Role; reason: string };

/** Body of `POST /api/v1/admin/users`: an administrator appoints an officer or another administrator. */
export type CreateAccountRequest = {
  email: string;
  fullName: string;
  role: AppointedRole;
  /** Chosen by the administrator and handed over out of band; it must pass the password policy. */
  password: string;
};

/**
 * Body of `POST /api/v1/admin/users/:id/deactivate` (reason required), `/reactivate` and
 * `/sessions/revoke` (reason optional): the reason goes to the audit log.
 */
export type AccountActionRequest = { reason?: string };

/** OKED code of an activity: a section letter, then optionally division, group, class, subclass (`C`, `C23`, `C23.3`, `C23.31.0`). */
export const OKED_CODE_PATTERN = /^[A-U](\d{2}(\.\d{1,2}(\.\d)?)?)?$/;

/** One line of the audit log (`GET /api/v1/admin/audit-events`). */
export type AuditEventView = {
  id: string;
  /** ISO instant. */
  at: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
};

/**
 * A session's answer (sign-in and refresh): a short-lived access token to send as
 * `Authorization: Bearer …`. The refresh token travels only in an httpOnly cookie.
 */
export type Session = {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds the access token stays valid. */
  expiresIn: number;
  user: Profile;
};

/**
 * One signed-in device or browser of the caller: a chain of refresh tokens from one sign-in.
 * `id` names the chain, so ending it signs that device out.
 */
export type ActiveSession = {
  id: string;
  signedInAt: string;
  /** When the session was last refreshed (the web app refreshes on each visit). */
  lastActiveAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
};

/** E-mail as stored and compared: trimmed and lower-case, so that case never makes a second account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
