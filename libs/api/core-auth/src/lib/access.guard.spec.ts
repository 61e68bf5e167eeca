import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthConfig } from '@kbdm/api/core-config';
import { AccessTokenService } from './access-token.service';
import { AccessGuard, ForbiddenRoleException, UnauthenticatedException } from './access.guard';
import { OptionalAuth, Public, RequireRoles, type RequestWithUser } from './auth.decorators';

const config: AuthConfig = {
  secret: 's'.repeat(32),
  accessTokenTtlSeconds: 900,
  refreshTokenTtlSeconds: 3600,
  secureCookies: true,
};
const person = { id: '6f1f2d9c-0000-4000-8000-000000000001', role: 'entrepreneur' };

// Stand-ins for controller methods: only their decorators matter.
class Routes {
  @Public() open(): string {
    return 'open';
  }
  @OptionalAuth() optional(): string {
    return 'optional';
  }
  guarded(): string {
    return 'guarded';
  }
  @RequireRoles('officer') officersOnly(): string {
    return 'officers only';
  }
}

describe('AccessGuard', () => {
  const tokens = new AccessTokenService(config);
  const guard = new AccessGuard(new Reflector(), tokens);

  /** Runs the guard for a route with the given Authorization header; returns the request it saw. */
  function run(route: keyof Routes, authorization?: string): RequestWithUser {
    const request = { headers: authorization === undefined ? {} : { authorization } } as RequestWithUser;
    const context = {
      getHandler: () => Routes.prototype[route],
      getClass: () => Routes,
      switchToHttp: () => ({ getRequest: () => request }),
    } as unknown as ExecutionContext;
    expect(guard.canActivate(context)).toBe(true);
    return request;
  }

  it('lets anyone through a public route and never reads a token there', () => {
    expect(run('open').user).toBeUndefined();
    expect(run('open', 'Bearer junk').user).toBeUndefined();
  });

  it('names the signed-in user on an optional route and leaves an anonymous request anonymous', () => {
    expect(run('optional', `Bearer ${tokens.sign(person)}`).user).toEqual(person);
    expect(run('optional').user).toBeUndefined();
  });

  it('refuses a sent but invalid or expired token on an optional route instead of ignoring it', () => {
    const expired = tokens.sign(person, Date.now() - 3_600_000);
    for (const header of ['Bearer junk', `Bearer ${expired}`, 'Basic dXNlcjpwYXNz', '']) {
      expect(() => run('optional', header)).toThrow(UnauthenticatedException);
    }
  });

  it('requires a valid token, and the role where one is named, on guarded routes', () => {
    expect(() => run('guarded')).toThrow(UnauthenticatedException);
    expect(run('guarded', `Bearer ${tokens.sign(person)}`).user).toEqual(person);
    expect(() => run('officersOnly', `Bearer ${tokens.sign(person)}`)).toThrow(ForbiddenRoleException);
  });
});
