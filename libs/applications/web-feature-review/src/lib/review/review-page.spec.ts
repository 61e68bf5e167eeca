import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Application } from '@kbdm/applications/domain';
import { aDocument, anApplication, APPLICATION_ID, dana } from '../../test/fixtures';
import { configureReview, openReview, problem } from '../../test/harness';

const URL_ = `/api/v1/applications/${APPLICATION_ID}`;
const isTransition = (r: { url: string }) => r.url === `${URL_}/transitions`;
const kenzhe = { id: 'k1', fullName: 'Кенже Ахметов', role: 'officer' };

const inReview = (overrides: Partial<Application> = {}) =>
  anApplication({
    status: 'in_review',
    assignee: dana,
    submittedAt: '2026-03-02T06:00:00.000Z',
    decisionDue: '2026-03-23',
    actions: ['request_information', 'approve', 'reject'],
    form: { projectTitle: 'Пекарня в Темиртау', binIin: '900101300017', projectCostKzt: 30_000_000 },
    documents: [aDocument()],
    ...overrides,
  });

async function openApplication(application: Application = inReview()) {
  const page = await openReview(`/officer/applications/${APPLICATION_ID}`);
  page.http.expectOne(URL_).flush(application);
  await page.settle();
  page.answerCatalogue();
  for (const request of page.http.match(`/api/v1/officer/officers`)) request.flush([dana, kenzhe]);
  for (const request of page.http.match(`${URL_}/messages`)) request.flush([]);
  await page.settle();
  return page;
}

const dialogInput = () => document.querySelector('[data-testid="reason-input"]') as HTMLTextAreaElement;
const confirmDialog = () => document.querySelector<HTMLElement>('[data-testid="reason-confirm"]');

jest.setTimeout(30_000);

describe('ReviewPage', () => {
  beforeEach(() => configureReview());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('offers only the actions the API lists', async () => {
    const { allByTestId } = await openApplication(inReview({ actions: ['approve', 'reject', 'withdraw'] }));

    expect(allByTestId('review-action').map((button) => button.textContent?.trim())).toEqual(['Одобрить', 'Отклонить']);
  });

  it('asks for a reason before requesting information and sends it with the version seen', async () => {
    const { allByTestId, click, http, settle, byTestId } = await openApplication();

    await click(allByTestId('review-action')[0]);
    await click(confirmDialog());
    expect(http.match(isTransition)).toEqual([]);
    expect(document.querySelector('mat-dialog-container mat-error')?.textContent?.trim()).toBe('Укажите причину.');

    dialogInput().value = 'Приложите договор аренды.';
    dialogInput().dispatchEvent(new Event('input'));
    await click(confirmDialog());
    const request = http.expectOne(isTransition);
    expect(request.request.body).toEqual({
      action: 'request_information',
      version: 3,
      reason: 'Приложите договор аренды.',
    });
    request.flush(inReview({ status: 'information_requested', version: 4, actions: [], pausedWorkingDaysLeft: 10 }));
    await settle();
    for (const messages of http.match(`${URL_}/messages`)) messages.flush([]);
    await settle();

    expect(byTestId('status-chip')?.textContent?.trim()).toBe('Запрошены сведения');
    expect(byTestId('review-done')?.textContent).toContain('Сведения запрошены');
  });

  it('approves without a reason when none is given', async () => {
    const { allByTestId, click, http, settle } = await openApplication();

    await click(allByTestId('review-action')[1]);
    await click(confirmDialog());
    const request = http.expectOne(isTransition);
    expect(request.request.body).toEqual({ action: 'approve', version: 3 });
    request.flush(inReview({ status: 'approved', version: 4, actions: [], decidedAt: '2026-03-12T06:00:00.000Z' }));
    await settle();
    for (const messages of http.match(`${URL_}/messages`)) messages.flush([]);
  });

  it('reads the application again and says someone else acted first on a stale version', async () => {
    const { allByTestId, click, http, settle, text } = await openApplication();

    await click(allByTestId('review-action')[1]);
    await click(confirmDialog());
    problem(http.expectOne(isTransition), 409, { code: 'application_version_conflict' });
    await settle();
    http.expectOne(URL_).flush(inReview({ status: 'rejected', version: 5, actions: [] }));
    await settle();
    for (const messages of http.match(`${URL_}/messages`)) messages.flush([]);
    await settle();

    expect(text('review-notice')).toContain('Коллега успел раньше');
    expect(text('status-chip')).toBe('Отклонена');
    expect(allByTestId('review-action')).toHaveLength(0);
  });

  it('takes an unassigned application, assigns it to an officer and releases it', async () => {
    const { byTestId, click, http, settle } = await openApplication(inReview({ assignee: null }));
    const assignee = `/api/v1/officer/applications/${APPLICATION_ID}/assignee`;

    await click(byTestId('assignment-take'));
    const take = http.expectOne(assignee);
    expect(take.request.body).toEqual({ version: 3, assigneeId: dana.id });
    take.flush(inReview({ assignee: dana, version: 4 }));
    await settle();
    expect(byTestId('assignee')?.textContent?.trim()).toBe(`Назначена: ${dana.fullName}`);

    await click(byTestId('assignment-officer')?.querySelector<HTMLElement>('.mat-mdc-select-trigger'));
    const option = [...document.querySelectorAll<HTMLElement>('mat-option')].find((o) =>
      o.textContent?.includes('Кенже Ахметов'),
    );
    await click(option);
    await click(byTestId('assignment-assign'));
    const assign = http.expectOne(assignee);
    expect(assign.request.body).toEqual({ version: 4, assigneeId: 'k1' });
    assign.flush(inReview({ assignee: kenzhe, version: 5 }));
    await settle();

    await click(byTestId('assignment-release'));
    const release = http.expectOne(assignee);
    expect(release.request.body).toEqual({ version: 5, assigneeId: null });
    release.flush(inReview({ assignee: null, version: 6 }));
    await settle();
    expect(byTestId('assignee')?.textContent?.trim()).toBe('Пока никому не назначена.');
  });

  it('shows the answers read-only with their labels, and downloads a document as a Blob', async () => {
    URL.createObjectURL = jest.fn(() => 'blob:document');
    URL.revokeObjectURL = jest.fn();
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { byTestId, click, http, settle } = await openApplication();

    const answers = byTestId('answers');
    expect(answers?.querySelector('[data-field="binIin"]')?.textContent).toBe('900101300017');
    expect(answers?.querySelector('[data-field="projectCostKzt"]')?.textContent?.replace(/\s/g, ' ')).toBe(
      '30 000 000 ₸',
    );
    expect(answers?.querySelector('[data-field="plannedJobs"]')?.textContent).toBe('нет ответа');

    await click(byTestId('document-download'));
    const download = http.expectOne(`${URL_}/documents/doc-1`);
    expect(download.request.responseType).toBe('blob');
    download.flush(new Blob(['%PDF']));
    await settle();
    expect(URL.createObjectURL).toHaveBeenCalled();
    expect(clicked).toHaveBeenCalled();
    clicked.mockRestore();
  });

  it('keeps applicants out', async () => {
    const page = await openReview(`/officer/applications/${APPLICATION_ID}`, {
      id: 'u1',
      email: 'aida@example.kz',
      role: 'entrepreneur',
      fullName: 'Аида',
      phone: null,
      districtId: null,
      business: null,
      createdAt: '2025-11-20T08:00:00.000Z',
    });

    page.http.expectNone(URL_);
    expect(page.harness.routeNativeElement?.textContent ?? '').toBe('');
  });
});
