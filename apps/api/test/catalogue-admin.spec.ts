import { AdminUsersService } from '@kbdm/accounts/api-feature';
import type { Session } from '@kbdm/accounts/domain';
import { ImportJobsRepository } from '@kbdm/catalogue/api-data-access';
import { Clock } from '@kbdm/api/core-config';
import { DocumentStorage } from '@kbdm/api/core-storage';
import { CATALOGUE_IMPORTERS, type CatalogueImporter, ImportRunner } from '@kbdm/catalogue/api-feature-admin';
import type {
  AdminItemSummary,
  AdminOpportunity,
  AdminPppProject,
  CatalogueChange,
  ImportJob,
  ImportPreviewRow,
  OpportunityInput,
  PppProjectInput,
} from '@kbdm/catalogue/domain';
import type { Page, ProblemDetails } from '@kbdm/shared/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createAdmin } from '../src/commands/create-admin.command';
import { createTestApp, type TestApp } from './test-app';

const PASSWORD = 'steppe wind over Temirtau';
const ADMIN_PASSWORD = 'coal trains at Shakhtinsk dawn';
const NOBODY = '6f1f2d9c-0000-4000-8000-000000000000';
const MAX_ROWS = 400;
const MAX_BYTES = 1024 * 1024;

type Answer<T> = { status: number; headers: Record<string, string | string[] | number | undefined>; body: T };
type Method = 'GET' | 'POST' | 'PUT';

