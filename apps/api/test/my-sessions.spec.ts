import type { ActiveSession, Session } from '@kbdm/accounts/domain';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { createTestApp, type TestApp } from './test-app';

const PASSWORD = 'steppe wind over Temirtau';
const CSRF = { 'x-kbdm-csrf': '1' };

/**
 * A person's signed-in devices: listed and signed out one by one, by their owner only. A second
 * person must be refused on every route that takes a session's id, read or write.
 */
describe('my sessions', () => {
  let t: TestApp;
  let people = 0;

  beforeAll(async () => {
    process.env['THROTTLE_SIGN_IN_PER_MINUTE'] = '100000';
    process.env['THROTTLE_REGISTER_PER_MINUTE'] = '100000';
    process.env['THROTTLE_REFRESH_PER_MINUTE'] = '100000';
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const call = async <T>(
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    headers: Record<string, string> = {},
    payload?: object,
  ) => {
    const response = await t.app.inject({ method, url, headers, payload });
    const json = /json/.test(String(response.headers['content-type'] ?? ''));
    return {
      status: response.statusCode,
      headers: response.headers,
      body: (json ? response.json() : response.body) as T,
    };
  };

  /** Registers someone and signs them in on `devices` devices (user agents). */
  const person = async (devices: string[]) => {
    const email = `device.owner${++people}.${Date.now()}@mail.kz`;
    const registered = await call(
      'POST',
      '/api/v1/auth/register',
      {},
      {
        email,
        password: PASSWORD,
        role: 'entrepreneur',
        fullName: 'Daulet Abenov',
      },
    );
    expect(registered.status).toBe(201);
    const signIns = [];
    for (const device of devices) {
      const signIn = await call<Session>(
        'POST',
        '/api/v1/auth/sign-in',
        { 'user-agent': device },
        { email, password: PASSWORD },
      );
      expect(signIn.status).toBe(200);
      const setCookie = ([] as string[]).concat(signIn.headers['set-cookie'] as string | string[]);
      const cookie = setCookie.find((c) => c.startsWith('kbdm_refresh='))?.split(';')[0] ?? '';
      signIns.push({ device, token: signIn.body.accessToken, cookie });
    }
    const bearer = { authorization: `Bearer ${signIns[0].token}` };
    return { email, signIns, bearer };
  };

  it('lists each device signed in, newest first, with where it signed in from', async () => {
    const aida = await person(['Firefox on a laptop', 'Chrome on a phone']);
    const list = await call<ActiveSession[]>('GET', '/api/v1/me/sessions', aida.bearer);
    expect(list.status).toBe(200);
    expect(list.body.map((s) => s.userAgent)).toEqual(['Chrome on a phone', 'Firefox on a laptop']);
    for (const session of list.body) {
      expect(session.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
      expect(Date.parse(session.signedInAt)).toBeLessThanOrEqual(Date.parse(session.lastActiveAt));
    }
  });

  it('keeps one entry per device across refreshes, and its first sign-in time', async () => {
    const aida = await person(['Firefox on a laptop']);
    const [before] = (await call<ActiveSession[]>('GET', '/api/v1/me/sessions', aida.bearer)).body;
    const refreshed = await call('POST', '/api/v1/auth/refresh', { cookie: aida.signIns[0].cookie, ...CSRF });
    expect(refreshed.status).toBe(200);
    const after = (await call<ActiveSession[]>('GET', '/api/v1/me/sessions', aida.bearer)).body;
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(before.id);
    expect(after[0].signedInAt).toBe(before.signedInAt);
  });

  it('signs one device out: its refresh token stops working, the other device stays in', async () => {
    const aida = await person(['Firefox on a laptop', 'Chrome on a phone']);
    const list = (await call<ActiveSession[]>('GET', '/api/v1/me/sessions', aida.bearer)).body;
    const phone = list.find((s) => s.userAgent === 'Chrome on a phone');

    const ended = await call('DELETE', `/api/v1/me/sessions/${phone?.id}`, aida.bearer);
    expect(ended.status).toBe(204);

    expect((await call('POST', '/api/v1/auth/refresh', { cookie: aida.signIns[1].cookie, ...CSRF })).status).toBe(401);
    const laptop = { cookie: aida.signIns[0].cookie, 'user-agent': 'Firefox on a laptop', ...CSRF };
    expect((await call('POST', '/api/v1/auth/refresh', laptop)).status).toBe(200);
    const left = (await call<ActiveSession[]>('GET', '/api/v1/me/sessions', aida.bearer)).body;
    expect(left.map((s) => s.userAgent)).toEqual(['Firefox on a laptop']);
  });

  it('refuses a second person: they neither see nor end the first one’s sessions', async () => {
    const aida = await person(['Firefox on a laptop']);
    const bolat = await person(['Safari on a tablet']);
    const [aidasSession] = (await call<ActiveSession[]>('GET', '/api/v1/me/sessions', aida.bearer)).body;

    // Read: Bolat's list holds only his own device.
    const bolatsList = (await call<ActiveSession[]>('GET', '/api/v1/me/sessions', bolat.bearer)).body;
    expect(bolatsList.map((s) => s.id)).not.toContain(aidasSession.id);
    expect(bolatsList.map((s) => s.userAgent)).toEqual(['Safari on a tablet']);

    // Write: ending Aida's session by its id is answered as if there were no such session.
    const refused = await call<ProblemDetails>('DELETE', `/api/v1/me/sessions/${aidasSession.id}`, bolat.bearer);
    const unknown = await call<ProblemDetails>(
      'DELETE',
      '/api/v1/me/sessions/00000000-0000-4000-8000-000000000000',
      bolat.bearer,
    );
    expect(refused.status).toBe(404);
    expect(String(refused.headers['content-type'])).toContain('application/problem+json');
    expect(refused.body.code).toBe('session_not_found');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe(refused.body.code);

    // And Aida is still signed in on her laptop.
    expect((await call('POST', '/api/v1/auth/refresh', { cookie: aida.signIns[0].cookie, ...CSRF })).status).toBe(200);
  });

  it('answers 400 naming id for an id that is not a UUID, and 401 without a token', async () => {
    const aida = await person(['Firefox on a laptop']);
    const wrong = await call<ProblemDetails>('DELETE', '/api/v1/me/sessions/not-a-session', aida.bearer);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.map((e) => e.field)).toEqual(['id']);
    expect((await call('GET', '/api/v1/me/sessions')).status).toBe(401);
    expect((await call('DELETE', '/api/v1/me/sessions/00000000-0000-4000-8000-000000000000')).status).toBe(401);
  });

  it('records who signed which session out in the audit log', async () => {
    const aida = await person(['Firefox on a laptop', 'Chrome on a phone']);
    const [newest] = (await call<ActiveSession[]>('GET', '/api/v1/me/sessions', aida.bearer)).body;
    await call('DELETE', `/api/v1/me/sessions/${newest.id}`, aida.bearer);
    const rows = await t.app
      .get((await import('typeorm')).DataSource)
      .query(
        `SELECT action, target_type, target_id FROM audit_event WHERE action = 'session.ended' AND target_id = $1`,
        [newest.id],
      );
    expect(rows).toEqual([{ action: 'session.ended', target_type: 'session', target_id: newest.id }]);
  });
});
