/**
 * A fresh `Idempotency-Key`: a random UUID. `crypto.randomUUID()` exists only in secure contexts
 * (HTTPS or localhost); a portal served over plain HTTP inside an office network still gets a
 * version-4 UUID from `getRandomValues`, which every browser has.
 */
export function newIdempotencyKey(cryptoSource: Crypto | undefined = globalThis.crypto): string {
  if (typeof cryptoSource?.randomUUID === 'function') return cryptoSource.randomUUID();
  const bytes = new Uint8Array(16);
  if (cryptoSource) cryptoSource.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
