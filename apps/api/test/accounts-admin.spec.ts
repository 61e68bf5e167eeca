import { AdminUsersService } from '@kbdm/accounts/api-feature';
import type { AdminUser, AuditEventView, Profile, Session } from '@kbdm/accounts/domain';
import type { Page, ProblemDetails } from '@kbdm/shared/domain';
import { CommandLineError, createAdmin, parseCreateAdminArgs } from '../src/commands/create-admin.command';
import { createTestApp, type TestApp } from './test-app';

const PASSWORD = 'steppe wind over Temirtau';
const ADMIN_PASSWORD = 'coal trains at Shakhtinsk dawn';
// Published BIN of a large Kazakh company (see bin-iin.spec.ts); the next one differs only in its control digit.
const VALID_BIN = '971240001315';
const WRONG_BIN = '971240001316';
const NOBODY = '6f1f2d9c-0000-4000-8000-000000000000';

type Answer<T> = { status: number; headers: Record<string, string | string[] | number | undefined>; body: T };
type Method = 'GET' | 'POST' | 'PATCH';

describe('profile editing and the admin API', () => {
  let t: TestApp;
  let people = 0;
  let admin: { id: string; email: string; token: string };

  const call = async <T>(
    method: Method,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> => {
    const response = await t.app.inject({ method, url, payload: payload as object, headers });
    const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
    return {
      status: response.statusCode,
      headers: response.headers,
      body: (isJson ? response.json() : response.body) as T,
    };
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const asAdmin = <T>(method: Method, url: string, payload?: unknown) =>
    call<T>(method, url, payload, bearer(admin.token));

  /** The headers that present the refresh token a response set, with the CSRF header the cookie routes require. */
  const refreshCookie = (answer: Answer<unknown>): { cookie: string; 'x-kbdm-csrf': string } => {
    const header = answer.headers['set-cookie'];
    const cookie = (Array.isArray(header) ? header : [String(header)]).find((c) => c.startsWith('kbdm_refresh='));
    if (!cookie) throw new Error('no refresh cookie');
    return { cookie: cookie.split(';')[0], 'x-kbdm-csrf': '1' };
  };

  const signIn = (email: string, password = PASSWORD) =>
    call<Session>('POST', '/api/v1/auth/sign-in', { email, password });

  /** A freshly registered entrepreneur, signed in. */
  const newEntrepreneur = async (fullName = 'Aida Seitova') => {
    const email = `admin-spec${++people}.${Date.now()}@mail.kz`;
    const registered = await call<Profile>('POST', '/api/v1/auth/register', {
      email,
      password: PASSWORD,
      role: 'entrepreneur',
      fullName,
    });
    expect(registered.status).toBe(201);
    const session = await signIn(email);
    expect(session.status).toBe(200);
    return { id: registered.body.id, email, token: session.body.accessToken, refresh: refreshCookie(session) };
  };

  const expectProblem = (answer: Answer<unknown>, status: number, field?: string): ProblemDetails => {
    expect(answer.status).toBe(status);
    expect(String(answer.headers['content-type'])).toContain('application/problem+json');
    const body = answer.body as ProblemDetails;
    expect(body.status).toBe(status);
    if (field) expect(body.errors?.map((e) => e.field)).toContain(field);
    return body;
  };

  const auditOf = async (query: string) => {
    const answer = await asAdmin<Page<AuditEventView>>('GET', `/api/v1/admin/audit-events?${query}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  beforeAll(async () => {
    // These tests register and sign in far faster than people do; throttling has its own spec.
    process.env['THROTTLE_SIGN_IN_PER_MINUTE'] = '100000';
    process.env['THROTTLE_REGISTER_PER_MINUTE'] = '100000';
    t = await createTestApp();
    // The test administrator is made exactly as the operator's `create-admin` command makes one.
    const email = `root.${Date.now()}@akimat.kz`;
    const created = await createAdmin(t.app.get(AdminUsersService), {
      email,
      fullName: 'Serik Admin',
      password: ADMIN_PASSWORD,
    });
    const session = await signIn(email, ADMIN_PASSWORD);
    expect(session.status).toBe(200);
    admin = { id: created.id, email, token: session.body.accessToken };
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('PATCH /api/v1/me', () => {
    const business = {
      name: 'TOO Saryarka Brick',
      binIin: VALID_BIN,
      legalForm: 'llp',
      okedCode: 'C23.3',
      size: 'small',
    };

    it('changes the caller’s own profile, clears fields with null and records profile.updated', async () => {
      const person = await newEntrepreneur();
      const districts = await call<Page<{ id: string }>>('GET', '/api/v1/districts?pageSize=1');
      const districtId = districts.body.items[0].id;

      const updated = await call<Profile>(
        'PATCH',
        '/api/v1/me',
        { fullName: '  Aida Nurlanovna Seitova ', phone: '+7 701 000 11 22', districtId, business },
        bearer(person.token),
      );
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        id: person.id,
        fullName: 'Aida Nurlanovna Seitova',
        phone: '+7 701 000 11 22',
        districtId,
        business,
      });
      expect((await call<Profile>('GET', '/api/v1/me', undefined, bearer(person.token))).body).toEqual(updated.body);

      const cleared = await call<Profile>('PATCH', '/api/v1/me', { phone: null, business: null }, bearer(person.token));
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({
        fullName: 'Aida Nurlanovna Seitova',
        phone: null,
        districtId,
        business: null,
      });

      const events = await auditOf(`action=profile.updated&targetId=${person.id}`);
      expect(events.items.map((e) => e.details?.['fields'])).toEqual([
        'phone,business',
        'fullName,phone,districtId,business',
      ]);
      expect(events.items.every((e) => e.actorId === person.id && e.ip)).toBe(true);
    });

    it('answers 400 naming business.binIin for a BIN with a wrong control digit, and changes nothing', async () => {
      const person = await newEntrepreneur();
      const answer = await call(
        'PATCH',
        '/api/v1/me',
        { fullName: 'Changed', business: { ...business, binIin: WRONG_BIN } },
        bearer(person.token),
      );
      expectProblem(answer, 400, 'business.binIin');
      expect((await call<Profile>('GET', '/api/v1/me', undefined, bearer(person.token))).body).toMatchObject({
        fullName: 'Aida Seitova',
        business: null,
      });
    });

    it.each([
      ['business.okedCode', { business: { ...business, okedCode: 'Z99' } }],
      ['business.legalForm', { business: { ...business, legalForm: 'gmbh' } }],
      ['business.size', { business: { ...business, size: undefined } }],
      ['business.binIin', { business: { ...business, binIin: '97124000131' } }],
      ['districtId', { districtId: NOBODY }],
      ['fullName', { fullName: null }],
      ['role', { role: 'admin' }],
    ])('answers 400 naming %s', async (field, body) => {
      const person = await newEntrepreneur();
      expectProblem(await call('PATCH', '/api/v1/me', body, bearer(person.token)), 400, field);
    });

    it('keeps a business only for entrepreneurs and investors', async () => {
      expectProblem(await asAdmin('PATCH', '/api/v1/me', { business }), 400, 'business');
    });

    it('lets a second person change only their own profile: there is no route to anybody else’s', async () => {
      const first = await newEntrepreneur('First Person');
      const second = await newEntrepreneur('Second Person');
      expect((await call<Profile>('GET', '/api/v1/me', undefined, bearer(second.token))).body.id).toBe(second.id);
      // Naming the other account in the body is refused outright, not quietly ignored.
      expectProblem(
        await call('PATCH', '/api/v1/me', { id: first.id, fullName: 'Hijacked' }, bearer(second.token)),
        400,
        'id',
      );
      expect((await call('PATCH', '/api/v1/me', { fullName: 'Second Renamed' }, bearer(second.token))).status).toBe(
        200,
      );
      for (const url of [`/api/v1/me/${first.id}`, `/api/v1/users/${first.id}`]) {
        expect((await call('GET', url, undefined, bearer(second.token))).status).toBe(404);
        expect((await call('PATCH', url, { fullName: 'Hijacked' }, bearer(second.token))).status).toBe(404);
      }
      expectProblem(
        await call('GET', `/api/v1/admin/users?q=${encodeURIComponent(first.email)}`, undefined, bearer(second.token)),
        403,
      );
      expect((await call<Profile>('GET', '/api/v1/me', undefined, bearer(first.token))).body.fullName).toBe(
        'First Person',
      );
    });

    it('answers 401 without a token', async () => {
      expectProblem(await call('PATCH', '/api/v1/me', { fullName: 'Nobody' }), 401);
    });
  });

  describe('who may use the admin API', () => {
    // Three elements each: with two, Jest would take the test's third parameter for `done`.
    const routes: [Method, string, unknown][] = [
      ['GET', '/api/v1/admin/users', undefined],
      [
        'POST',
        '/api/v1/admin/users',
        { email: 'new.officer@akimat.kz', fullName: 'New Officer', role: 'officer', password: ADMIN_PASSWORD },
      ],
      ['PATCH', `/api/v1/admin/users/${NOBODY}/role`, { role: 'admin', reason: 'self-promotion' }],
      ['POST', `/api/v1/admin/users/${NOBODY}/deactivate`, { reason: 'x' }],
      ['POST', `/api/v1/admin/users/${NOBODY}/reactivate`, {}],
      ['POST', `/api/v1/admin/users/${NOBODY}/sessions/revoke`, {}],
      ['GET', '/api/v1/admin/audit-events', undefined],
    ];

    let person: { token: string };
    beforeAll(async () => {
      person = await newEntrepreneur();
    }, 30_000);

    it.each(routes)(
      'refuses %s %s to an entrepreneur (403) and to an anonymous caller (401)',
      async (method, url, payload) => {
        expect(expectProblem(await call(method, url, payload, bearer(person.token)), 403).code).toBe('forbidden');
        const anonymous = expectProblem(await call(method, url, payload), 401);
        expect(anonymous.code).toBe('unauthenticated');
      },
    );

    it('covers every accounts admin route the API documents (the catalogue ones: catalogue-admin.spec)', async () => {
      const openApi = await call<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/docs/openapi.json');
      const documented = Object.entries(openApi.body.paths)
        .filter(([path]) => /^\/api\/v1\/admin\/(users|audit-events)/.test(path))
        .flatMap(([path, operations]) =>
          Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace('{id}', NOBODY)}`),
        );
      expect(documented.sort()).toEqual(routes.map(([method, url]) => `${method} ${url}`).sort());
    });
  });

  describe('accounts, as an administrator', () => {
    it('lists accounts newest first, searches by e-mail or name, and filters by role', async () => {
      const person = await newEntrepreneur('Zhanar Unique-Searchname');
      const byName = await asAdmin<Page<AdminUser>>('GET', '/api/v1/admin/users?q=unique-searchNAME');
      expect(byName.status).toBe(200);
      expect(byName.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
      expect(byName.body.items[0]).toMatchObject({
        id: person.id,
        role: 'entrepreneur',
        deactivatedAt: null,
        business: null,
      });
      expect(byName.body.items[0].lastSignInAt).toEqual(expect.any(String));
      expect(
        (await asAdmin<Page<AdminUser>>('GET', `/api/v1/admin/users?q=${person.email.toUpperCase()}`)).body.items.map(
          (u) => u.id,
        ),
      ).toEqual([person.id]);
      // `%` is a letter in a search, not a wildcard.
      expect((await asAdmin<Page<AdminUser>>('GET', '/api/v1/admin/users?q=%25')).body.total).toBe(0);

      const admins = await asAdmin<Page<AdminUser>>('GET', '/api/v1/admin/users?role=admin&pageSize=100');
      expect(admins.body.items.every((u) => u.role === 'admin')).toBe(true);
      expect(admins.body.items.map((u) => u.id)).toContain(admin.id);
      const all = await asAdmin<Page<AdminUser>>('GET', '/api/v1/admin/users?pageSize=2&page=1');
      expect(all.body.items).toHaveLength(2);
      expect(all.body.items[0].createdAt >= all.body.items[1].createdAt).toBe(true);
      expectProblem(await asAdmin('GET', '/api/v1/admin/users?role=superuser'), 400, 'role');
      expectProblem(await asAdmin('GET', '/api/v1/admin/users?pageSize=1000'), 400, 'pageSize');
    });

    it('changes a role, with the actor, the IP and the reason in the audit log', async () => {
      const person = await newEntrepreneur();
      const changed = await asAdmin<AdminUser>('PATCH', `/api/v1/admin/users/${person.id}/role`, {
        role: 'officer',
        reason: 'Appointed by order 12-p',
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ id: person.id, role: 'officer' });

      const [event] = (await auditOf(`action=account.role_changed&targetId=${person.id}`)).items;
      expect(event).toMatchObject({
        actorId: admin.id,
        targetType: 'user_account',
        targetId: person.id,
        details: { from: 'entrepreneur', to: 'officer', reason: 'Appointed by order 12-p' },
      });
      expect(event.ip).toBeTruthy();
      // The next session carries the new role.
      const refreshed = await call<Session>('POST', '/api/v1/auth/refresh', undefined, person.refresh);
      expect(refreshed.body.user.role).toBe('officer');

      expectProblem(
        await asAdmin('PATCH', `/api/v1/admin/users/${person.id}/role`, { role: 'officer' }),
        400,
        'reason',
      );
      expectProblem(
        await asAdmin('PATCH', `/api/v1/admin/users/${person.id}/role`, { role: 'king', reason: 'x' }),
        400,
        'role',
      );
      expectProblem(
        await asAdmin('PATCH', `/api/v1/admin/users/${NOBODY}/role`, { role: 'officer', reason: 'x' }),
        404,
      );
      expectProblem(
        await asAdmin('PATCH', '/api/v1/admin/users/not-a-uuid/role', { role: 'officer', reason: 'x' }),
        400,
        'id',
      );
    });

    it('refuses with 409 an administrator who removes their own administrator role or deactivates themselves', async () => {
      const own = await asAdmin('PATCH', `/api/v1/admin/users/${admin.id}/role`, {
        role: 'officer',
        reason: 'stepping down',
      });
      expect(expectProblem(own, 409).code).toBe('own_admin_account');
      expectProblem(await asAdmin('POST', `/api/v1/admin/users/${admin.id}/deactivate`, { reason: 'leaving' }), 409);
      expect((await asAdmin<Profile>('GET', '/api/v1/me')).body.role).toBe('admin');
    });

    it('deactivates an account: its sign-in and refresh fail until it is reactivated', async () => {
      const person = await newEntrepreneur();
      expectProblem(await asAdmin('POST', `/api/v1/admin/users/${person.id}/deactivate`, {}), 400, 'reason');
      const deactivated = await asAdmin<AdminUser>('POST', `/api/v1/admin/users/${person.id}/deactivate`, {
        reason: 'Duplicate account',
      });
      expect(deactivated.status).toBe(200);
      expect(deactivated.body.deactivatedAt).toEqual(expect.any(String));

      expectProblem(await signIn(person.email), 401);
      expectProblem(await call('POST', '/api/v1/auth/refresh', undefined, person.refresh), 401);
      expectProblem(await call('GET', '/api/v1/me', undefined, bearer(person.token)), 401);
      const [event] = (await auditOf(`action=account.deactivated&targetId=${person.id}`)).items;
      expect(event).toMatchObject({ actorId: admin.id, details: { reason: 'Duplicate account', revokedSessions: 1 } });

      const reactivated = await asAdmin<AdminUser>('POST', `/api/v1/admin/users/${person.id}/reactivate`, {});
      expect(reactivated.body.deactivatedAt).toBeNull();
      expect((await signIn(person.email)).status).toBe(200);
      expect((await auditOf(`action=account.reactivated&targetId=${person.id}`)).items[0]).toMatchObject({
        actorId: admin.id,
        details: { reason: null },
      });
    });

    it('revokes every session of an account: each refresh token then fails', async () => {
      const person = await newEntrepreneur();
      const secondDevice = refreshCookie(await signIn(person.email));
      const revoked = await asAdmin('POST', `/api/v1/admin/users/${person.id}/sessions/revoke`, {
        reason: 'Lost phone',
      });
      expect(revoked.status).toBe(204);
      expectProblem(await call('POST', '/api/v1/auth/refresh', undefined, person.refresh), 401);
      expectProblem(await call('POST', '/api/v1/auth/refresh', undefined, secondDevice), 401);
      const [event] = (await auditOf(`action=sessions.revoked&targetId=${person.id}`)).items;
      expect(event).toMatchObject({ actorId: admin.id, details: { reason: 'Lost phone', revokedSessions: 2 } });
      // A new sign-in is a new session.
      expect((await signIn(person.email)).status).toBe(200);
    });

    it('creates an officer with a password the administrator chose, under the password policy', async () => {
      const email = `officer.${Date.now()}@akimat.kz`;
      const created = await asAdmin<AdminUser>('POST', '/api/v1/admin/users', {
        email: email.toUpperCase(),
        fullName: 'Dana Amanzholova',
        role: 'officer',
        password: PASSWORD,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ email, role: 'officer', deactivatedAt: null });
      expect(created.body).not.toHaveProperty('password');
      expect((await signIn(email)).body.user.role).toBe('officer');
      expect((await auditOf(`action=account.created&targetId=${created.body.id}`)).items[0]).toMatchObject({
        actorId: admin.id,
        details: { role: 'officer', via: 'api' },
      });

      expectProblem(
        await asAdmin('POST', '/api/v1/admin/users', { email, fullName: 'Again', role: 'officer', password: PASSWORD }),
        409,
        'email',
      );
      expectProblem(
        await asAdmin('POST', '/api/v1/admin/users', {
          email: `x${email}`,
          fullName: 'Weak',
          role: 'officer',
          password: 'password1234',
        }),
        400,
        'password',
      );
      expectProblem(
        await asAdmin('POST', '/api/v1/admin/users', {
          email: `y${email}`,
          fullName: 'Self',
          role: 'entrepreneur',
          password: PASSWORD,
        }),
        400,
        'role',
      );
    });
  });

  describe('the audit log', () => {
    it('lists events newest first and filters by action and actor', async () => {
      const person = await newEntrepreneur();
      await asAdmin('POST', `/api/v1/admin/users/${person.id}/sessions/revoke`, {});
      await asAdmin('PATCH', `/api/v1/admin/users/${person.id}/role`, {
        role: 'investor',
        reason: 'Registered the wrong role',
      });

      const latest = await auditOf('pageSize=100');
      const times = latest.items.map((e) => e.at);
      expect(times).toEqual([...times].sort().reverse());
      const mine = latest.items.filter((e) => e.targetId === person.id).map((e) => e.action);
      expect(mine.slice(0, 4)).toEqual([
        'account.role_changed',
        'sessions.revoked',
        'sign_in.succeeded',
        'account.registered',
      ]);

      const roleChanges = await auditOf('action=account.role_changed');
      expect(roleChanges.total).toBeGreaterThanOrEqual(1);
      expect(roleChanges.items.every((e) => e.action === 'account.role_changed')).toBe(true);
      expect(roleChanges.items[0].targetId).toBe(person.id);
      expect((await auditOf(`actorId=${admin.id}&pageSize=100`)).items.every((e) => e.actorId === admin.id)).toBe(true);
      expectProblem(await asAdmin('GET', '/api/v1/admin/audit-events?action=everything'), 400, 'action');
      expectProblem(await asAdmin('GET', '/api/v1/admin/audit-events?actorId=me'), 400, 'actorId');
    });
  });

  describe('the create-admin command', () => {
    it('takes the e-mail and name from the arguments and the password only from ADMIN_PASSWORD', () => {
      expect(parseCreateAdminArgs(['--email', 'a@b.kz', '--name', ' Serik '], { ADMIN_PASSWORD })).toEqual({
        email: 'a@b.kz',
        fullName: 'Serik',
        password: ADMIN_PASSWORD,
      });
      expect(() => parseCreateAdminArgs(['--email', 'a@b.kz', '--name', 'Serik'], {})).toThrow(/ADMIN_PASSWORD/);
      expect(() =>
        parseCreateAdminArgs(['--email', 'a@b.kz', '--name', 'Serik'], { ADMIN_PASSWORD: 'password1234' }),
      ).toThrow(/too common/);
      expect(() => parseCreateAdminArgs(['--email', 'a@b.kz', '--name', 'Serik'], { ADMIN_PASSWORD: 'short' })).toThrow(
        CommandLineError,
      );
      expect(() => parseCreateAdminArgs(['--name', 'Serik'], { ADMIN_PASSWORD })).toThrow(/--email/);
      expect(() =>
        parseCreateAdminArgs(['--email', 'a@b.kz', '--name', 'Serik', '--password', 'x'], { ADMIN_PASSWORD }),
      ).toThrow(CommandLineError);
    });

    it('creates an administrator who can use the admin API, audited as done by the command', async () => {
      const email = `second.admin.${Date.now()}@akimat.kz`;
      const created = await createAdmin(t.app.get(AdminUsersService), {
        email,
        fullName: 'Second Admin',
        password: ADMIN_PASSWORD,
      });
      expect(created).toMatchObject({ email, role: 'admin' });
      const session = await signIn(email, ADMIN_PASSWORD);
      expect((await call('GET', '/api/v1/admin/users', undefined, bearer(session.body.accessToken))).status).toBe(200);
      expect((await auditOf(`action=account.created&targetId=${created.id}`)).items[0]).toMatchObject({
        actorId: null,
        ip: null,
        details: { role: 'admin', via: 'command' },
      });
    });

    it('refuses an e-mail that exists, in any case, and changes nothing', async () => {
      const users = t.app.get(AdminUsersService);
      await expect(
        createAdmin(users, { email: admin.email.toUpperCase(), fullName: 'Impostor', password: ADMIN_PASSWORD }),
      ).rejects.toMatchObject({ code: 'email_taken', status: 409 });
      const person = await newEntrepreneur();
      await expect(
        createAdmin(users, { email: person.email, fullName: 'Impostor', password: ADMIN_PASSWORD }),
      ).rejects.toMatchObject({ code: 'email_taken' });
      expect((await asAdmin<Page<AdminUser>>('GET', `/api/v1/admin/users?q=${person.email}`)).body.items[0].role).toBe(
        'entrepreneur',
      );
    });
  });
});
