import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Application } from '@kbdm/applications/domain';
import { I18n } from '@kbdm/shared/web-core';
import { aDocument, anApplication, APPLICATION_ID, COMPLETE_FORM, dana } from '../../test/fixtures';
import { Router } from '@angular/router';
import { configureApply, openApply, problem, profile } from '../../test/harness';

const URL = `/api/v1/applications/${APPLICATION_ID}`;
const isPatch = (r: { url: string; method: string }) => r.url === URL && r.method === 'PATCH';
const isTransition = (r: { url: string }) => r.url === `${URL}/transitions`;
const isMessages = (r: { url: string }) => r.url === `${URL}/messages`;

async function openApplication(application: Application = anApplication()) {
  const page = await openApply(`/applications/${APPLICATION_ID}`);
  page.http.expectOne(URL).flush(application);
  await page.settle();
  page.answerReference();
  for (const request of page.http.match(isMessages)) request.flush([]);
  await page.settle();
  // The programme's amounts are asked once the form knows it is editable.
  page.answerReference();
  await page.settle();
  return page;
}

const complete = (overrides: Partial<Application> = {}) => anApplication({ form: { ...COMPLETE_FORM }, ...overrides });

jest.setTimeout(30_000);

describe('ApplicationPage', () => {
  beforeEach(() => configureApply());

  afterEach(() => {
    jest.useRealTimers();
    TestBed.inject(HttpTestingController).verify();
  });

  it('autosaves the draft 1.5 s after the last keystroke with the version it saw', async () => {
    const { type, http, text } = await openApplication();
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    const tick = async (ms: number) => {
      jest.advanceTimersByTime(ms);
      for (let i = 0; i < 5; i++) await Promise.resolve();
      TestBed.tick();
    };

    type('field-projectTitle', 'Пекарня');
    await tick(1000);
    type('field-projectTitle', 'Пекарня у вокзала');
    await tick(1499);
    expect(http.match(isPatch)).toEqual([]);
    expect(text('save-state')).toBe('Сохранение…');

    await tick(1);
    const patch = http.expectOne(isPatch);
    expect(patch.request.body).toEqual({ version: 3, form: { projectTitle: 'Пекарня у вокзала' } });
    const savedAt = new Date(2026, 2, 10, 10, 41).toISOString();
    patch.flush(anApplication({ version: 4, form: patch.request.body.form, updatedAt: savedAt }));
    await tick(0);

    expect(text('save-state')).toBe('Сохранено в 10:41');
  });

  it('checks the answers here before submitting and names what is missing beside each field', async () => {
    const { click, byTestId, fieldError, http, element } = await openApplication();

    await click(byTestId('application-submit'));

    expect(http.match(isTransition)).toEqual([]);
    expect(fieldError('field-binIin')).toBe('Нужно для подачи заявки.');
    expect(fieldError('field-requestedAmountKzt')).toBe('Нужно для подачи заявки.');
    expect(byTestId('form-error')?.textContent).toContain('Проверьте отмеченные ответы: 10.');
    expect(element().querySelector('.mat-form-field-invalid')).not.toBeNull();
  });

  it('points out a wrong BIN as it is typed, and keeps the saved one until it is put right', async () => {
    const { type, fieldError, byTestId, http, settle } = await openApplication(complete({ version: 3 }));
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });

    type('field-binIin', '900101300018');
    byTestId('field-binIin')?.dispatchEvent(new Event('blur'));
    jest.advanceTimersByTime(1500);
    jest.useRealTimers();
    await settle();

    expect(fieldError('field-binIin')).toBe('БИН/ИИН — 12 цифр с верной контрольной цифрой.');
    // Nothing else changed, so nothing is sent: the saved BIN stays.
    expect(http.match(isPatch)).toEqual([]);
  });

  it('shows the server’s error beside the BIN field and beside the document it names', async () => {
    const { click, byTestId, fieldError, http, settle, text } = await openApplication(complete());

    await click(byTestId('application-submit'));
    const submit = http.expectOne(isTransition);
    expect(submit.request.body).toEqual({ action: 'submit', version: 3 });
    expect(submit.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    problem(submit, 400, {
      errors: [
        { field: 'form.binIin', message: 'is not in the state business register' },
        { field: 'documents[0]', message: 'is required to submit' },
      ],
    });
    await settle();

    expect(fieldError('field-binIin')).toBe('is not in the state business register');
    expect(text('document-error')).toBe('Загрузите этот документ.');
  });

  it('submits the complete draft and shows it read-only once submitted', async () => {
    const { click, byTestId, http, settle, element } = await openApplication(complete());

    await click(byTestId('application-submit'));
    http.expectOne(isTransition).flush(
      complete({
        status: 'submitted',
        version: 4,
        actions: ['withdraw'],
        submittedAt: '2026-03-10T06:00:00.000Z',
        decisionDue: '2026-03-31',
      }),
    );
    await settle();
    for (const request of http.match(isMessages)) request.flush([]);
    await settle();

    expect(byTestId('field-binIin')).toBeNull();
    expect(byTestId('answers')?.textContent).toContain('900101300017');
    expect(byTestId('status-chip')?.textContent?.trim()).toBe('Подана');
    expect(byTestId('application-submit')).toBeNull();
    expect(byTestId('deadline')?.textContent).toContain('Решение — до 31 марта 2026 г.');
    expect(document.querySelector('simple-snack-bar')?.textContent).toContain('Заявка KBDM-2026-000012 подана.');
    expect(element().querySelector('[data-testid="application-withdraw"]')).not.toBeNull();
  });

  it('reads the application again and says so when the version is stale', async () => {
    const { click, byTestId, http, settle, text } = await openApplication(complete());

    await click(byTestId('application-submit'));
    problem(http.expectOne(isTransition), 409, { code: 'application_version_conflict' });
    await settle();
    http.expectOne(URL).flush(complete({ version: 5, form: { ...COMPLETE_FORM, plannedJobs: 6 } }));
    await settle();

    expect(text('application-notice')).toContain('Пока вы работали, заявка изменилась');
    expect((byTestId('field-plannedJobs') as HTMLInputElement).value).toBe('6');
  });

  it('shows upload progress and the file once uploaded', async () => {
    const { byTestId, http, settle, allByTestId } = await openApplication();
    const picker = allByTestId('document-picker')[0] as HTMLInputElement;
    const file = new File(['%PDF-1.7'], 'business-plan.pdf', { type: 'application/pdf' });
    Object.defineProperty(picker, 'files', { configurable: true, value: [file] });

    picker.dispatchEvent(new Event('change'));
    await settle();
    const upload = http.expectOne(`${URL}/documents`);
    expect((upload.request.body as FormData).get('requirement')).toBe('0');
    upload.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    await settle();

    const bar = byTestId('upload-progress');
    expect(bar?.getAttribute('aria-valuenow')).toBe('40');
    expect(bar?.getAttribute('aria-label')).toBe('Загрузка business-plan.pdf');
    expect(byTestId('document-upload')?.textContent).toContain('40 %');

    upload.flush(aDocument(), { status: 201, statusText: 'Created' });
    await settle();
    expect(byTestId('upload-progress')).toBeNull();
    expect(allByTestId('document-file')[0].textContent).toContain('business-plan.pdf');
  });

  it('says why a file was refused', async () => {
    const { http, settle, allByTestId, byTestId } = await openApplication();
    const picker = allByTestId('document-picker')[1] as HTMLInputElement;
    Object.defineProperty(picker, 'files', { configurable: true, value: [new File(['x'], 'scan.tiff')] });

    picker.dispatchEvent(new Event('change'));
    const upload = http.expectOne(`${URL}/documents`);
    expect((upload.request.body as FormData).get('requirement')).toBe('');
    problem(upload, 415, { code: 'document_type_not_allowed' });
    await settle();

    expect(byTestId('document-upload')?.textContent).toContain(
      'Файл scan.tiff: подходят только PDF, JPEG, PNG или DOCX.',
    );
  });

  it('says a programme filed on eGov is filed there, and offers no Submit', async () => {
    const { byTestId, text } = await openApplication(anApplication({ filingChannel: 'egov', actions: [] }));

    expect(text('egov-notice')).toContain('Эта заявка подаётся на eGov');
    expect(byTestId('egov-notice')?.querySelector('a')?.getAttribute('href')).toBe('https://egov.kz');
    expect(byTestId('application-submit')).toBeNull();
    // The prepared file stays here, editable.
    expect(byTestId('field-binIin')).not.toBeNull();
  });

  it('shows the officer’s question on top and sends the answer with the resubmission', async () => {
    const asked = complete({
      status: 'information_requested',
      actions: ['withdraw', 'resubmit'],
      submittedAt: '2026-03-02T06:00:00.000Z',
      decisionDue: null,
      pausedWorkingDaysLeft: 9,
      events: [
        {
          id: 'e1',
          at: '2026-03-05T06:00:00.000Z',
          actor: dana,
          action: 'request_information',
          from: 'in_review',
          to: 'information_requested',
          reason: 'Приложите договор аренды помещения.',
        },
      ],
    });
    const { byTestId, text, click, http, settle } = await openApplication(asked);

    expect(text('officer-question')).toContain('Приложите договор аренды помещения.');
    expect(text('deadline')).toContain('после ответа останется рабочих дней — 9');

    await click(byTestId('application-resubmit'));
    const answer = document.querySelector('[data-testid="reason-input"]') as HTMLTextAreaElement;
    await click(document.querySelector<HTMLElement>('[data-testid="reason-confirm"]'));
    // The answer is required.
    expect(http.match(isTransition)).toEqual([]);
    answer.value = 'Договор приложен.';
    answer.dispatchEvent(new Event('input'));
    await click(document.querySelector<HTMLElement>('[data-testid="reason-confirm"]'));

    const resubmit = http.expectOne(isTransition);
    expect(resubmit.request.body).toEqual({ action: 'resubmit', version: 3, reason: 'Договор приложен.' });
    resubmit.flush(complete({ status: 'resubmitted', version: 4, actions: ['withdraw'] }));
    await settle();
    for (const request of http.match(isMessages)) request.flush([]);
    expect(byTestId('status-chip')?.textContent?.trim()).toBe('Подана повторно');
  });

  it('withdraws after asking, with the reason given', async () => {
    const submitted = complete({ status: 'submitted', actions: ['withdraw'], decisionDue: '2026-03-31' });
    const { byTestId, click, http, settle } = await openApplication(submitted);

    await click(byTestId('application-withdraw'));
    const reason = document.querySelector('[data-testid="reason-input"]') as HTMLTextAreaElement;
    reason.value = 'Нашёл другое финансирование';
    reason.dispatchEvent(new Event('input'));
    await click(document.querySelector<HTMLElement>('[data-testid="reason-confirm"]'));

    const withdraw = http.expectOne(isTransition);
    expect(withdraw.request.body).toEqual({ action: 'withdraw', version: 3, reason: 'Нашёл другое финансирование' });
    withdraw.flush(complete({ status: 'withdrawn', version: 4, actions: [] }));
    await settle();
    for (const request of http.match(isMessages)) request.flush([]);
    expect(byTestId('application-withdraw')).toBeNull();
  });

  it('shows the history, an overdue deadline in words and the thread of a submitted application', async () => {
    TestBed.inject(I18n).use('en');
    const page = await openApply(`/applications/${APPLICATION_ID}`);
    page.http.expectOne(URL).flush(
      complete({
        status: 'in_review',
        actions: ['withdraw'],
        decisionDue: '2026-03-03',
        overdue: true,
        events: [
          {
            id: 'e1',
            at: '2026-03-01T06:00:00.000Z',
            actor: dana,
            action: 'start_review',
            from: 'submitted',
            to: 'in_review',
            reason: null,
          },
          {
            id: 'e0',
            at: '2026-02-27T06:00:00.000Z',
            actor: dana,
            action: 'submit',
            from: 'draft',
            to: 'submitted',
            reason: null,
          },
        ],
      }),
    );
    await page.settle();
    page.answerReference();
    await page.settle();
    page.http
      .expectOne(isMessages)
      .flush([{ id: 'm1', at: '2026-03-02T06:00:00.000Z', author: dana, body: 'We are reading your plan.' }]);
    await page.settle();

    expect(page.byTestId('deadline')?.querySelector('kbdm-overdue-mark')?.textContent?.trim()).toBe('Overdue');
    expect(page.text('deadline-text')).toBe('The decision was due by March 3, 2026.');
    expect(page.allByTestId('timeline-entry').map((entry) => entry.querySelector('strong')?.textContent)).toEqual([
      'Application submitted',
      'Review started',
    ]);
    expect(page.allByTestId('timeline-entry')[1].textContent).toContain('Submitted → In review');
    expect(page.text('message')).toContain('We are reading your plan.');
  });

  it('sends an officer who followed a notification here to the review page', async () => {
    const page = await openApply(`/applications/${APPLICATION_ID}`, { ...profile, id: dana.id, role: 'officer' });
    page.http.expectOne(URL).flush(complete({ status: 'submitted', actions: ['start_review'] }));
    await page.settle();
    for (const request of page.http.match(() => true)) {
      if (!request.cancelled) request.flush({ items: [], total: 0, page: 1, pageSize: 100 });
    }

    expect(TestBed.inject(Router).url).toBe(`/officer/applications/${APPLICATION_ID}`);
  });
});
