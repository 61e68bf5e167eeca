import { ItemNotFoundException } from '@kbdm/api/core-errors';
import type { AuthenticatedUser } from './auth.decorators';

/** An object that belongs to one person: an application, a session, an expression of interest. */
export type Owned = { id: string; ownerId: string };

/**
 * Who may reach an object besides its owner: roles that see everyone's (officers see every
 * application), given per kind of object by the module that owns it.
 */
export type OwnershipPolicy = {
  /** The object's kind in problem codes and messages: `application`, `session`. */
  kind: string;
  /** Roles that may read or act on anyone's object of this kind. */
  staffRoles?: readonly string[];
};

/** True when `user` owns `object` or holds one of the policy's staff roles. */
export function mayAccess(user: AuthenticatedUser, object: Owned, policy: OwnershipPolicy): boolean {
  return object.ownerId === user.id || (policy.staffRoles ?? []).includes(user.role);
}

/**
 * The one ownership check every module uses on the objects it loads by id. An object someone
 * may not reach is answered exactly like one that does not exist (404 `<kind>_not_found`), so a
 * signed-in person cannot learn by probing ids which objects exist. Returns the object, so a
 * service can write `const application = assertAccess(user, await repo.find(id), policy)`.
 */
export function assertAccess<T extends Owned>(
  user: AuthenticatedUser,
  object: T | null | undefined,
  policy: OwnershipPolicy,
  id = object?.id ?? '',
): T {
  if (!object || !mayAccess(user, object, policy)) throw new ItemNotFoundException(policy.kind, id);
  return object;
}
