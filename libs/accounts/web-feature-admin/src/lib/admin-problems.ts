import { type FormFailure, generalErrorLines } from '@kbdm/accounts/web-feature-auth';
import type { Dictionary } from '@kbdm/shared/web-core';

/**
 * The lines above an administrator's form: a refusal (409), a vanished account (404) or a missing
 * right (403) in the interface language; anything else as the accounts forms show it.
 */
export function adminErrorLines(failure: FormFailure | null, t: Dictionary): string[] {
  if (!failure) return [];
  const { problem } = failure;
  if (problem.code === 'own_admin_account') return [t.admin.refused, t.admin.ownAccount];
  // A 409 naming a field (a taken e-mail) sits beside that field instead.
  if (problem.status === 409 && !problem.errors?.length) return [t.admin.refused, problem.detail ?? problem.title];
  if (problem.status === 404) return [t.admin.notFound];
  if (problem.status === 403) return [t.admin.forbidden];
  return generalErrorLines(failure, t.accounts);
}
