import type { AuthConfig } from '@kbdm/api/core-config';
import type { CookieSerializeOptions } from '@fastify/cookie';
import { createHash, randomBytes } from 'node:crypto';

export const REFRESH_COOKIE = 'kbdm_refresh';
/** The cookie goes only to the endpoints that use it. */
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

/** 256 random bits, URL-safe. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token: a leaked table holds no usable token. */
export function refreshTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function refreshCookieOptions(
  config: AuthConfig,
  maxAgeSeconds = config.refreshTokenTtlSeconds,
): CookieSerializeOptions {
  return {
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
    maxAge: maxAgeSeconds,
  };
}
