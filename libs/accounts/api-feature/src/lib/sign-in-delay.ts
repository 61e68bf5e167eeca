/** Failures forgiven before the account is slowed: typos happen. */
const FREE_FAILURES = 3;
/** The longest wait: an attacker is slowed to a few guesses an hour, the owner is never locked out for good. */
export const MAX_SIGN_IN_DELAY_SECONDS = 15 * 60;

/** Seconds before the next sign-in may be tried after `failures` failed ones in a row: 1, 2, 4 … 900. */
export function signInDelaySeconds(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_SIGN_IN_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES - 1));
}
