import { InvalidInputException } from '@kbdm/api/core-errors';

/** Visible ASCII, as the IETF draft on the `Idempotency-Key` header allows; a UUID fits. */
const KEY = /^[\x21-\x7e]{1,128}$/;

/** The header's value, or null when none is sent; a malformed key is a 400 naming the header. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !KEY.test(value)) {
    throw InvalidInputException.field('Idempotency-Key', 'must be 1 to 128 visible ASCII characters');
  }
  return value;
}