/** A multipart/form-data body: the `catalogue` field, then one `file`. */
function multipart(file: { name: string; bytes: Buffer }, catalogue = 'opportunities') {
  const boundary = `----kbdm${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="catalogue"\r\n\r\n${catalogue}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A CSV as lines of cells (quoted where needed), with the BOM the export writes. */
const csv = (rows: string[][]) =>
  Buffer.from(
    '\uFEFF' +
      rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') +
      '\r\n',
  );

/** The export's CSV as rows of cells. */
const parseCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true });

const INPUT: OpportunityInput = {
  code: 'OPP-TEST-BEARINGS',
  name: { kk: '', ru: 'Подшипники качения', en: 'Rolling bearings' },
  description: { kk: '', ru: 'Подшипники для горной техники.', en: '' },
  hsCode: '8482',
  sectorCode: 'C28',
  importVolume: { amount: 1200, unit: 't' },
  importValueUsd: 18_500_000,
  sourceCountries: ['CN', 'RU'],
  localProductionShare: 4.5,
  investmentKzt: { min: 1_500_000_000, max: 3_000_000_000 },
  jobs: 140,
  status: 'open',
  districtCode: 'temirtau',
  location: { lat: 50.06, lon: 72.96 },
  source: null,
  demo: false,
};

const PPP: PppProjectInput = {
  code: 'PPP-TEST-BUS-DEPOT',
  name: { kk: '', ru: 'Автобусный парк Темиртау', en: 'Temirtau bus depot' },
  description: { kk: '', ru: 'Строительство и содержание автобусного парка.', en: '' },
  sectorCode: 'H49',
  form: 'concession',
  stage: 'tender',
  need: 'transport',
  capexKzt: 6_500_000_000,
  termYears: 15,
  publicPartner: { kk: '', ru: 'Акимат города Темиртау', en: '' },
  tenderDeadline: '2027-03-01',
  districtCode: 'temirtau',
  location: { lat: 50.05, lon: 72.95 },
  source: null,
  demo: false,
};

describe('catalogue administration: edit forms and spreadsheet imports', () => {
  let t: TestApp;
  let admin: { id: string; token: string };
  let entrepreneur: { token: string };
  let runner: ImportRunner;
  let db: DataSource;

  const call = async <T>(method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ method, url, payload: payload as object, headers });
    const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
    return {
      status: response.statusCode,
      headers: response.headers,
      body: (isJson ? response.json() : response.body) as T,
    } as Answer<T>;
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const asAdmin = <T>(method: Method, url: string, payload?: unknown) =>
    call<T>(method, url, payload, bearer(admin.token));
  const expectProblem = (answer: Answer<unknown>, status: number, field?: string): ProblemDetails => {
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
    expect(String(answer.headers['content-type'])).toContain('application/problem+json');
    const body = answer.body as ProblemDetails;
    if (field) expect(body.errors?.map((e) => e.field)).toContain(field);
    return body;
  };
  const signIn = async (email: string, password: string) => {
    const session = await call<Session>('POST', '/api/v1/auth/sign-in', { email, password });
    expect(session.status).toBe(200);
    return session.body.accessToken;
  };

  /** Every opportunity column, in code order: what "nothing changed" is checked against. */
  const snapshot = (table = 'opportunity') =>
    db.query(`SELECT o.code, to_jsonb(o) - 'search_vector' - 'search_text' AS row FROM ${table} o ORDER BY o.code`);

  const upload = async (name: string, bytes: Buffer, catalogue?: string) => {
    const body = multipart({ name, bytes }, catalogue);
    return call<ImportJob>('POST', '/api/v1/admin/imports', body.payload, { ...body.headers, ...bearer(admin.token) });
  };
  /** Uploads, lets the runner validate, and answers the job as the page would see it. */
  const preview = async (name: string, bytes: Buffer, catalogue?: string): Promise<ImportJob> => {
    const uploaded = await upload(name, bytes, catalogue);
    expect(uploaded.status).toBe(202);
    expect(uploaded.body.status).toBe('queued');
    await runner.runPending();
    return (await asAdmin<ImportJob>('GET', `/api/v1/admin/imports/${uploaded.body.id}`)).body;
  };
  const applyImport = async (id: string, mode: 'all' | 'valid_only') => {
    const answer = await asAdmin<ImportJob>('POST', `/api/v1/admin/imports/${id}/apply`, { mode });
    if (answer.status !== 202) return answer;
    await runner.runPending();
    return asAdmin<ImportJob>('GET', `/api/v1/admin/imports/${id}`);
  };
  const exported = async (dataset = 'opportunities') => {
    const answer = await call<string>('GET', `/api/v1/open-data/${dataset}.csv`);
    expect(answer.status).toBe(200);
    return parseCsv(answer.body);
  };

  beforeAll(async () => {
    process.env['THROTTLE_SIGN_IN_PER_MINUTE'] = '100000';
    process.env['THROTTLE_REGISTER_PER_MINUTE'] = '100000';
    process.env['IMPORT_MAX_ROWS'] = String(MAX_ROWS);
    process.env['IMPORT_MAX_BYTES'] = String(MAX_BYTES);
    t = await createTestApp();
    runner = t.app.get(ImportRunner);
    db = t.app.get(DataSource);
    const email = `catalogue-admin.${Date.now()}@akimat.kz`;
    const created = await createAdmin(t.app.get(AdminUsersService), {
      email,
      fullName: 'Aliya Catalogue',
      password: ADMIN_PASSWORD,
    });
    admin = { id: created.id, token: await signIn(email, ADMIN_PASSWORD) };
    const other = `entrepreneur.${Date.now()}@mail.kz`;
    const registered = await call('POST', '/api/v1/auth/register', {
      email: other,
      password: PASSWORD,
      role: 'entrepreneur',
      fullName: 'Dana Bek',
    });
    expect(registered.status).toBe(201);
    entrepreneur = { token: await signIn(other, PASSWORD) };
  }, 120_000);

  afterAll(async () => {
    delete process.env['IMPORT_MAX_ROWS'];
    delete process.env['IMPORT_MAX_BYTES'];
    await t?.close();
  });

  describe('who may use the admin routes', () => {
    const ROUTES: [Method, string, unknown][] = [
      ['GET', '/api/v1/admin/opportunities', undefined],
      ['GET', `/api/v1/admin/opportunities/${NOBODY}`, undefined],
      ['POST', '/api/v1/admin/opportunities', INPUT],
      ['PUT', `/api/v1/admin/opportunities/${NOBODY}`, { ...INPUT, version: 1 }],
      ['POST', `/api/v1/admin/opportunities/${NOBODY}/publication`, { published: true, version: 1 }],
      ['GET', `/api/v1/admin/opportunities/${NOBODY}/history`, undefined],
      ['GET', '/api/v1/admin/ppp-projects', undefined],
      ['GET', `/api/v1/admin/ppp-projects/${NOBODY}`, undefined],
      ['POST', '/api/v1/admin/ppp-projects', PPP],
      ['PUT', `/api/v1/admin/ppp-projects/${NOBODY}`, { ...PPP, version: 1 }],
      ['POST', `/api/v1/admin/ppp-projects/${NOBODY}/publication`, { published: true, version: 1 }],
      ['GET', `/api/v1/admin/ppp-projects/${NOBODY}/history`, undefined],
      ['POST', '/api/v1/admin/imports', undefined],
      ['GET', '/api/v1/admin/imports', undefined],
      ['GET', `/api/v1/admin/imports/${NOBODY}`, undefined],
      ['GET', `/api/v1/admin/imports/${NOBODY}/rows`, undefined],
      ['GET', `/api/v1/admin/imports/${NOBODY}/errors.csv`, undefined],
      ['POST', `/api/v1/admin/imports/${NOBODY}/apply`, { mode: 'all' }],
      ['POST', `/api/v1/admin/imports/${NOBODY}/cancel`, undefined],
      ['GET', '/api/v1/admin/audit-events', undefined],
      ['GET', '/api/v1/admin/users', undefined],
    ];

    it.each(ROUTES)(
      'refuses %s %s to an entrepreneur (403) and to nobody signed in (401)',
      async (method, url, body) => {
        expectProblem(await call(method, url, body, bearer(entrepreneur.token)), 403);
        expectProblem(await call(method, url, body), 401);
      },
    );

    it('covers every catalogue admin route the API documents', async () => {
      const openApi = await call<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/docs/openapi.json');
      const documented = Object.entries(openApi.body.paths)
        .filter(([path]) => /^\/api\/v1\/admin\/(opportunities|ppp-projects|imports)/.test(path))
        .flatMap(([path, operations]) =>
          Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace('{id}', NOBODY)}`),
        );
      const covered = ROUTES.map(([method, url]) => `${method} ${url}`).filter((r) =>
        /admin\/(opportunities|ppp-projects|imports)/.test(r),
      );
      expect(documented.sort()).toEqual(covered.sort());
    });

    it('the refused upload stored no import', async () => {
      const body = multipart({ name: 'x.csv', bytes: csv([['code'], ['A']]) });
      expectProblem(
        await call('POST', '/api/v1/admin/imports', body.payload, { ...body.headers, ...bearer(entrepreneur.token) }),
        403,
      );
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM import_job WHERE file_name = 'x.csv'`);
      expect(n).toBe(0);
    });
  });

  describe('the edit form', () => {
    it('creates unpublished, publishes, edits with a version, and keeps who changed what', async () => {
      const created = await asAdmin<AdminOpportunity>('POST', '/api/v1/admin/opportunities', INPUT);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ code: INPUT.code, published: false, version: 1, districtCode: 'temirtau' });
      expect(created.body.missingTranslations).toEqual([
        { field: 'name', lang: 'kk' },
        { field: 'description', lang: 'kk' },
        { field: 'description', lang: 'en' },
      ]);
      const id = created.body.id;

      // Unpublished: the public neither lists nor opens it, nor exports it.
      expect((await call('GET', `/api/v1/opportunities/${id}`)).status).toBe(404);
      const hidden = await call<{ total: number }>(
        'GET',
        `/api/v1/opportunities?q=${encodeURIComponent('Подшипники качения')}`,
      );
      expect(hidden.body.total).toBe(0);
      expect((await exported()).some((row) => row[1] === INPUT.code)).toBe(false);

      const published = await asAdmin<AdminOpportunity>('POST', `/api/v1/admin/opportunities/${id}/publication`, {
        published: true,
        version: 1,
      });
      expect(published.body).toMatchObject({ published: true, version: 2 });
      expect((await call('GET', `/api/v1/opportunities/${id}`)).status).toBe(200);

      const edited = await asAdmin<AdminOpportunity>('PUT', `/api/v1/admin/opportunities/${id}`, {
        ...INPUT,
        name: { ...INPUT.name, kk: 'Домалау мойынтіректері' },
        jobs: 160,
        version: 2,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ jobs: 160, version: 3, name: { kk: 'Домалау мойынтіректері' } });

      // A form loaded before that edit is refused, and changes nothing.
      const stale = await asAdmin('PUT', `/api/v1/admin/opportunities/${id}`, { ...INPUT, jobs: 1, version: 2 });
      expect(expectProblem(stale, 409, 'version').code).toBe('stale_version');
      expect((await asAdmin<AdminOpportunity>('GET', `/api/v1/admin/opportunities/${id}`)).body.jobs).toBe(160);

      const history = await asAdmin<CatalogueChange[]>('GET', `/api/v1/admin/opportunities/${id}/history`);
      expect(history.body.map((c) => [c.action, c.fields, c.actor?.fullName])).toEqual([
        ['catalogue.updated', ['name', 'jobs'], 'Aliya Catalogue'],
        ['catalogue.published', [], 'Aliya Catalogue'],
        ['catalogue.created', [], 'Aliya Catalogue'],
      ]);

      const list = await asAdmin<Page<AdminItemSummary>>('GET', '/api/v1/admin/opportunities?q=bearings&missing=true');
      expect(list.body.items.map((i) => i.code)).toEqual([INPUT.code]);
      const unpublished = await asAdmin<Page<AdminItemSummary>>('GET', '/api/v1/admin/opportunities?published=false');
      expect(unpublished.body.items.some((i) => i.code === INPUT.code)).toBe(false);
    });

    it.each([
      ['name.ru', { name: { kk: '', ru: '', en: 'Only English' } }],
      ['investmentKzt.max', { investmentKzt: { min: 10, max: 5 } }],
      ['sectorCode', { sectorCode: 'C99' }],
      ['districtCode', { districtCode: 'atlantis' }],
      ['location.lat', { location: { lat: 10, lon: 72 } }],
      ['sourceCountries', { sourceCountries: ['Russia'] }],
      ['status', { status: 'sold' }],
      ['colour', { colour: 'red' }],
    ])('names %s when it is wrong, and saves nothing', async (field, change) => {
      const before = await snapshot();
      const answer = await asAdmin('POST', '/api/v1/admin/opportunities', {
        ...INPUT,
        code: `OPP-BAD-${field}`.replace(/\W/g, '-'),
        ...change,
      });
      expectProblem(answer, 400, field);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a code another opportunity has', async () => {
      const answer = await asAdmin('POST', '/api/v1/admin/opportunities', INPUT);
      expect(expectProblem(answer, 409, 'code').code).toBe('code_taken');
    });
  });

  describe('spreadsheet imports', () => {
    it('imports the exported catalogue again without changing anything', async () => {
      const rows = await exported();
      const before = await snapshot();
      const job = await preview('opportunities.csv', csv(rows));
      expect(job).toMatchObject({ status: 'ready', rows: rows.length - 1, progress: { percent: 100 } });
      expect(job.counts).toEqual({ add: 0, update: 0, unchanged: rows.length - 1, invalid: 0 });
      const done = await applyImport(job.id, 'all');
      expect(done.body).toMatchObject({ status: 'done', applied: { added: 0, updated: 0 } });
      expect(await snapshot()).toEqual(before);
    });

    it('reports exactly the three bad rows and changes nothing; then imports the valid rows only', async () => {
      const [header, ...rows] = await exported();
      const col = (name: string) => header.indexOf(name);
      const changed = [...rows[0]];
      changed[col('jobs')] = String(Number(changed[col('jobs')]) + 7);
      const added = (code: string) => {
        const row = [...rows[1]];
        row[col('code')] = code;
        row[col('id')] = '';
        return row;
      };
      const badNumber = added('OPP-NEW-BAD-1');
      badNumber[col('import_value_usd')] = '12 млн';
      const badSector = added('OPP-NEW-BAD-2');
      badSector[col('sector_code')] = 'C99';
      const badRange = added('OPP-NEW-BAD-3');
      badRange[col('investment_min_kzt')] = '900';
      badRange[col('investment_max_kzt')] = '100';
      // Data rows start at spreadsheet row 2; the bad ones are rows 4, 6 and 7.
      const file = [header, changed, added('OPP-NEW-1'), badNumber, added('OPP-NEW-2'), badSector, badRange];
      const before = await snapshot();

      const job = await preview('changes.csv', csv(file));
      expect(job.counts).toEqual({ add: 2, update: 1, unchanged: 0, invalid: 3 });
      const invalid = await asAdmin<Page<ImportPreviewRow>>(
        'GET',
        `/api/v1/admin/imports/${job.id}/rows?action=invalid`,
      );
      expect(invalid.body.items.flatMap((r) => r.errors)).toEqual([
        {
          row: 4,
          column: 'import_value_usd',
          reason: 'is not a number: 12 млн',
          code: 'not_a_number',
          value: '12 млн',
        },
        { row: 6, column: 'sector_code', reason: 'no sector has the code C99', code: 'unknown_sector', value: 'C99' },
        { row: 7, column: 'investment_max_kzt', reason: 'must not be below min', code: 'notBelow' },
      ]);
      const update = await asAdmin<Page<ImportPreviewRow>>('GET', `/api/v1/admin/imports/${job.id}/rows?action=update`);
      expect(update.body.items).toEqual([expect.objectContaining({ row: 2, changes: ['jobs'] })]);
      const report = await asAdmin<string>('GET', `/api/v1/admin/imports/${job.id}/errors.csv`);
      expect(parseCsv(report.body)).toEqual([
        ['row', 'column', 'reason'],
        ['4', 'import_value_usd', 'is not a number: 12 млн'],
        ['6', 'sector_code', 'no sector has the code C99'],
        ['7', 'investment_max_kzt', 'must not be below min'],
      ]);

      // "Import all" is refused while rows are wrong: nothing changes.
      expect(expectProblem(await applyImport(job.id, 'all'), 409, 'mode').code).toBe('import_has_errors');
      expect(await snapshot()).toEqual(before);

      const done = await applyImport(job.id, 'valid_only');
      expect(done.body).toMatchObject({ status: 'done', mode: 'valid_only', applied: { added: 2, updated: 1 } });
      const codes = (await snapshot()).map((r: { code: string }) => r.code);
      expect(codes).toEqual(expect.arrayContaining(['OPP-NEW-1', 'OPP-NEW-2']));
      expect(codes.filter((c: string) => c.startsWith('OPP-NEW-BAD'))).toEqual([]);
      const [row] = await db.query('SELECT jobs, version FROM opportunity WHERE code = $1', [changed[col('code')]]);
      expect(row).toEqual({ jobs: Number(changed[col('jobs')]), version: 2 });
      const [audit] = await db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'catalogue.imported' AND details->>'importId' = $1`,
        [job.id],
      );
      expect(audit.n).toBe(3);
    });

    it('reads an XLSX workbook like a CSV', async () => {
      const [header, , , , first] = await exported();
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('opportunities');
      sheet.addRow(header);
      const row = [...first];
      row[header.indexOf('code')] = 'OPP-XLSX-1';
      // Numbers as spreadsheet numbers, not text.
      sheet.addRow(
        row.map((cell, i) =>
          ['jobs', 'import_value_usd', 'lat', 'lon'].includes(header[i]) && cell !== '' ? Number(cell) : cell,
        ),
      );
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const job = await preview('opportunities.xlsx', bytes);
      expect(job).toMatchObject({
        status: 'ready',
        format: 'xlsx',
        counts: { add: 1, update: 0, unchanged: 0, invalid: 0 },
      });
      const cancelled = await asAdmin<ImportJob>('POST', `/api/v1/admin/imports/${job.id}/cancel`);
      expect(cancelled.body.status).toBe('cancelled');
      expect(expectProblem(await applyImport(job.id, 'valid_only'), 409).code).toBe('import_not_ready');
    });

    it('fails a file without a required column, naming it, and one over the row limit', async () => {
      const noCode = await preview(
        'no-code.csv',
        csv([
          ['name_ru', 'jobs'],
          ['Цемент', '5'],
        ]),
      );
      expect(noCode.status).toBe('failed');
      expect(noCode.failure).toContain('code');
      const [header, first] = await exported();
      const many = [
        header,
        ...Array.from({ length: MAX_ROWS + 1 }, (_, i) =>
          first.map((c, j) => (j === header.indexOf('code') ? `OPP-MANY-${i}` : c)),
        ),
      ];
      const tooMany = await preview('many.csv', csv(many));
      expect(tooMany.status).toBe('failed');
      expect(tooMany.failure).toContain(`more than ${MAX_ROWS}`);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM opportunity WHERE code LIKE 'OPP-MANY-%'`);
      expect(n).toBe(0);
    });

    it('answers 413 for a file over the size limit and 415 for one that is no spreadsheet', async () => {
      const big = await upload('big.csv', Buffer.alloc(MAX_BYTES + 10, 'a'));
      expectProblem(big, 413, 'file');
      expectProblem(await upload('photo.png', Buffer.from('not a table')), 415, 'file');
      expectProblem(await upload('fake.xlsx', csv([['code'], ['x']])), 415, 'file');
      expectProblem(await upload('x.csv', csv([['code'], ['x']]), 'bank-accounts'), 400, 'catalogue');
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM import_job WHERE file_name IN ('big.csv', 'photo.png', 'fake.xlsx')`,
      );
      expect(n).toBe(0);
    });

    it('hands a validation on at once when its instance shuts down', async () => {
      const [header, first] = await exported();
      const uploaded = await upload('shutdown.csv', csv([header, first]));
      const stopping = new ImportRunner(
        t.app.get(ImportJobsRepository),
        t.app.get(DocumentStorage),
        t.app.get(Clock),
        t.app.get<CatalogueImporter[]>(CATALOGUE_IMPORTERS),
      );
      const work = stopping.runPending();
      await stopping.onApplicationShutdown();
      await work;
      const [left] = await db.query('SELECT status, lease_until FROM import_job WHERE id = $1', [uploaded.body.id]);
      expect(left.status).toBe('validating');
      expect(new Date(left.lease_until).getTime()).toBe(0);
      await runner.runPending();
      expect((await asAdmin<ImportJob>('GET', `/api/v1/admin/imports/${uploaded.body.id}`)).body.status).toBe('ready');
    });

    it('is taken up by another instance when the one validating it stops', async () => {
      const [header, first] = await exported();
      const uploaded = await upload('takeover.csv', csv([header, first]));
      // An instance claims it and stops at once: its lease runs out.
      const jobs = t.app.get(ImportJobsRepository);
      const claimed = await jobs.claimNext('stopped-instance', new Date());
      expect(claimed?.id).toBe(uploaded.body.id);
      await runner.runPending();
      expect((await asAdmin<ImportJob>('GET', `/api/v1/admin/imports/${uploaded.body.id}`)).body.status).toBe(
        'validating',
      );
      await db.query(`UPDATE import_job SET lease_until = now() - interval '1 second' WHERE id = $1`, [
        uploaded.body.id,
      ]);
      await runner.runPending();
      const job = (await asAdmin<ImportJob>('GET', `/api/v1/admin/imports/${uploaded.body.id}`)).body;
      expect(job).toMatchObject({ status: 'ready', counts: { unchanged: 1 } });
    });
  });

  describe('PPP projects', () => {
    it('are edited like opportunities: unpublished at first, checked field by field, with their history', async () => {
      for (const [field, change] of [
        ['publicPartner.ru', { publicPartner: { kk: '', ru: '', en: 'Akimat' } }],
        ['tenderDeadline', { tenderDeadline: '2027-02-30' }],
        ['capexKzt', { capexKzt: -1 }],
        ['stage', { stage: 'build' }],
        ['sectorCode', { sectorCode: 'C99' }],
      ] as const) {
        expectProblem(await asAdmin('POST', '/api/v1/admin/ppp-projects', { ...PPP, ...change }), 400, field);
      }
      const created = await asAdmin<AdminPppProject>('POST', '/api/v1/admin/ppp-projects', PPP);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        code: PPP.code,
        published: false,
        version: 1,
        tenderDeadline: '2027-03-01',
      });
      expect(created.body.missingTranslations).toContainEqual({ field: 'publicPartner', lang: 'kk' });
      const id = created.body.id;
      expect((await call('GET', `/api/v1/ppp-projects/${id}`)).status).toBe(404);

      const edited = await asAdmin<AdminPppProject>('PUT', `/api/v1/admin/ppp-projects/${id}`, {
        ...PPP,
        publicPartner: { ...PPP.publicPartner, kk: 'Теміртау қаласының әкімдігі' },
        capexKzt: 7_000_000_000,
        version: 1,
      });
      expect(edited.body).toMatchObject({ version: 2, capexKzt: 7_000_000_000 });
      const published = await asAdmin<AdminPppProject>('POST', `/api/v1/admin/ppp-projects/${id}/publication`, {
        published: true,
        version: 2,
      });
      expect(published.body.published).toBe(true);
      expect((await call('GET', `/api/v1/ppp-projects/${id}`)).status).toBe(200);
      const history = await asAdmin<CatalogueChange[]>('GET', `/api/v1/admin/ppp-projects/${id}/history`);
      expect(history.body.map((c) => [c.action, c.fields])).toEqual([
        ['catalogue.published', []],
        ['catalogue.updated', ['capexKzt', 'publicPartner']],
        ['catalogue.created', []],
      ]);
      expectProblem(await asAdmin('PUT', `/api/v1/admin/ppp-projects/${id}`, { ...PPP, version: 1 }), 409, 'version');
      expectProblem(await asAdmin('POST', '/api/v1/admin/ppp-projects', PPP), 409, 'code');
    });

    it('import again unchanged from their export, and report a bad stage and date by row and column', async () => {
      const [header, ...rows] = await exported('ppp-projects');
      const before = await snapshot('ppp_project');
      const same = await preview('ppp.csv', csv([header, ...rows]), 'ppp-projects');
      expect(same.counts).toEqual({ add: 0, update: 0, unchanged: rows.length, invalid: 0 });
      expect((await applyImport(same.id, 'all')).body).toMatchObject({
        status: 'done',
        applied: { added: 0, updated: 0 },
      });
      expect(await snapshot('ppp_project')).toEqual(before);

      const col = (name: string) => header.indexOf(name);
      const moved = [...rows[0]];
      moved[col('stage')] = moved[col('stage')] === 'concept' ? 'idea' : 'concept';
      const bad = [...rows[1]];
      bad[col('code')] = 'PPP-NEW-BAD';
      bad[col('stage')] = 'build';
      bad[col('tender_deadline')] = 'soon';
      const job = await preview('ppp-changes.csv', csv([header, moved, bad]), 'ppp-projects');
      expect(job.counts).toMatchObject({ update: 1, invalid: 1 });
      const invalid = await asAdmin<Page<ImportPreviewRow>>(
        'GET',
        `/api/v1/admin/imports/${job.id}/rows?action=invalid`,
      );
      expect(invalid.body.items.flatMap((r) => r.errors)).toEqual([
        {
          row: 3,
          column: 'tender_deadline',
          reason: 'is not a date (YYYY-MM-DD): soon',
          code: 'not_a_date',
          value: 'soon',
        },
      ]);
      expect(expectProblem(await applyImport(job.id, 'all'), 409).code).toBe('import_has_errors');
      expect(await snapshot('ppp_project')).toEqual(before);
    });
  });
});
