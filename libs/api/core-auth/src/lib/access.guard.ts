import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainException } from '@kbdm/api/core-errors';
import { AccessTokenService } from './access-token.service';
import {
  type AuthenticatedUser,
  IS_PUBLIC_KEY,
  OPTIONAL_AUTH_KEY,
  ROLES_KEY,
  type RequestWithUser,
} from './auth.decorators';

/** 401: no valid access token. */
export class UnauthenticatedException extends DomainException {
  constructor(message = 'Sign in: this needs a valid access token (Authorization: Bearer …).') {
    super('unauthenticated', 401, message, [], { 'www-authenticate': 'Bearer' });
  }
}

/** 403: signed in, but the role may not do this. */
export class ForbiddenRoleException extends DomainException {
  constructor(roles: string[]) {
    super('forbidden', 403, `Only ${roles.join(', ')} may do this.`);
  }
}

/**
 * The global guard: every route needs a valid access token unless it, or its controller, is
 * `@Public()`; routes with roles need one of them. An `@OptionalAuth()` route needs no token,
 * but one that is sent must be valid, and names the user.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets);
    const readsUser = this.reflector.getAllAndOverride<boolean>(OPTIONAL_AUTH_KEY, targets);
    if (isPublic && !readsUser) return true;
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    if (isPublic && request.headers.authorization === undefined) return true;
    const user = this.userOf(request.headers.authorization);
    if (!user) throw new UnauthenticatedException();
    request.user = user;
    if (isPublic) return true;
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets);
    if (roles && roles.length > 0 && !roles.includes(user.role)) throw new ForbiddenRoleException(roles);
    return true;
  }

  private userOf(header: string | undefined): AuthenticatedUser | null {
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header.trim()) : null;
    return match ? this.tokens.verify(match[1]) : null;
  }
}
