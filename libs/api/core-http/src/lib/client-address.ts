import { isIPv4, isIPv6 } from 'node:net';
import type { FastifyRequest } from 'fastify';

/**
 * The client's address as Fastify reads it: the peer of the socket, or the address a trusted
 * proxy names in `X-Forwarded-For` (which proxies are trusted is `TRUST_PROXY`). The one way
 * the API learns who is calling, for the audit log and for throttling alike.
 */
export function clientAddressOf(request: FastifyRequest): string | null {
  return request.ip ? request.ip.slice(0, 64) : null;
}

/** The eight 16-bit groups of a valid IPv6 address, as lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  const halves = address.split('%')[0].toLowerCase().split('::');
  const groupsOf = (part: string): string[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!isIPv4(group)) return [group];
          const [a, b, c, d] = group.split('.').map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const head = groupsOf(halves[0]);
  const tail = halves.length > 1 ? groupsOf(halves[1]) : [];
  const zeros: string[] = Array.from({ length: 8 - head.length - tail.length }, () => '0');
  return [...head, ...zeros, ...tail].map((group) => parseInt(group, 16).toString(16));
}

/**
 * What one client is throttled as: its IPv4 address, or the /64 network of its IPv6 address —
 * a subscriber is usually given a whole /64 and could otherwise take a fresh address per request.
 * An IPv4 address written as IPv6 (`::ffff:192.0.2.7`) counts as the IPv4 address.
 */
export function throttleKeyOf(address: string | null): string {
  if (!address || !isIPv6(address)) return address ?? 'unknown';
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((group) => group === '0') && groups[5] === 'ffff') {
    const [high, low] = [parseInt(groups[6], 16), parseInt(groups[7], 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return `${groups.slice(0, 4).join(':')}::/64`;
}
