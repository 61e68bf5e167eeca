import type { ProblemDetails } from '@kbdm/shared/domain';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from './test-app';

const PASSWORD = 'steppe wind over Temirtau';

type Answer = { status: number; headers: Record<string, string | string[] | number | undefined>; body: ProblemDetails };
type From = { remoteAddress?: string; headers?: Record<string, string> };

describe('per-address throttling of sign-in, registration and refresh', () => {
  let t: TestApp;
  let people = 0;

  beforeAll(async () => {
    // Small limits, so that a few requests reach them; the defaults are 10, 5 and 60 a minute.
    process.env['THROTTLE_SIGN_IN_PER_MINUTE'] = '3';
    process.env['THROTTLE_REGISTER_PER_MINUTE'] = '2';
    process.env['THROTTLE_REFRESH_PER_MINUTE'] = '4';
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  /** A POST from `remoteAddress` (the socket's peer; Fastify inject's default is 127.0.0.1). */
  const post = async (url: string, payload: unknown, from: From = {}): Promise<Answer> => {
    const response = await t.app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: from.headers ?? {},
      ...(from.remoteAddress ? { remoteAddress: from.remoteAddress } : {}),
    });
    const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
    return {
      status: response.statusCode,
      headers: response.headers,
      body: (isJson ? response.json() : response.body) as ProblemDetails,
    };
  };

  const signIn = (from: From) =>
    post('/api/v1/auth/sign-in', { email: `nobody.${++people}@mail.kz`, password: PASSWORD }, from);

  const newPerson = () => ({
    email: `throttled${++people}.${Date.now()}@mail.kz`,
    password: PASSWORD,
    role: 'investor',
    fullName: 'Dana Bekova',
  });

  const expectThrottled = (answer: Answer, maxWaitSeconds: number) => {
    expect(answer.status).toBe(429);
    expect(String(answer.headers['content-type'])).toContain('application/problem+json');
    expect(answer.body).toMatchObject({
      status: 429,
      code: 'too_many_requests',
      type: 'https://kbdm.kz/problems/too_many_requests',
    });
    const retryAfter = Number(answer.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(maxWaitSeconds);
    expect(answer.body.detail).toContain(`${retryAfter} s`);
  };

  it('answers 429 problem details with Retry-After once an address has used its sign-ins, and only to that address', async () => {
    const attacker = { remoteAddress: '203.0.113.10' };
    for (let i = 0; i < 3; i++) expect((await signIn(attacker)).status).toBe(401);
    // 3 a minute: the next token comes within 20 s.
    expectThrottled(await signIn(attacker), 20);
    expectThrottled(await signIn(attacker), 20);
    expect((await signIn({ remoteAddress: '203.0.113.11' })).status).toBe(401);
  });

  it('throttles before it reads the account: a right password from a throttled address waits too', async () => {
    const person = newPerson();
    expect((await post('/api/v1/auth/register', person, { remoteAddress: '203.0.113.20' })).status).toBe(201);
    const from = { remoteAddress: '203.0.113.21' };
    for (let i = 0; i < 3; i++) await signIn(from);
    expectThrottled(await post('/api/v1/auth/sign-in', { email: person.email, password: PASSWORD }, from), 20);
    expect(
      (
        await post(
          '/api/v1/auth/sign-in',
          { email: person.email, password: PASSWORD },
          { remoteAddress: '203.0.113.22' },
        )
      ).status,
    ).toBe(200);
  });

  it('counts a client behind a trusted proxy by the address the proxy names in X-Forwarded-For', async () => {
    // The peer is 127.0.0.1, a proxy on this machine, which TRUST_PROXY believes by default.
    const behindProxy = (client: string) => ({ headers: { 'x-forwarded-for': client } });
    for (let i = 0; i < 3; i++) expect((await signIn(behindProxy('198.51.100.7'))).status).toBe(401);
    expectThrottled(await signIn(behindProxy('198.51.100.7')), 20);
    expect((await signIn(behindProxy('198.51.100.8'))).status).toBe(401);
  });

  it('does not let a client on the internet choose its address with X-Forwarded-For, for throttling or the audit log', async () => {
    const spoofing = (i: number) => ({ remoteAddress: '203.0.113.30', headers: { 'x-forwarded-for': `10.9.8.${i}` } });
    for (let i = 0; i < 3; i++) expect((await signIn(spoofing(i))).status).toBe(401);
    expectThrottled(await signIn(spoofing(99)), 20);

    const person = newPerson();
    const registered = await post('/api/v1/auth/register', person, {
      remoteAddress: '203.0.113.31',
      headers: { 'x-forwarded-for': '10.9.8.7' },
    });
    expect(registered.status).toBe(201);
    const [event] = await t.app
      .get(DataSource)
      .query(`SELECT ip FROM audit_event WHERE action = 'account.registered' AND target_id = $1`, [
        (registered.body as unknown as { id: string }).id,
      ]);
    expect(event.ip).toBe('203.0.113.31');
  });

  it('throttles every address of one IPv6 /64 together', async () => {
    for (let i = 1; i <= 3; i++) expect((await signIn({ remoteAddress: `2001:db8:7:1::${i}` })).status).toBe(401);
    expectThrottled(await signIn({ remoteAddress: '2001:db8:7:1:ffff:ffff:ffff:ffff' }), 20);
    expect((await signIn({ remoteAddress: '2001:db8:7:2::1' })).status).toBe(401);
  });

  it('throttles registration per address before the body is checked', async () => {
    const from = { remoteAddress: '203.0.113.40' };
    expect((await post('/api/v1/auth/register', newPerson(), from)).status).toBe(201);
    expect((await post('/api/v1/auth/register', {}, from)).status).toBe(400);
    // 2 a minute: the next in at most 30 s, whatever the body.
    expectThrottled(await post('/api/v1/auth/register', newPerson(), from), 30);
    expectThrottled(await post('/api/v1/auth/register', {}, from), 30);
    // Sign-in has a limit of its own.
    expect((await signIn(from)).status).toBe(401);
    expect((await post('/api/v1/auth/register', newPerson(), { remoteAddress: '203.0.113.41' })).status).toBe(201);
  });

  it('throttles refresh per address', async () => {
    const from = { remoteAddress: '203.0.113.50', headers: { 'x-kbdm-csrf': '1' } };
    for (let i = 0; i < 4; i++) expect((await post('/api/v1/auth/refresh', undefined, from)).status).toBe(401);
    expectThrottled(await post('/api/v1/auth/refresh', undefined, from), 15);
    expect((await post('/api/v1/auth/refresh', undefined, { ...from, remoteAddress: '203.0.113.51' })).status).toBe(
      401,
    );
  });

  it('leaves the other routes alone', async () => {
    const from = { remoteAddress: '203.0.113.60' };
    for (let i = 0; i < 6; i++) expect((await signIn(from)).status).toBe(i < 3 ? 401 : 429);
    const health = await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: from.remoteAddress });
    expect(health.statusCode).toBe(200);
  });
});
