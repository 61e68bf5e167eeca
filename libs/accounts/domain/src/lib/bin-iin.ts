const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedRemainder(digits: number[], weights: number[]): number {
  return digits.reduce((sum, digit, i) => sum + digit * weights[i], 0) % 11;
}

/**
 * The control digit of a Kazakh BIN/IIN from its first 11 digits, or null when none exists.
 * Kazakhstan's rule: the digits weighted 1..11, sum mod 11; a result of 10 is retried with the
 * weights 3..11, 1, 2; a second 10 means the number was never issued.
 */
export function binIinControlDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  const first = weightedRemainder(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedRemainder(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** True when `value` is 12 digits whose last is the control digit of the first 11. */
export function isValidBinIin(value: string): boolean {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) return false;
  const control = binIinControlDigit(value.slice(0, 11));
  return control !== null && control === Number(value[11]);
}
