import type { ImportJob, ImportPreviewRow } from '@kbdm/catalogue/domain';
import { aJob, aPreviewRow, JOB_ID, pageOf } from '../../test/fixtures';
import { cleanUp, configureAdminPages, openPage, settle } from '../../test/harness';
import { IMPORT_POLL_MS } from './import-job-page';

const JOB_URL = `/api/v1/admin/imports/${JOB_ID}`;
const isRows = (action?: string) => (r: { url: string; params: { get(name: string): string | null } }) =>
  r.url === `${JOB_URL}/rows` && r.params.get('action') === (action ?? null);

const badRow: ImportPreviewRow = aPreviewRow({
  row: 7,
  code: 'OPP-X',
  name: null,
  action: 'invalid',
  changes: [],
  errors: [
    { row: 7, column: 'hs_code', reason: 'must be 4 or 6 digits' },
    { row: 7, column: 'jobs', reason: 'must be a whole number' },
    { row: 7, column: 'sector_code', reason: 'no sector has the code C99', code: 'unknown_sector', value: 'C99' },
  ],
});
const ready: ImportJob = aJob({
  status: 'ready',
  rows: 13,
  progress: { done: 40_000, total: 40_000, percent: 100 },
  counts: { add: 3, update: 2, unchanged: 7, invalid: 1 },
});

