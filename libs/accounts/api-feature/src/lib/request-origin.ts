import { clientAddressOf } from '@kbdm/api/core-http';
import type { FastifyRequest } from 'fastify';

/** Where a request came from, for sessions and the audit log. */
export type RequestOrigin = { ip: string | null; userAgent: string | null };

export function originOf(request: FastifyRequest): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return {
    ip: clientAddressOf(request),
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null,
  };
}
