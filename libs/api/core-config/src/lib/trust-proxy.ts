import { isIP } from 'node:net';

/**
 * Which peers may name the client in `X-Forwarded-For` (Fastify's `trustProxy`): `false` for
 * none, `true` for any (only when nothing but the proxy can reach the API), or addresses, CIDR
 * ranges and the names `loopback`, `linklocal` and `uniquelocal`. No hop count: Fastify 5.12
 * treats one as trusting nobody, as it cannot tell a proxy from a client that sends enough hops.
 */
export type TrustProxy = boolean | string[];

/**
 * Proxies on this machine or a private network (a container's ingress, a load balancer) are
 * believed; a client on the internet that sends its own `X-Forwarded-For` is not, so it cannot
 * choose the address its requests are throttled and audited under.
 */
export const DEFAULT_TRUST_PROXY: readonly string[] = ['loopback', 'linklocal', 'uniquelocal'];

const PROXY_RANGE_NAMES = new Set(DEFAULT_TRUST_PROXY);

function isAddressOrRange(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry) || isIP(entry) !== 0) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || bits === undefined || !/^\d{1,3}$/.test(bits)) return false;
  const family = isIP(address);
  return family !== 0 && Number(bits) <= (family === 4 ? 32 : 128);
}

/** Reads `TRUST_PROXY`: `true`/`false` or a comma-separated list; null if it is neither. */
export function parseTrustProxy(raw: string): TrustProxy | null {
  const value = raw.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  const entries = value.split(',').map((entry) => entry.trim());
  return entries.every(isAddressOrRange) ? entries : null;
}
