import { HttpEventType } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { IMPORT_DEFAULT_LIMITS } from '@kbdm/catalogue/domain';
import { aJob, JOB_ID, pageOf } from '../../test/fixtures';
import { cleanUp, configureAdminPages, openPage, settle } from '../../test/harness';

const isList = (r: { method: string; url: string }) => r.method === 'GET' && r.url === '/api/v1/admin/imports';

async function openUpload(url = '/admin/imports') {
  const page = await openPage(url);
  const pickFile = async (file: File) => {
    const input = page.byTestId<HTMLInputElement>('import-file');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
  };
  return { ...page, pickFile };
}

jest.setTimeout(20_000);

describe('ImportUploadPage', () => {
  beforeEach(() => configureAdminPages());
  afterEach(() => cleanUp());

  it('lists the earlier imports of the page in the URL and explains the columns', async () => {
    const { http, element, text } = await openUpload('/admin/imports?page=2');
    const list = http.expectOne(isList);
    expect(list.request.params.get('page')).toBe('2');
    list.flush(pageOf([aJob({ status: 'done', counts: { add: 3, update: 0, unchanged: 1, invalid: 0 } })], 21, 2));
    await settle();

    const row = element.querySelector('[data-testid="import-list-row"]');
    expect(row?.textContent).toContain('opportunities.csv');
    expect(row?.textContent).toContain('Загружено');
    expect(row?.textContent).toContain('Новые 3 · Без изменений 1');
    expect(text('import-columns')).toContain('local_production_share_percent');
    expect(element.querySelector('[data-testid="import-template"]')?.getAttribute('href')).toBe(
      '/api/v1/open-data/opportunities.csv',
    );
  });

  it('offers the PPP projects too, with their columns and template, first when the list sent the administrator here', async () => {
    const { http, element, text, choose } = await openUpload('/admin/imports?catalogue=ppp-projects');
    http.expectOne(isList).flush(pageOf([aJob({ catalogue: 'ppp-projects', fileName: 'ppp.csv' })]));
    await settle();

    expect(text('import-catalogue')).toBe('Проекты ГЧП');
    expect(text('import-columns')).toContain('public_partner_kk');
    expect(text('import-columns')).toContain('tender_deadline');
    expect(text('import-columns')).not.toContain('hs_code');
    expect(element.querySelector('[data-testid="import-template"]')?.getAttribute('href')).toBe(
      '/api/v1/open-data/ppp-projects.csv',
    );
    expect(element.querySelector('[data-testid="imports-catalogue-link"]')?.getAttribute('href')).toBe(
      '/admin/catalogue/ppp-projects',
    );
    expect(element.querySelector('[data-testid="import-list-row"]')?.textContent).toContain('Проекты ГЧП');

    await choose('import-catalogue', 'Возможности');
    expect(text('import-columns')).toContain('hs_code');
    expect(element.querySelector('[data-testid="import-template"]')?.getAttribute('href')).toBe(
      '/api/v1/open-data/opportunities.csv',
    );
  });

  it('uploads a PPP projects file under its catalogue', async () => {
    const { http, click, pickFile, choose } = await openUpload();
    http.expectOne(isList).flush(pageOf([]));
    await settle();

    await choose('import-catalogue', 'Проекты ГЧП');
    await pickFile(new File(['code,name_ru\r\nPPP-1,Водопровод\r\n'], 'ppp.csv', { type: 'text/csv' }));
    await click('import-submit');
    const upload = http.expectOne({ method: 'POST', url: '/api/v1/admin/imports' });
    expect((upload.request.body as FormData).get('catalogue')).toBe('ppp-projects');
    upload.flush(aJob({ catalogue: 'ppp-projects' }), { status: 202, statusText: 'Accepted' });
    await settle();
    http.expectOne(`/api/v1/admin/imports/${JOB_ID}`).flush(aJob({ catalogue: 'ppp-projects', status: 'cancelled' }));
  });

  it('refuses a wrong type or a too big file before sending anything', async () => {
    const { http, click, text, pickFile } = await openUpload();
    http.expectOne(isList).flush(pageOf([]));
    await settle();

    await click('import-submit');
    expect(text('import-file-error')).toBe('Выберите файл.');

    await pickFile(new File(['%PDF'], 'catalogue.pdf', { type: 'application/pdf' }));
    expect(text('import-file-error')).toBe('Только файлы .csv и .xlsx.');

    const huge = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: IMPORT_DEFAULT_LIMITS.maxBytes + 1 });
    await pickFile(huge);
    expect(text('import-file-error')).toContain('предел — 100 МБ');
    await click('import-submit');
    http.expectNone((r) => r.method === 'POST');
  });

  it('uploads the file with its progress and opens the job', async () => {
    const { http, byTestId, click, pickFile } = await openUpload();
    http.expectOne(isList).flush(pageOf([]));
    await settle();

    await pickFile(new File(['code,name_ru\r\nOPP-1,Кирпич\r\n'], 'opportunities.csv', { type: 'text/csv' }));
    await click('import-submit');
    const upload = http.expectOne({ method: 'POST', url: '/api/v1/admin/imports' });
    expect((upload.request.body as FormData).get('catalogue')).toBe('opportunities');
    upload.event({ type: HttpEventType.UploadProgress, loaded: 30, total: 100 });
    await settle();
    expect(byTestId('upload-progress')?.getAttribute('aria-valuenow')).toBe('30');

    upload.flush(aJob(), { status: 202, statusText: 'Accepted' });
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/admin/imports/${JOB_ID}`);
    http.expectOne(`/api/v1/admin/imports/${JOB_ID}`).flush(aJob({ status: 'cancelled' }));
  });

  it('tells a refusal of the server by its status', async () => {
    const { http, click, text, pickFile } = await openUpload();
    http.expectOne(isList).flush(pageOf([]));
    await settle();

    await pickFile(new File(['x'], 'opportunities.xlsx'));
    await click('import-submit');
    http
      .expectOne({ method: 'POST', url: '/api/v1/admin/imports' })
      .flush(
        { type: 'about:blank', title: 'Payload Too Large', status: 413, detail: 'Larger than 100 MB.' },
        { status: 413, statusText: 'Payload Too Large' },
      );
    await settle();
    expect(text('import-upload-problem')).toContain('Файл слишком большой для сервера.');
    expect(text('import-upload-problem')).toContain('Larger than 100 MB.');
  });
});