async function openJob(first: ImportJob) {
  const page = await openPage(`/admin/imports/${JOB_ID}`);
  page.http.expectOne({ method: 'GET', url: JOB_URL }).flush(first);
  await settle();
  return page;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

jest.setTimeout(20_000);

describe('ImportJobPage', () => {
  beforeEach(() => configureAdminPages());
  afterEach(() => cleanUp());

  it('shows the progress while the file is checked and asks again every second until it is ready', async () => {
    const { http, byTestId, text } = await openJob(
      aJob({
        status: 'validating',
        rows: 5200,
        progress: { done: 16_000, total: 40_000, percent: 40 },
        counts: { add: 4000, update: 1000, unchanged: 150, invalid: 50 },
      }),
    );

    expect(text('import-status')).toBe('Файл проверяется');
    const bar = byTestId('import-progress');
    expect(bar?.getAttribute('mode')).toBe('determinate');
    expect(bar?.getAttribute('aria-valuenow')).toBe('40');
    expect(text('import-percent')).toBe('40 %');
    expect(text('count-add')).toBe('4 000');
    expect(text('count-invalid')).toBe('50');
    // The preview waits for the whole file.
    http.expectNone((r) => r.url === `${JOB_URL}/rows`);

    await wait(IMPORT_POLL_MS + 100);
    http.expectOne({ method: 'GET', url: JOB_URL }).flush(ready);
    await settle();
    expect(byTestId('import-progress')).toBeNull();
    expect(text('import-status')).toBe('Проверено. Пока ничего не изменилось: выберите ниже.');
    http.expectOne(isRows()).flush(pageOf([aPreviewRow(), badRow], 13, 1, 50));
    http.expectOne(isRows('invalid')).flush(pageOf([badRow], 1, 1, 50));
    await settle();

    // Ready waits for the administrator: nobody asks again.
    await wait(IMPORT_POLL_MS + 100);
    http.expectNone({ method: 'GET', url: JOB_URL });
  });

  it('refuses the whole file while a row is bad, shows the bad rows, and imports the valid ones with mode valid_only', async () => {
    const { http, byTestId, element, text, click } = await openJob(ready);
    http.expectOne(isRows()).flush(pageOf([aPreviewRow(), badRow], 13, 1, 50));
    http.expectOne(isRows('invalid')).flush(pageOf([badRow], 1, 1, 50));
    await settle();

    const errorRows = [...element.querySelectorAll('[data-testid="error-row"]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );
    // A reason with a code is said in the reader's language; one without keeps the API's words.
    expect(errorRows).toEqual([
      ['7', 'hs_code', 'must be 4 or 6 digits'],
      ['7', 'jobs', 'must be a whole number'],
      ['7', 'sector_code', 'нет отрасли с кодом C99'],
    ]);
    expect(element.querySelectorAll('[data-testid="preview-row"]')).toHaveLength(2);
    expect(byTestId<HTMLButtonElement>('import-apply-all')?.disabled).toBe(true);
    expect(text('import-all-blocked')).toContain('целиком ничего не меняет');
    expect(byTestId('import-errors-csv')).not.toBeNull();

    await click('import-apply-valid');
    const apply = http.expectOne({ method: 'POST', url: `${JOB_URL}/apply` });
    expect(apply.request.body).toEqual({ mode: 'valid_only' });
    apply.flush(aJob({ ...ready, status: 'apply_queued', mode: 'valid_only' }), {
      status: 202,
      statusText: 'Accepted',
    });
    await settle();
    expect(text('import-status')).toBe('Ждёт загрузки');
    expect(byTestId('import-decision')).toBeNull();

    // Following the job again starts at once.
    http.expectOne({ method: 'GET', url: JOB_URL }).flush(
      aJob({
        ...ready,
        status: 'done',
        mode: 'valid_only',
        applied: { added: 3, updated: 2 },
        finishedAt: '2026-03-10T10:05:00.000Z',
      }),
    );
    await settle();
    expect(text('import-status')).toBe('Загружено');
    expect(text('import-applied')).toBe('Добавлено: 3. Обновлено: 2.');
  });

  it('downloads the bad rows as CSV with the bearer token, not through a plain link', async () => {
    const { http, click } = await openJob(ready);
    http.expectOne(isRows()).flush(pageOf([badRow], 13, 1, 50));
    http.expectOne(isRows('invalid')).flush(pageOf([badRow], 1, 1, 50));
    await settle();
    const saved: string[] = [];
    URL.createObjectURL = jest.fn(() => 'blob:errors');
    URL.revokeObjectURL = jest.fn();
    const clickLink = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });

    await click('import-errors-csv');
    const download = http.expectOne(`${JOB_URL}/errors.csv`);
    expect(download.request.responseType).toBe('blob');
    download.flush(new Blob(['row,column,reason\r\n7,hs_code,must be 4 or 6 digits\r\n']));
    await settle();
    expect(saved).toEqual(['opportunities-errors.csv']);
    clickLink.mockRestore();
  });

  it('filters the preview by action', async () => {
    const { http, byTestId, text } = await openJob(ready);
    http.expectOne(isRows()).flush(pageOf([aPreviewRow()], 13, 1, 50));
    http.expectOne(isRows('invalid')).flush(pageOf([badRow], 1, 1, 50));
    await settle();
    expect(text('preview-action-add')).toBe('Новые (3)');

    byTestId('preview-action-add')?.querySelector('button')?.click();
    await settle();
    http.expectOne(isRows('add')).flush(pageOf([aPreviewRow({ action: 'add', changes: [] })], 3, 1, 50));
    await settle();
    expect(text('preview-row')).toContain('Новые');
  });

  it('imports a file without bad rows whole, and explains a refusal', async () => {
    const clean = aJob({ ...ready, counts: { add: 3, update: 2, unchanged: 7, invalid: 0 } });
    const { http, byTestId, text, click } = await openJob(clean);
    http.expectOne(isRows()).flush(pageOf([aPreviewRow()], 12, 1, 50));
    await settle();
    expect(byTestId('import-apply-valid')).toBeNull();
    expect(byTestId('import-errors-csv')).toBeNull();

    await click('import-apply-all');
    const apply = http.expectOne({ method: 'POST', url: `${JOB_URL}/apply` });
    expect(apply.request.body).toEqual({ mode: 'all' });
    apply.flush(
      { type: 'about:blank', title: 'Conflict', status: 409, code: 'import_has_errors' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(text('import-action-problem')).toContain('В файле есть строки с ошибками');
    http.expectOne({ method: 'GET', url: JOB_URL }).flush(clean);
  });

  it('cancels an import that waits for the decision', async () => {
    const { http, text, click } = await openJob(ready);
    http.expectOne(isRows()).flush(pageOf([], 13, 1, 50));
    http.expectOne(isRows('invalid')).flush(pageOf([badRow], 1, 1, 50));
    await settle();

    await click('import-cancel');
    http
      .expectOne({ method: 'POST', url: `${JOB_URL}/cancel` })
      .flush(aJob({ ...ready, status: 'cancelled', finishedAt: '2026-03-10T10:05:00.000Z' }));
    await settle();
    expect(text('import-status')).toBe('Отменено');
    expect(text('import-cancelled')).toBe('Загрузка отменена; ничего не изменилось.');
  });

  it('opens the catalogue the file was imported into once it is done', async () => {
    const done = (catalogue: ImportJob['catalogue']) =>
      aJob({
        catalogue,
        status: 'done',
        mode: 'all',
        counts: { add: 1, update: 0, unchanged: 0, invalid: 0 },
        applied: { added: 1, updated: 0 },
        finishedAt: '2026-03-10T10:05:00.000Z',
      });
    const { http, byTestId } = await openJob(done('ppp-projects'));
    http.expectOne(isRows()).flush(pageOf([aPreviewRow({ code: 'PPP-WATER', action: 'add' })], 1, 1, 50));
    await settle();
    expect(byTestId('import-open-catalogue')?.getAttribute('href')).toBe('/admin/catalogue/ppp-projects');
  });
});
