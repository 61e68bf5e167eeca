import fc from 'fast-check';
import { connect } from 'node:net';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { createTestApp, get, type TestApp } from './test-app';

const LISTS = ['districts', 'sectors', 'opportunities', 'ppp-projects', 'programmes', 'sez', 'sez-slots'];

describe('HTTP contract: problem details, health, OpenAPI', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const expectProblem = async (url: string, status: number, field?: string) => {
    const response = await get<ProblemDetails>(t.app, url);
    expect({ url, status: response.status }).toEqual({ url, status });
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.status).toBe(status);
    expect(response.body.type).toMatch(/^https:\/\//);
    if (field) expect(response.body.errors?.map((e) => e.field)).toContain(field);
    return response.body;
  };

  it.each([
    ['/api/v1/opportunities?pageSize=1000', 'pageSize'],
    ['/api/v1/opportunities?pageSize=0', 'pageSize'],
    ['/api/v1/opportunities?page=-1', 'page'],
    ['/api/v1/opportunities?status=bogus', 'status'],
    ['/api/v1/opportunities?sector=steel', 'sector'],
    ['/api/v1/opportunities?sector=C99', 'sector'],
    ['/api/v1/opportunities?district=atlantis', 'district'],
    ['/api/v1/opportunities?minScore=abc', 'minScore'],
    ['/api/v1/opportunities?minImportValue=10&maxImportValue=5', 'minImportValue'],
    ['/api/v1/opportunities?sort=random', 'sort'],
    ['/api/v1/opportunities?colour=red', 'colour'],
    ['/api/v1/opportunities?lang=de', 'lang'],
    ['/api/v1/ppp-projects?stage=build', 'stage'],
    ['/api/v1/programmes?instrument=lottery', 'instrument'],
    ['/api/v1/sez-slots?railSpur=maybe', 'railSpur'],
    ['/api/v1/sez-slots?minArea=5&maxArea=1', 'minArea'],
    ['/api/v1/districts?kind=village', 'kind'],
    ['/api/v1/map/features?layers=airports', 'layers'],
    ['/api/v1/map/features?bbox=1,2,3', 'bbox'],
    ['/api/v1/map/features?bbox=74,50,72,49', 'bbox'],
    ['/api/v1/map/features?bbox=a,b,c,d', 'bbox'],
    ['/api/v1/opportunities/not-a-uuid', 'id'],
    ['/api/v1/sez/123/slots', 'id'],
  ])('answers 400 naming the parameter for %s', async (url, field) => {
    await expectProblem(url, 400, field);
  });

  it.each(LISTS)('answers 404 for an unknown id in %s', async (list) => {
    await expectProblem(`/api/v1/${list}/6f1f2d9c-0000-4000-8000-000000000000`, 404);
  });

  it('answers 404 problem details for an unknown API route', async () => {
    await expectProblem('/api/v1/nothing-here', 404);
  });

  it('never answers 500, whatever the query string', async () => {
    const key = fc.constantFrom('q', 'page', 'pageSize', 'sort', 'sector', 'district', 'status', 'lang', 'minCapex', 'bbox', 'layers', 'x');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LISTS, 'map/features'),
        fc.array(fc.tuple(key, fc.string({ maxLength: 30 })), { maxLength: 4 }),
        async (list, pairs) => {
          const query = new URLSearchParams(pairs).toString();
          const response = await t.app.inject({ method: 'GET', url: `/api/v1/${list}?${query}` });
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode >= 400) expect(response.headers['content-type']).toContain('application/problem+json');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers a request the HTTP parser cannot read with problem details too', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as { port: number };
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        // A raw, unencoded Cyrillic byte sequence in the request target.
        socket.write(Buffer.concat([Buffer.from('GET /api/v1/opportunities?q='), Buffer.from('кирпич'), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]));
      });
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toContain('application/problem+json');
  });

  it('reports health with a database round trip', async () => {
    const { status, body } = await get<{ status: string; database: string }>(t.app, '/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('describes every catalogue route in OpenAPI', async () => {
    const { status, body } = await get<{ paths: Record<string, unknown> }>(t.app, '/api/docs/openapi.json');
    expect(status).toBe(200);
    for (const path of ['/api/v1/opportunities', '/api/v1/opportunities/{id}', '/api/v1/sez/{id}/slots', '/api/v1/map/features']) {
      expect(Object.keys(body.paths)).toContain(path);
    }
  });

  it('answers many concurrent requests without one hanging', async () => {
    const urls = Array.from({ length: 40 }, (_, i) => `/api/v1/${LISTS[i % LISTS.length]}?pageSize=5&page=${(i % 3) + 1}`);
    const responses = await Promise.all(urls.map((url) => t.app.inject({ method: 'GET', url })));
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
  });
});
