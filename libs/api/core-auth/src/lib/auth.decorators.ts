import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** Who made the request, as the access token says. */
export type AuthenticatedUser = {
  id: string;
  role: string;
};

export const IS_PUBLIC_KEY = 'kbdm:public';
export const ROLES_KEY = 'kbdm:roles';
export const OPTIONAL_AUTH_KEY = 'kbdm:optional-auth';

/** The route (or every route of the controller) answers without an access token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/**
 * The route answers without an access token, like `@Public()`, but reads one if it is sent:
 * `@OptionalUser()` is then the signed-in user. A token that is sent but invalid or expired is
 * refused with 401 rather than ignored, so a client that meant to be signed in refreshes its
 * token instead of being answered as a stranger.
 */
export const OptionalAuth = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC_KEY, true), SetMetadata(OPTIONAL_AUTH_KEY, true));

/** Only these roles may call the route; prefer the typed `@Roles(...)` of the accounts feature. */
export const RequireRoles = (...roles: string[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

export type RequestWithUser = FastifyRequest & { user?: AuthenticatedUser };

/** The signed-in user of a guarded route. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<RequestWithUser>().user;
  // The global guard sets it on every route that is not public; reaching here without it is a wiring error.
  if (!user) throw new Error('@CurrentUser() on a public route');
  return user;
});

/** The signed-in user of an `@OptionalAuth()` route, or null for an anonymous request. */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser | null =>
    context.switchToHttp().getRequest<RequestWithUser>().user ?? null,
);
