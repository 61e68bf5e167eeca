import { createHash } from 'node:crypto';

// A fixed namespace for the portal's seeded items (a random UUID, chosen once).
const NAMESPACE = 'c8a1f1f4-4a3e-4b0e-9d53-6f1f2d9c2b71';

/**
 * A name-based UUID (version 5, RFC 9562) for a seeded item: the same kind and code give the
 * same id on every machine, so links to demo items stay valid across reinstalls.
 */
export function stableId(kind: string, code: string): string {
  const namespace = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(`${kind}:${code}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
