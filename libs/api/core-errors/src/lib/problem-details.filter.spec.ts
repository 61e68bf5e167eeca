import { jest } from '@jest/globals';
import { ArgumentsHost, BadRequestException, NotFoundException } from '@nestjs/common';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { QueryFailedError } from 'typeorm';
import { DomainException, InvalidInputException, ItemNotFoundException } from './domain.exception';
import { ProblemDetailsFilter } from './problem-details.filter';
import { validationExceptionFactory } from './validation';

type Sent = { status: number; headers: Record<string, string>; body: ProblemDetails };

function hostFor(url = '/api/v1/opportunities?x=1'): { host: ArgumentsHost; sent: Sent } {
  const sent = { status: 0, headers: {}, body: {} } as Sent;
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    send(body: ProblemDetails) {
      sent.body = body;
      return reply;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ url, method: 'GET' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

function sqlError(code: string): QueryFailedError {
  return new QueryFailedError('INSERT …', [], Object.assign(new Error('duplicate key value violates …'), { code }));
}

describe('ProblemDetailsFilter', () => {
  const filter = new ProblemDetailsFilter();

  it('answers a domain exception with its status, code and fields', () => {
    const { host, sent } = hostFor();
    filter.catch(InvalidInputException.field('pageSize', 'must not be greater than 100'), host);
    expect(sent.status).toBe(400);
    expect(sent.headers['content-type']).toBe('application/problem+json');
    expect(sent.body).toMatchObject({
      type: 'https://kbdm.kz/problems/invalid_input',
      status: 400,
      code: 'invalid_input',
      instance: '/api/v1/opportunities?x=1',
      errors: [{ field: 'pageSize', message: 'must not be greater than 100' }],
    });
  });

  it('sends the headers a domain exception asks for', () => {
    const { host, sent } = hostFor();
    filter.catch(new DomainException('unauthenticated', 401, 'Sign in.', [], { 'www-authenticate': 'Bearer' }), host);
    expect(sent.status).toBe(401);
    expect(sent.headers['www-authenticate']).toBe('Bearer');
    expect(sent.headers['content-type']).toBe('application/problem+json');
  });

  it('answers 404 for a missing item and for an unknown route', () => {
    const missing = hostFor();
    filter.catch(new ItemNotFoundException('ppp_project', 'abc'), missing.host);
    expect(missing.sent.body).toMatchObject({
      status: 404,
      code: 'ppp_project_not_found',
      detail: 'No ppp project with id abc.',
    });
    const route = hostFor();
    filter.catch(new NotFoundException('Cannot GET /api/x'), route.host);
    expect(route.sent.body).toMatchObject({ status: 404, code: 'not_found', detail: 'Cannot GET /api/x' });
  });

  it('maps database errors by SQLSTATE, not by message', () => {
    const unique = hostFor();
    filter.catch(sqlError('23505'), unique.host);
    expect(unique.sent.status).toBe(409);
    const badText = hostFor();
    filter.catch(sqlError('22P02'), badText.host);
    expect(badText.sent.status).toBe(400);
  });

  it('answers anything unexpected with a 500 that reveals nothing', () => {
    const { host, sent } = hostFor();
    jest.spyOn(filter['logger'], 'error').mockImplementation(() => undefined);
    filter.catch(new Error('password=hunter2 in a stack trace'), host);
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toContain('hunter2');
  });

  it('keeps the status of errors Fastify raises itself', () => {
    const { host, sent } = hostFor();
    filter.catch(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415 }), host);
    expect(sent.status).toBe(415);
    const other = hostFor();
    filter.catch(new BadRequestException('Malformed JSON'), other.host);
    expect(other.sent.body).toMatchObject({ status: 400, detail: 'Malformed JSON' });
  });
});

describe('validationExceptionFactory', () => {
  it('names nested fields by their path', () => {
    const exception = validationExceptionFactory([
      { property: 'page', constraints: { min: 'page must not be less than 1' }, children: [] },
      {
        property: 'applicant',
        children: [{ property: 'age', constraints: { max: 'age must not be greater than 120' }, children: [] }],
      },
    ]);
    expect(exception.status).toBe(400);
    expect(exception.errors).toEqual([
      { field: 'page', message: 'page must not be less than 1' },
      { field: 'applicant.age', message: 'age must not be greater than 120' },
    ]);
    expect(exception.message).toBe('Invalid page, applicant.age.');
  });
});
