import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  AdminOpportunity,
  AdminPppProject,
  ImportJob,
  OpportunityInput,
  PppProjectInput,
} from '@kbdm/catalogue/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { firstValueFrom, toArray } from 'rxjs';
import { CatalogueAdminClient, type ImportUploadEvent } from './catalogue-admin-client';

const BASE = 'https://portal.test/api/v1/admin';
const ID = '5debaae2-3ecb-5722-9563-dd1da8a08584';
const JOB_ID = '8c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

const input: OpportunityInput = {
  code: 'OPP-BRICK',
  name: { kk: 'Кірпіш', ru: 'Кирпич', en: '' },
  description: { kk: '', ru: 'Керамический кирпич', en: 'Ceramic brick', drafts: ['en'] },
  hsCode: '690410',
  sectorCode: 'C23',
  importVolume: { amount: 12000, unit: 't' },
  importValueUsd: 4_500_000,
  sourceCountries: ['RU', 'CN'],
  localProductionShare: 12,
  investmentKzt: { min: 800_000_000, max: 1_200_000_000 },
  jobs: 60,
  status: 'open',
  districtCode: 'temirtau',
  location: { lat: 50.05, lon: 72.96 },
  source: { title: 'Регистр импорта', url: 'https://stat.gov.kz' },
  demo: false,
};

const project: PppProjectInput = {
  code: 'PPP-WATER',
  name: { kk: 'Су құбыры', ru: 'Водопровод', en: '' },
  description: { kk: '', ru: 'Реконструкция водопровода', en: 'Water main renewal', drafts: ['en'] },
  sectorCode: 'E36',
  form: 'concession',
  stage: 'tender',
  need: 'drinking_water',
  capexKzt: 12_000_000_000,
  termYears: 25,
  publicPartner: { kk: 'Әкімдік', ru: 'Акимат', en: 'Akimat' },
  tenderDeadline: '2026-09-30',
  districtCode: 'temirtau',
  location: null,
  source: null,
  demo: true,
};

const job = (overrides: Partial<ImportJob> = {}): ImportJob => ({
  id: JOB_ID,
  catalogue: 'opportunities',
  fileName: 'opportunities.csv',
  format: 'csv',
  size: 400,
  status: 'queued',
  mode: null,
  progress: { done: 0, total: 400, percent: 0 },
  rows: 0,
  counts: { add: 0, update: 0, unchanged: 0, invalid: 0 },
  applied: null,
  failure: null,
  createdBy: null,
  createdAt: '2026-03-10T10:00:00.000Z',
  updatedAt: '2026-03-10T10:00:00.000Z',
  finishedAt: null,
  ...overrides,
});

