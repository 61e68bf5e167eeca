import { Inject, Injectable } from '@nestjs/common';
import { authConfig, type AuthConfig } from '@kbdm/api/core-config';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuthenticatedUser } from './auth.decorators';

// A JWT with a fixed header: nothing in the token chooses how it is checked.
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

type Claims = { sub: string; role: string; iat: number; exp: number };

/**
 * Short-lived access tokens: JWT-shaped, HMAC-SHA256 over `header.payload` with `AUTH_SECRET`,
 * checked with a constant-time comparison. Stateless: revocation works through the refresh
 * token, so a signed-out access token lives at most its 15 minutes.
 */
@Injectable()
export class AccessTokenService {
  constructor(@Inject(authConfig.KEY) private readonly config: AuthConfig) {}

  get ttlSeconds(): number {
    return this.config.accessTokenTtlSeconds;
  }

  sign(user: AuthenticatedUser, now = Date.now()): string {
    const iat = Math.floor(now / 1000);
    const claims: Claims = { sub: user.id, role: user.role, iat, exp: iat + this.config.accessTokenTtlSeconds };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${HEADER}.${payload}.${this.signature(`${HEADER}.${payload}`).toString('base64url')}`;
  }

  /** The user the token names, or null when it is malformed, forged or expired. */
  verify(token: string, now = Date.now()): AuthenticatedUser | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return null;
    const expected = this.signature(`${parts[0]}.${parts[1]}`);
    const given = Buffer.from(parts[2], 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let claims: Partial<Claims>;
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Partial<Claims>;
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || typeof claims.role !== 'string' || typeof claims.exp !== 'number') return null;
    if (claims.exp <= Math.floor(now / 1000)) return null;
    return { id: claims.sub, role: claims.role };
  }

  private signature(input: string): Buffer {
    return createHmac('sha256', this.config.secret).update(input).digest();
  }
}
