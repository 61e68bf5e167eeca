import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { ApplicationSummary, QueueCounts } from '@kbdm/applications/domain';
import type { Page } from '@kbdm/shared/domain';
import { anApplication, dana } from '../../test/fixtures';
import { configureReview, openReview, problem } from '../../test/harness';

const isList = (r: { url: string }) => r.url === '/api/v1/officer/applications';
const isCounts = (r: { url: string }) => r.url === '/api/v1/officer/applications/counts';
const pageOf = (items: ApplicationSummary[], total = items.length, page = 1): Page<ApplicationSummary> => ({
  items,
  total,
  page,
  pageSize: 20,
});
const counts: QueueCounts = {
  byStatus: {
    draft: 0,
    submitted: 4,
    in_review: 2,
    information_requested: 1,
    resubmitted: 0,
    approved: 7,
    rejected: 1,
    withdrawn: 0,
  },
  overdue: 3,
  total: 15,
};

const overdueRow = anApplication({
  status: 'submitted',
  submittedAt: '2026-02-10T06:00:00.000Z',
  decisionDue: '2026-03-02',
  overdue: true,
  version: 6,
});
const pausedRow = anApplication({
  id: 'paused',
  reference: 'KBDM-2026-000014',
  status: 'information_requested',
  assignee: dana,
  decisionDue: null,
  pausedWorkingDaysLeft: 5,
});

async function openQueue(url = '/officer/applications', rows: ApplicationSummary[] = [overdueRow, pausedRow]) {
  const page = await openReview(url);
  const list = page.http.expectOne(isList);
  const countsRequest = page.http.expectOne(isCounts);
  list.flush(pageOf(rows));
  countsRequest.flush(counts);
  page.answerCatalogue();
  await page.settle();
  return { ...page, list, countsRequest };
}

jest.setTimeout(30_000);

describe('QueuePage', () => {
  beforeEach(() => configureReview());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks the API the question the URL asks, and counts under the same filters bar the status', async () => {
    const { list, countsRequest } = await openQueue(
      '/officer/applications?status=submitted,in_review&district=temirtau&assignee=none&overdue=true&q=%D0%9F%D0%B5%D0%BA%D0%B0%D1%80%D0%BD%D1%8F&page=2',
    );

    expect(list.request.params.get('status')).toBe('submitted,in_review');
    expect(list.request.params.get('district')).toBe('temirtau');
    expect(list.request.params.get('assignee')).toBe('none');
    expect(list.request.params.get('overdue')).toBe('true');
    expect(list.request.params.get('q')).toBe('Пекарня');
    expect(list.request.params.get('page')).toBe('2');
    expect(countsRequest.request.params.keys().sort()).toEqual(['assignee', 'district', 'overdue', 'q']);
  });

  it('shows the counts per status on the chips and keeps the chosen statuses in the URL', async () => {
    const { byTestId, click, http, settle } = await openQueue();

    const chip = byTestId('queue-statuses')?.querySelector<HTMLElement>('[data-status="in_review"]');
    expect(chip?.textContent?.trim()).toBe('На рассмотрении · 2');
    expect(byTestId('queue-all')?.textContent?.trim()).toBe('Все · 15');
    expect(byTestId('queue-overdue')?.textContent?.trim()).toBe('Только просроченные · 3');

    await click(chip?.querySelector<HTMLElement>('button') ?? chip);
    expect(TestBed.inject(Router).url).toBe('/officer/applications?status=in_review');
    http.expectOne(isList).flush(pageOf([]));
    // The counts do not depend on the status chosen: nothing is asked again.
    http.expectNone(isCounts);
    await settle();
  });

  it('says an overdue deadline with a sign and a word, and a paused one with the days left', async () => {
    const { allByTestId } = await openQueue();

    const [overdue, paused] = allByTestId('queue-deadline');
    expect(overdue.querySelector('kbdm-overdue-mark')?.textContent?.trim()).toBe('Просрочено');
    expect(overdue.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(overdue.textContent).toContain('2 марта 2026 г.');
    expect(paused.textContent?.trim()).toBe('Остановлен: осталось рабочих дней — 5');
  });

  it('offers "Take" only on unassigned rows and takes one at the version of its row', async () => {
    const { allByTestId, click, http, settle } = await openQueue();

    expect(allByTestId('queue-take')).toHaveLength(1);
    await click(allByTestId('queue-take')[0]);
    const take = http.expectOne(`/api/v1/officer/applications/${overdueRow.id}/assignee`);
    expect(take.request.method).toBe('PUT');
    expect(take.request.body).toEqual({ version: 6, assigneeId: dana.id });
    take.flush(anApplication({ ...overdueRow, assignee: dana, version: 7 }));
    await settle();

    expect(document.querySelector('simple-snack-bar')?.textContent).toContain('Заявка KBDM-2026-000012 теперь ваша.');
    http.expectOne(isList).flush(pageOf([{ ...overdueRow, assignee: dana, version: 7 }, pausedRow]));
    http.expectOne(isCounts).flush(counts);
    await settle();
    expect(allByTestId('queue-take')).toHaveLength(0);
  });

  it('says a colleague took it first when the API refuses', async () => {
    const { allByTestId, click, http, settle } = await openQueue();

    await click(allByTestId('queue-take')[0]);
    problem(http.expectOne(`/api/v1/officer/applications/${overdueRow.id}/assignee`), 409, {
      code: 'application_assigned_elsewhere',
    });
    await settle();

    expect(document.querySelector('simple-snack-bar')?.textContent).toContain(
      'Заявку KBDM-2026-000012 уже взял коллега.',
    );
    http.expectOne(isList).flush(pageOf([pausedRow]));
    http.expectOne(isCounts).flush(counts);
  });

  it('exports the same filters as CSV through HttpClient, which carries the bearer token', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:queue';
    });
    URL.revokeObjectURL = jest.fn();
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^applications-\d{4}-\d{2}-\d{2}\.csv$/);
    });
    const { byTestId, click, http, settle } = await openQueue('/officer/applications?district=saran&sort=-submittedAt');

    await click(byTestId('queue-export'));
    const csv = http.expectOne((r) => r.url.startsWith('/api/v1/officer/applications/export.csv'));
    expect(csv.request.urlWithParams).toBe('/api/v1/officer/applications/export.csv?district=saran&sort=-submittedAt');
    expect(csv.request.responseType).toBe('blob');
    csv.flush(new Blob(['\ufeffreference;status\n'], { type: 'text/csv' }));
    await settle();

    expect(created).toHaveLength(1);
    expect(clicked).toHaveBeenCalled();
    clicked.mockRestore();
  });

  it('keeps the page in the URL', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => anApplication({ id: `a${i}`, reference: `KBDM-2026-0000${i}` }));
    const page = await openReview('/officer/applications');
    page.http.expectOne(isList).flush(pageOf(rows, 45));
    page.http.expectOne(isCounts).flush(counts);
    page.answerCatalogue();
    await page.settle();

    await page.click(page.element().querySelector<HTMLElement>('.mat-mdc-paginator-navigation-next'));
    expect(TestBed.inject(Router).url).toBe('/officer/applications?page=2');
    const next = page.http.expectOne(isList);
    expect(next.request.params.get('page')).toBe('2');
    next.flush(pageOf(rows, 45, 2));
    page.http.expectNone(isCounts);
  });
});
