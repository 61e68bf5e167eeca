import { applyDecorators, type CanActivate, type ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiHeader } from '@nestjs/swagger';
import { DomainException } from '@kbdm/api/core-errors';
import type { FastifyRequest } from 'fastify';
import { ProblemDetailsDto } from './common.responses';

/**
 * The header a route that acts on a cookie requires (OWASP's custom request header defence).
 * A page on another site can make a browser send a form or a plain request with our cookies,
 * but not with a header of its own: that needs a CORS preflight, which the API never grants.
 * The web client (`AuthClient`) sends `X-KBDM-CSRF: 1`.
 */
export const CSRF_HEADER = 'X-KBDM-CSRF';

/** 403: a cookie-authenticated write came without the CSRF header. */
export class CsrfHeaderMissingException extends DomainException {
  constructor() {
    super('csrf_header_missing', 403, `This route acts on the session cookie: send the ${CSRF_HEADER}: 1 header.`);
  }
}

/** Refuses a request without a non-empty CSRF header. */
@Injectable()
export class CsrfHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const value = context.switchToHttp().getRequest<FastifyRequest>().headers[CSRF_HEADER.toLowerCase()];
    if (typeof value !== 'string' || value.trim() === '') throw new CsrfHeaderMissingException();
    return true;
  }
}

/** The route reads a cookie to change state: it requires the CSRF header (403 without it). */
export const RequireCsrfHeader = (): MethodDecorator =>
  applyDecorators(
    UseGuards(CsrfHeaderGuard),
    ApiHeader({
      name: CSRF_HEADER,
      required: true,
      description: 'Any non-empty value, e.g. `1`: proves the request is not a cross-site form',
    }),
    ApiForbiddenResponse({
      type: ProblemDetailsDto,
      description: `Without the \`${CSRF_HEADER}\` header (\`code: csrf_header_missing\`), or sent from another site (\`code: forbidden\`)`,
    }),
  );
