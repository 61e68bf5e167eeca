import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FieldError, ProblemDetails } from '@kbdm/shared/domain';
import { PROBLEM_CONTENT_TYPE } from '@kbdm/shared/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException } from './domain.exception';

const TYPE_BASE = 'https://kbdm.kz/problems/';

/** SQLSTATE classes that are the caller's fault, with the answer they get. */
const SQLSTATE_STATUS: Record<string, { status: number; code: string; title: string }> = {
  '23505': { status: 409, code: 'conflict', title: 'The item already exists.' },
  '23503': { status: 409, code: 'conflict', title: 'The item is referenced by another or refers to a missing one.' },
  '40001': { status: 409, code: 'conflict', title: 'The item was changed at the same time; try again.' },
  '40P01': { status: 409, code: 'conflict', title: 'The item was changed at the same time; try again.' },
  '22P02': { status: 400, code: 'invalid_input', title: 'A value has the wrong format.' },
  '22003': { status: 400, code: 'invalid_input', title: 'A number is out of range.' },
};

type Mapped = {
  status: number;
  code: string;
  title: string;
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
};

function slug(status: number): string {
  const name = HttpStatus[status];
  return typeof name === 'string' ? name.toLowerCase() : 'error';
}

function titleOf(status: number): string {
  const name = HttpStatus[status];
  return typeof name === 'string'
    ? name
        .toLowerCase()
        .split('_')
        .map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w))
        .join(' ')
    : 'Error';
}

/**
 * Answers every error as RFC 9457 problem details. Domain exceptions keep their code and
 * fields; database errors are mapped by SQLSTATE; anything unexpected is logged and answered
 * as a 500 that reveals nothing.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const mapped = this.map(exception);
    if (mapped.status >= 500) {
      this.logger.error(
        `${request.method} ${request.url} failed`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    const body: ProblemDetails = {
      type: TYPE_BASE + mapped.code,
      title: mapped.title,
      status: mapped.status,
      ...(mapped.detail ? { detail: mapped.detail } : {}),
      instance: request.url,
      code: mapped.code,
      ...(mapped.errors && mapped.errors.length > 0 ? { errors: mapped.errors } : {}),
    };
    for (const [name, value] of Object.entries(mapped.headers ?? {})) void reply.header(name, value);
    void reply.status(mapped.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private map(exception: unknown): Mapped {
    if (exception instanceof DomainException) {
      return {
        status: exception.status,
        code: exception.code,
        title: exception.status === 400 ? 'Invalid input.' : titleOf(exception.status) + '.',
        detail: exception.message,
        errors: exception.errors,
        headers: exception.headers,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const detail =
        typeof response === 'string'
          ? response
          : typeof (response as { message?: unknown }).message === 'string'
            ? (response as { message: string }).message
            : exception.message;
      return { status, code: slug(status), title: titleOf(status) + '.', detail };
    }
    const sqlState = (exception as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code;
    if (typeof sqlState === 'string' && SQLSTATE_STATUS[sqlState]) {
      return { ...SQLSTATE_STATUS[sqlState] };
    }
    // Errors raised by Fastify itself (a malformed body, a wrong content type) carry their status.
    const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return {
        status: statusCode,
        code: slug(statusCode),
        title: titleOf(statusCode) + '.',
        detail: exception instanceof Error ? exception.message : undefined,
      };
    }
    return { status: 500, code: 'internal_error', title: 'Internal server error.' };
  }
}
