import fc from 'fast-check';
import type { Profile, Session } from '@kbdm/accounts/domain';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { DataSource } from 'typeorm';
import { createTestApp, get, type TestApp } from './test-app';

const PASSWORD = 'steppe wind over Temirtau';
const CSRF = { 'x-kbdm-csrf': '1' };

type Answer<T> = { status: number; headers: Record<string, string | string[] | number | undefined>; body: T };

describe('accounts API', () => {
  let t: TestApp;
  let people = 0;

  beforeAll(async () => {
    // These tests register and sign in far faster than people do; throttling has its own spec.
    process.env['THROTTLE_SIGN_IN_PER_MINUTE'] = '100000';
    process.env['THROTTLE_REGISTER_PER_MINUTE'] = '100000';
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const post = async <T>(url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> => {
    const response = await t.app.inject({ method: 'POST', url, payload: payload as object, headers });
    const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
    return { status: response.statusCode, headers: response.headers, body: (isJson ? response.json() : response.body) as T };
  };

  /** The refresh token a response set in its cookie. */
  const refreshCookie = (answer: Answer<unknown>): string => {
    const header = answer.headers['set-cookie'];
    const cookie = (Array.isArray(header) ? header : [String(header)]).find((c) => c.startsWith('kbdm_refresh='));
    if (!cookie) throw new Error('no refresh cookie');
    return cookie;
  };
  /** Presents a refresh token, with the CSRF header the cookie routes require. */
  const cookieHeader = (setCookie: string) => ({ cookie: setCookie.split(';')[0], ...CSRF });

  const newPerson = () => ({
    email: `person${++people}.${Date.now()}@mail.kz`,
    password: PASSWORD,
    role: 'entrepreneur',
    fullName: 'Aida Seitova',
    phone: '+7 701 234 56 78',
  });

  const registerAndSignIn = async () => {
    const person = newPerson();
    expect((await post('/api/v1/auth/register', person)).status).toBe(201);
    const signIn = await post<Session>('/api/v1/auth/sign-in', { email: person.email, password: person.password });
    expect(signIn.status).toBe(200);
    return { person, signIn, cookie: refreshCookie(signIn) };
  };

  const expectProblem = (answer: Answer<unknown>, status: number, field?: string) => {
    expect(answer.status).toBe(status);
    expect(String(answer.headers['content-type'])).toContain('application/problem+json');
    const body = answer.body as ProblemDetails;
    expect(body.status).toBe(status);
    if (field) expect(body.errors?.map((e) => e.field)).toContain(field);
    return body;
  };

  it('registers, signs in and shows the profile to the bearer of the access token', async () => {
    const person = newPerson();
    const registered = await post<Profile>('/api/v1/auth/register', { ...person, email: `  ${person.email.toUpperCase()} ` });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ email: person.email, role: 'entrepreneur', fullName: 'Aida Seitova' });
    expect(registered.body).not.toHaveProperty('passwordHash');

    const signIn = await post<Session>('/api/v1/auth/sign-in', { email: person.email.toUpperCase(), password: PASSWORD });
    expect(signIn.status).toBe(200);
    expect(signIn.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { id: registered.body.id } });
    const cookie = refreshCookie(signIn);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    expect(cookie).toMatch(/Secure/); // NODE_ENV=test is not development

    const me = await get<Profile>(t.app, '/api/v1/me', { authorization: `Bearer ${signIn.body.accessToken}` });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(registered.body);
  });

  it('keeps only a hash of the password (argon2id, OWASP parameters) and of the refresh token', async () => {
    const { person, cookie } = await registerAndSignIn();
    const dataSource = t.app.get(DataSource);
    const [account] = await dataSource.query('SELECT id, password_hash FROM user_account WHERE email = $1', [person.email]);
    expect(account.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const token = cookie.split(';')[0].split('=')[1];
    const sessions = await dataSource.query('SELECT token_hash FROM auth_session WHERE user_id = $1', [account.id]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].token_hash).toHaveLength(64);
    expect(sessions[0].token_hash).not.toContain(token);
  });

  it('refuses a wrong password with 401 and records the failure in the audit log', async () => {
    const person = newPerson();
    const registered = await post<Profile>('/api/v1/auth/register', person);
    const wrong = await post('/api/v1/auth/sign-in', { email: person.email, password: 'not the password at all' });
    expectProblem(wrong, 401);
    const unknown = await post('/api/v1/auth/sign-in', { email: `nobody.${person.email}`, password: PASSWORD });
    expect((unknown.body as ProblemDetails).detail).toBe((wrong.body as ProblemDetails).detail);

    const events = await t.app
      .get(DataSource)
      .query(`SELECT action, actor_id, ip, details FROM audit_event WHERE target_id = $1 ORDER BY created_at`, [registered.body.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['account.registered', 'sign_in.failed']);
    expect(events[1]).toMatchObject({ actor_id: null, details: { reason: 'wrong_password', failures: 1 } });
    expect(events[1].ip).toBeTruthy();
  });

  it('slows an account after repeated failures and lets it in again once the delay is over', async () => {
    const person = newPerson();
    await post('/api/v1/auth/register', person);
    for (let i = 0; i < 4; i++) await post('/api/v1/auth/sign-in', { email: person.email, password: `wrong password ${i}` });
    const delayed = await post('/api/v1/auth/sign-in', { email: person.email, password: PASSWORD });
    expectProblem(delayed, 429);
    expect(Number(delayed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await post('/api/v1/auth/sign-in', { email: person.email, password: PASSWORD })).status).toBe(200);
  });

  it('answers 409 naming email for the same e-mail in another case', async () => {
    const person = newPerson();
    expect((await post('/api/v1/auth/register', person)).status).toBe(201);
    const again = await post('/api/v1/auth/register', { ...person, email: person.email.toUpperCase() });
    expectProblem(again, 409, 'email');
  });

  it.each(['short pass', 'password1234', 'Qwerty123456', 'aaaaaaaaaaaaaaaa'])('answers 400 naming password for %j', async (password) => {
    expectProblem(await post('/api/v1/auth/register', { ...newPerson(), password }), 400, 'password');
  });

  it('lets only entrepreneurs and investors register', async () => {
    expectProblem(await post('/api/v1/auth/register', { ...newPerson(), role: 'admin' }), 400, 'role');
    expect((await post('/api/v1/auth/register', { ...newPerson(), role: 'investor' })).status).toBe(201);
  });

  it('answers 400 naming districtId for a district that does not exist', async () => {
    const answer = await post('/api/v1/auth/register', { ...newPerson(), districtId: '6f1f2d9c-0000-4000-8000-000000000000' });
    expectProblem(answer, 400, 'districtId');
  });

  it('rotates the refresh token, and a spent one revokes the whole family', async () => {
    const { signIn, cookie: first } = await registerAndSignIn();
    const refreshed = await post<Session>('/api/v1/auth/refresh', undefined, cookieHeader(first));
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.user.id).toBe(signIn.body.user.id);
    const second = refreshCookie(refreshed);
    expect(second.split(';')[0]).not.toBe(first.split(';')[0]);

    // Someone replays the first token: refused, and the second, live one dies with it.
    expectProblem(await post('/api/v1/auth/refresh', undefined, cookieHeader(first)), 401);
    expectProblem(await post('/api/v1/auth/refresh', undefined, cookieHeader(second)), 401);
    const [reuse] = await t.app
      .get(DataSource)
      .query(`SELECT details FROM audit_event WHERE action = 'session.reuse_detected' AND details->>'userId' = $1`, [signIn.body.user.id]);
    expect(reuse.details.revokedSessions).toBe(1);
  });

  it('signs out: the refresh token stops working and the cookie is cleared', async () => {
    const { cookie } = await registerAndSignIn();
    const signOut = await post('/api/v1/auth/sign-out', undefined, cookieHeader(cookie));
    expect(signOut.status).toBe(204);
    expect(refreshCookie(signOut)).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
    expectProblem(await post('/api/v1/auth/refresh', undefined, cookieHeader(cookie)), 401);
  });

  it('answers 401 problem details to /me without a token, with a forged one, and without the cookie to refresh', async () => {
    const none = await get<ProblemDetails>(t.app, '/api/v1/me');
    expect(none.status).toBe(401);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.body.code).toBe('unauthenticated');
    const { signIn } = await registerAndSignIn();
    const [header, payload, signature] = signIn.body.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    expect((await get(t.app, '/api/v1/me', { authorization: `Bearer ${header}.${forged}.${signature}` })).status).toBe(401);
    expectProblem(await post('/api/v1/auth/refresh', undefined, CSRF), 401);
  });

  it('still serves the open catalogues and health without a token', async () => {
    expect((await get(t.app, '/api/v1/opportunities?pageSize=1')).status).toBe(200);
    expect((await get(t.app, '/api/v1/sez-slots?pageSize=1')).status).toBe(200);
    expect((await get(t.app, '/api/v1/map/features')).status).toBe(200);
    expect((await get(t.app, '/api/health')).status).toBe(200);
  });

  it('never answers 5xx to junk register and sign-in bodies', async () => {
    const field = fc.constantFrom('email', 'password', 'role', 'fullName', 'phone', 'districtId', '__proto__', 'constructor', 'x');
    const junkValue = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
    // Well-formed bodies too, so that junk also reaches the service, the hasher and the database.
    const nearlyValid = fc.record({
      email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 60 })),
      password: fc.string({ minLength: 10, maxLength: 40 }),
      role: fc.constantFrom('entrepreneur', 'investor', 'admin', ''),
      fullName: fc.string({ maxLength: 210 }),
    });
    const body = fc.oneof(nearlyValid, fc.dictionary(field, junkValue, { maxKeys: 7 }), fc.anything({ maxDepth: 2 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('register', 'sign-in'), body, async (route, payload) => {
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/v1/auth/${route}`,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(payload) ?? 'undefined',
        });
        expect(response.statusCode).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.headers['content-type']).toContain('application/problem+json');
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
