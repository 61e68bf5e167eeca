import type { Role, SelfRegisteredRole } from './role';

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

/** The signed-in person's own account, as `GET /api/v1/me` answers. */
export type Profile = {
  id: string;
  email: string;
  role: Role;
  fullName: string;
  phone: string | null;
  districtId: string | null;
  /** ISO instant. */
  createdAt: string;
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

/** E-mail as stored and compared: trimmed and lower-case, so that case never makes a second account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
