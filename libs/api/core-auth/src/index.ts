export { AccessTokenService } from './lib/access-token.service';
export { AccessGuard, ForbiddenRoleException, UnauthenticatedException } from './lib/access.guard';
export {
  CurrentUser,
  IS_PUBLIC_KEY,
  OPTIONAL_AUTH_KEY,
  OptionalAuth,
  OptionalUser,
  Public,
  RequireRoles,
  ROLES_KEY,
} from './lib/auth.decorators';
export type { AuthenticatedUser, RequestWithUser } from './lib/auth.decorators';
export { CoreAuthModule } from './lib/core-auth.module';
export { assertAccess, mayAccess } from './lib/ownership';
export type { Owned, OwnershipPolicy } from './lib/ownership';
