import { ROLES, type Role } from '@kbdm/accounts/domain';
import type { PersonRef } from '@kbdm/applications/domain';
import type { Dictionary } from '@kbdm/shared/web-core';

/** A person with their role in the interface language: «Дана Аманжолова (сотрудник)». */
export function personWithRole(person: PersonRef, t: Dictionary): string {
  const role = (ROLES as readonly string[]).includes(person.role) ? t.accounts.roles[person.role as Role] : null;
  return role ? `${person.fullName} (${role.toLocaleLowerCase()})` : person.fullName;
}
