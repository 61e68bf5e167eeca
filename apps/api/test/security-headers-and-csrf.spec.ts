import type { Session } from '@kbdm/accounts/domain';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestApp, get, type TestApp } from './test-app';

const PASSWORD = 'steppe wind over Temirtau';
const CSRF = { 'x-kbdm-csrf': '1' };

type Answer<T> = { status: number; headers: Record<string, string | string[] | number | undefined>; body: T };

/** A stand-in for the built web app, shaped like Angular's output: scripts and styles as files only. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbdm-web-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><base href="/"><link rel="stylesheet" href="styles.css"></head>' +
      '<body><kbdm-root></kbdm-root><script src="main.js" type="module"></script></body></html>',
  );
  writeFileSync(join(dir, 'main.js'), 'export {};\n');
  writeFileSync(join(dir, 'styles.css'), 'body { margin: 0; }\n');
  return dir;
}

/** The Content-Security-Policy of a response, directive name → sources. */
function policyOf(headers: Answer<unknown>['headers']): Map<string, string[]> {
  const header = String(headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('security headers and cross-site request defence', () => {
  let t: TestApp;
  let webDist: string;
  let people = 0;

  beforeAll(async () => {
    webDist = fakeWebDist();
    process.env['WEB_DIST'] = webDist;
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const post = async <T>(url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> => {
    const response = await t.app.inject({ method: 'POST', url, payload: payload as object, headers });
    const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
    return {
      status: response.statusCode,
      headers: response.headers,
      body: (isJson ? response.json() : response.body) as T,
    };
  };

  /** The `cookie` header that presents the refresh token a response set. */
  const refreshCookieOf = (answer: Answer<unknown>): { cookie: string } => {
    const setCookie = ([] as string[]).concat(answer.headers['set-cookie'] as string | string[]);
    const cookie = setCookie.find((c) => c?.startsWith('kbdm_refresh='));
    if (!cookie) throw new Error('no refresh cookie');
    return { cookie: cookie.split(';')[0] };
  };

  /** A new account, signed in: the `cookie` header that presents its refresh token. */
  const signedIn = async (): Promise<{ cookie: string }> => {
    const email = `csrf${++people}.${Date.now()}@mail.kz`;
    expect(
      (
        await post('/api/v1/auth/register', {
          email,
          password: PASSWORD,
          role: 'entrepreneur',
          fullName: 'Aida Seitova',
        })
      ).status,
    ).toBe(201);
    const signIn = await post<Session>('/api/v1/auth/sign-in', { email, password: PASSWORD });
    expect(signIn.status).toBe(200);
    return refreshCookieOf(signIn);
  };

  const expectForbidden = (answer: Answer<unknown>, code: string, detail: RegExp) => {
    expect(answer.status).toBe(403);
    expect(String(answer.headers['content-type'])).toContain('application/problem+json');
    const body = answer.body as ProblemDetails;
    expect(body).toMatchObject({ status: 403, code });
    expect(body.detail).toMatch(detail);
  };

  describe('headers', () => {
    it.each([
      '/api/health',
      '/api/v1/districts',
      '/api/v1/nowhere',
      '/api/v1/me',
      '/',
      '/opportunities/123',
      '/main.js',
      '/api/docs',
    ])('sends the Content-Security-Policy and the other security headers with %s', async (url) => {
      const answer = await get(t.app, url);
      expect(answer.status).toBeLessThan(500);
      const policy = policyOf(answer.headers);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('script-src-attr')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
      expect(String(answer.headers['content-security-policy'])).not.toMatch(/unsafe-eval|https:|\*/);
      expect(answer.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
      });
      expect(answer.headers).not.toHaveProperty('x-powered-by');
    });

    it('leaves HSTS and upgrade-insecure-requests to production, which alone is served over https', async () => {
      const answer = await get(t.app, '/api/health');
      expect(answer.headers).not.toHaveProperty('strict-transport-security');
      expect(policyOf(answer.headers).has('upgrade-insecure-requests')).toBe(false);
    });

    it('still serves Swagger UI at /api/docs, with no inline script for the policy to block', async () => {
      const page = await get<string>(t.app, '/api/docs');
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      const scripts = [...page.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, content] of scripts) {
        expect(attributes).toMatch(/\bsrc="/);
        expect(content.trim()).toBe('');
      }
      expect(page.body).not.toMatch(/\son[a-z]+\s*=/i);
      for (const [, attributes] of scripts) {
        const src = /src="([^"]+)"/.exec(attributes)?.[1] ?? '';
        const script = await get(t.app, new URL(src, 'http://localhost/api/docs/').pathname);
        expect({ src, status: script.status }).toEqual({ src, status: 200 });
      }
      expect((await get(t.app, '/api/docs/openapi.json')).status).toBe(200);
    });

    it('documents the CSRF header and the 403 and 429 answers in the OpenAPI description', async () => {
      type Operation = {
        parameters?: { in: string; name: string; required?: boolean }[];
        responses: Record<string, { description: string }>;
      };
      const openApi = await get<{ paths: Record<string, { post: Operation }> }>(t.app, '/api/docs/openapi.json');
      for (const route of ['refresh', 'sign-out']) {
        const operation = openApi.body.paths[`/api/v1/auth/${route}`].post;
        expect(operation.parameters).toContainEqual(
          expect.objectContaining({ in: 'header', name: 'X-KBDM-CSRF', required: true }),
        );
        expect(operation.responses['403'].description).toContain('csrf_header_missing');
      }
      for (const route of ['sign-in', 'register', 'refresh']) {
        expect(openApi.body.paths[`/api/v1/auth/${route}`].post.responses['429'].description).toContain(
          'too_many_requests',
        );
      }
      expect(openApi.body.paths['/api/v1/auth/sign-in'].post.responses['429'].description).toContain('sign_in_delayed');
    });

    it('builds the web app without the inlined critical CSS whose onload handler the policy would block', () => {
      const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
      const project = JSON.parse(readFileSync(join(root, 'apps/web/project.json'), 'utf8'));
      const production = project.targets.build.configurations.production;
      expect(production.optimization?.styles?.inlineCritical).toBe(false);
    });
  });

  describe('CSRF defence of the cookie routes', () => {
    it('refuses refresh and sign-out without the X-KBDM-CSRF header, and the session lives on', async () => {
      const session = await signedIn();
      expectForbidden(await post('/api/v1/auth/refresh', undefined, session), 'csrf_header_missing', /X-KBDM-CSRF/);
      expectForbidden(await post('/api/v1/auth/sign-out', undefined, session), 'csrf_header_missing', /X-KBDM-CSRF/);
      expectForbidden(
        await post('/api/v1/auth/refresh', undefined, { ...session, 'x-kbdm-csrf': ' ' }),
        'csrf_header_missing',
        /X-KBDM-CSRF/,
      );
      expect((await post('/api/v1/auth/refresh', undefined, { ...session, ...CSRF })).status).toBe(200);
    });

    it('refuses them from another site even with the header: by Sec-Fetch-Site, or by an Origin that is not the host', async () => {
      const session = await signedIn();
      const withHeader = { ...session, ...CSRF };
      for (const site of ['cross-site', 'same-site']) {
        expectForbidden(
          await post('/api/v1/auth/refresh', undefined, { ...withHeader, 'sec-fetch-site': site }),
          'forbidden',
          /Sec-Fetch-Site/,
        );
        expectForbidden(
          await post('/api/v1/auth/sign-out', undefined, { ...withHeader, 'sec-fetch-site': site }),
          'forbidden',
          /Sec-Fetch-Site/,
        );
      }
      expectForbidden(
        await post('/api/v1/auth/refresh', undefined, { ...withHeader, origin: 'https://evil.example' }),
        'forbidden',
        /Origin does not match Host/,
      );
      expectForbidden(
        await post('/api/v1/auth/sign-out', undefined, { ...withHeader, origin: 'null' }),
        'forbidden',
        /Origin does not match Host/,
      );
      // None of that spent the refresh token.
      expect((await post('/api/v1/auth/refresh', undefined, withHeader)).status).toBe(200);
    });

    it('lets the web app refresh and sign out from its own origin', async () => {
      const session = await signedIn();
      const sameOrigin = { ...session, ...CSRF, 'sec-fetch-site': 'same-origin', origin: 'http://localhost' };
      const refreshed = await post<Session>('/api/v1/auth/refresh', undefined, sameOrigin);
      expect(refreshed.status).toBe(200);
      // A browser without Fetch Metadata: the Origin names this host.
      const next = { ...refreshCookieOf(refreshed), ...CSRF, origin: 'http://localhost' };
      expect((await post('/api/v1/auth/sign-out', undefined, next)).status).toBe(204);
      expect((await post('/api/v1/auth/refresh', undefined, next)).status).toBe(401);
    });

    it('refuses every cross-site write, signed in or not, and no read', async () => {
      const crossSite = { 'sec-fetch-site': 'cross-site' };
      expectForbidden(
        await post('/api/v1/auth/sign-in', { email: 'someone@mail.kz', password: PASSWORD }, crossSite),
        'forbidden',
        /Sec-Fetch-Site/,
      );
      const patch = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        payload: { phone: '+7 701 000 00 00' },
        headers: { ...crossSite, authorization: 'Bearer x' },
      });
      expect(patch.statusCode).toBe(403);
      expect((await get(t.app, '/api/v1/districts', crossSite)).status).toBe(200);
    });
  });
});