describe('CatalogueAdminClient', () => {
  let http: HttpTestingController;
  let client: CatalogueAdminClient;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(CatalogueAdminClient);
  });

  afterEach(() => http.verify());

  it('lists opportunities with search, publication and missing-translation filters', () => {
    client.opportunities({ q: ' кирпич ', published: false, missing: true, page: 2, pageSize: 20 }).subscribe();
    const request = http.expectOne((r) => r.url === `${BASE}/opportunities`);
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('q')).toBe('кирпич');
    expect(request.request.params.get('published')).toBe('false');
    expect(request.request.params.get('missing')).toBe('true');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
  });

  it('leaves out the filters nobody chose, and missing=false', () => {
    client.opportunities({ q: '', missing: false, page: 1 }).subscribe();
    const request = http.expectOne((r) => r.url === `${BASE}/opportunities`);
    expect(request.request.urlWithParams).toBe(`${BASE}/opportunities?page=1`);
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('reads, creates and updates an opportunity, the update carrying its version', async () => {
    client.opportunity(ID).subscribe();
    http.expectOne({ method: 'GET', url: `${BASE}/opportunities/${ID}` }).flush({ ...input, id: ID });

    const created = firstValueFrom(client.createOpportunity(input));
    const create = http.expectOne({ method: 'POST', url: `${BASE}/opportunities` });
    expect(create.request.body).toEqual(input);
    create.flush({ ...input, id: ID, published: false, version: 1 }, { status: 201, statusText: 'Created' });
    expect((await created).published).toBe(false);

    client.updateOpportunity(ID, { ...input, version: 3 }).subscribe();
    const update = http.expectOne({ method: 'PUT', url: `${BASE}/opportunities/${ID}` });
    expect(update.request.body).toEqual({ ...input, version: 3 });
    update.flush({});
  });

  it('passes a stale-version refusal on as the API sent it', async () => {
    const saved = firstValueFrom(client.updateOpportunity(ID, { ...input, version: 3 }));
    http
      .expectOne(`${BASE}/opportunities/${ID}`)
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'stale_version' },
        { status: 409, statusText: 'Conflict' },
      );
    await expect(saved).rejects.toMatchObject({ status: 409, error: { code: 'stale_version' } });
  });

  it('publishes with the version and reads the history', async () => {
    const published = firstValueFrom(client.changePublication(ID, { published: true, version: 4 }));
    const publish = http.expectOne({ method: 'POST', url: `${BASE}/opportunities/${ID}/publication` });
    expect(publish.request.body).toEqual({ published: true, version: 4 });
    publish.flush({ id: ID, published: true, version: 5 } as Partial<AdminOpportunity>);
    expect((await published).version).toBe(5);

    const history = firstValueFrom(client.opportunityHistory(ID));
    http.expectOne({ method: 'GET', url: `${BASE}/opportunities/${ID}/history` }).flush([]);
    expect(await history).toEqual([]);
  });

  it('lists PPP projects with the same filters at their own path', () => {
    client.pppProjects({ q: 'вода', published: true, missing: false, page: 1 }).subscribe();
    const request = http.expectOne((r) => r.url === `${BASE}/ppp-projects`);
    expect(request.request.method).toBe('GET');
    expect(request.request.urlWithParams).toBe(`${BASE}/ppp-projects?q=%D0%B2%D0%BE%D0%B4%D0%B0&published=true&page=1`);
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('reads, creates, updates and publishes a PPP project, each change carrying its version', async () => {
    client.pppProject(ID).subscribe();
    http.expectOne({ method: 'GET', url: `${BASE}/ppp-projects/${ID}` }).flush({ ...project, id: ID });

    const created = firstValueFrom(client.createPppProject(project));
    const create = http.expectOne({ method: 'POST', url: `${BASE}/ppp-projects` });
    expect(create.request.body).toEqual(project);
    create.flush({ ...project, id: ID, published: false, version: 1 }, { status: 201, statusText: 'Created' });
    expect((await created).published).toBe(false);

    client.updatePppProject(ID, { ...project, version: 2 }).subscribe();
    const update = http.expectOne({ method: 'PUT', url: `${BASE}/ppp-projects/${ID}` });
    expect(update.request.body).toEqual({ ...project, version: 2 });
    update.flush({});

    const published = firstValueFrom(client.changePppProjectPublication(ID, { published: true, version: 3 }));
    const publish = http.expectOne({ method: 'POST', url: `${BASE}/ppp-projects/${ID}/publication` });
    expect(publish.request.body).toEqual({ published: true, version: 3 });
    publish.flush({ id: ID, published: true, version: 4 } as Partial<AdminPppProject>);
    expect((await published).version).toBe(4);
  });

  it('passes a PPP project’s taken code on with the field it names', async () => {
    const saved = firstValueFrom(client.updatePppProject(ID, { ...project, version: 2 }));
    http.expectOne(`${BASE}/ppp-projects/${ID}`).flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'code_taken',
        errors: [{ field: 'code', message: 'Another PPP project has the code PPP-WATER.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await expect(saved).rejects.toMatchObject({
      status: 409,
      error: { code: 'code_taken', errors: [{ field: 'code' }] },
    });
  });

  it('reads a PPP project’s history, and any catalogue’s by name', async () => {
    const history = firstValueFrom(client.pppProjectHistory(ID));
    http.expectOne({ method: 'GET', url: `${BASE}/ppp-projects/${ID}/history` }).flush([]);
    expect(await history).toEqual([]);

    client.history('opportunities', ID).subscribe();
    http.expectOne({ method: 'GET', url: `${BASE}/opportunities/${ID}/history` }).flush([]);
  });

  it('uploads the catalogue field before the file and reports the share sent', async () => {
    const file = new File(['code,name_ru\n'], 'opportunities.csv', { type: 'text/csv' });
    const events = firstValueFrom(client.upload('opportunities', file).pipe(toArray()));

    const request = http.expectOne({ method: 'POST', url: `${BASE}/imports` });
    const body = request.request.body as FormData;
    expect([...body.keys()]).toEqual(['catalogue', 'file']);
    expect(body.get('catalogue')).toBe('opportunities');
    expect((body.get('file') as File).name).toBe('opportunities.csv');
    expect(request.request.reportProgress).toBe(true);
    request.event({ type: HttpEventType.UploadProgress, loaded: 100, total: 400 });
    request.event({ type: HttpEventType.UploadProgress, loaded: 400, total: 400 });
    request.flush(job(), { status: 202, statusText: 'Accepted' });

    expect(await events).toEqual<ImportUploadEvent[]>([
      { kind: 'progress', percent: 25 },
      { kind: 'progress', percent: 100 },
      { kind: 'uploaded', job: job() },
    ]);
  });

  it('reads the imports, one job, its preview rows by action and its errors as a Blob', async () => {
    client.imports({ page: 2, pageSize: 20 }).subscribe();
    const list = http.expectOne((r) => r.url === `${BASE}/imports`);
    expect(list.request.urlWithParams).toBe(`${BASE}/imports?page=2&pageSize=20`);
    list.flush({ items: [job()], total: 21, page: 2, pageSize: 20 });

    client.importJob(JOB_ID).subscribe();
    http.expectOne({ method: 'GET', url: `${BASE}/imports/${JOB_ID}` }).flush(job());

    client.importRows(JOB_ID, { action: 'invalid', page: 1, pageSize: 50 }).subscribe();
    const rows = http.expectOne((r) => r.url === `${BASE}/imports/${JOB_ID}/rows`);
    expect(rows.request.urlWithParams).toBe(`${BASE}/imports/${JOB_ID}/rows?action=invalid&page=1&pageSize=50`);
    rows.flush({ items: [], total: 0, page: 1, pageSize: 50 });

    const csv = firstValueFrom(client.importErrorsCsv(JOB_ID));
    const download = http.expectOne(`${BASE}/imports/${JOB_ID}/errors.csv`);
    expect(download.request.responseType).toBe('blob');
    download.flush(new Blob(['row,column,reason\r\n']));
    expect(await csv).toBeInstanceOf(Blob);
  });

  it('applies an import in the chosen mode and cancels one', () => {
    client.applyImport(JOB_ID, 'valid_only').subscribe();
    const apply = http.expectOne({ method: 'POST', url: `${BASE}/imports/${JOB_ID}/apply` });
    expect(apply.request.body).toEqual({ mode: 'valid_only' });
    apply.flush(job({ status: 'apply_queued', mode: 'valid_only' }), { status: 202, statusText: 'Accepted' });

    client.cancelImport(JOB_ID).subscribe();
    http.expectOne({ method: 'POST', url: `${BASE}/imports/${JOB_ID}/cancel` }).flush(job({ status: 'cancelled' }));
  });

  it('names the open-data CSV as the template to start from', () => {
    expect(client.templateUrl('opportunities')).toBe('https://portal.test/api/v1/open-data/opportunities.csv');
    expect(client.templateUrl('ppp-projects')).toBe('https://portal.test/api/v1/open-data/ppp-projects.csv');
  });

  it('uploads a PPP projects spreadsheet under its catalogue', () => {
    client.upload('ppp-projects', new File(['code\n'], 'ppp.csv', { type: 'text/csv' })).subscribe();
    const request = http.expectOne({ method: 'POST', url: `${BASE}/imports` });
    expect((request.request.body as FormData).get('catalogue')).toBe('ppp-projects');
    request.flush(job({ catalogue: 'ppp-projects', fileName: 'ppp.csv' }), { status: 202, statusText: 'Accepted' });
  });
});
