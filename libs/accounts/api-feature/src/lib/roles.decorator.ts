import { RequireRoles } from '@kbdm/api/core-auth';
import type { Role } from '@kbdm/accounts/domain';

/** Only these roles may call the route (checked by the global guard of `api/core-auth`). */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator => RequireRoles(...roles);
