import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { aDocument, anApplication, APPLICATION_ID, dana } from '../test/fixtures';
import { ApplicationStore, AUTOSAVE_DELAY_MS, sameAnswers } from './application-store';

const URL = `/api/v1/applications/${APPLICATION_ID}`;

/** Lets the store's awaited answers go on; the timers stay where the test put them. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

const conflict = (request: TestRequest) =>
  request.flush(
    { type: 'about:blank', title: 'Conflict', status: 409, code: 'application_version_conflict' },
    { status: 409, statusText: 'Conflict' },
  );

describe('ApplicationStore', () => {
  let http: HttpTestingController;
  let store: ApplicationStore;
  let injector: EnvironmentInjector;

  beforeEach(async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: API_BASE_URL, useValue: '' }],
    });
    http = TestBed.inject(HttpTestingController);
    // The store lives as long as a page: here, an injector the test can destroy.
    injector = createEnvironmentInjector([ApplicationStore], TestBed.inject(EnvironmentInjector));
    store = injector.get(ApplicationStore);
    const loaded = store.load(APPLICATION_ID);
    http.expectOne(URL).flush(anApplication());
    await loaded;
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('autosaves the draft 1.5 s after the last keystroke with the version it saw', async () => {
    store.queueSave({ projectTitle: 'Пекарня' });
    jest.advanceTimersByTime(1000);
    store.queueSave({ projectTitle: 'Пекарня в Темиртау', plannedJobs: 4 });
    expect(store.saveState().kind).toBe('pending');

    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    http.expectNone(URL);
    jest.advanceTimersByTime(1);

    const patch = http.expectOne(URL);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ version: 3, form: { projectTitle: 'Пекарня в Темиртау', plannedJobs: 4 } });
    expect(store.saveState().kind).toBe('saving');
    patch.flush(anApplication({ version: 4, updatedAt: '2026-03-10T05:42:00.000Z', form: patch.request.body.form }));
    await settle();

    expect(store.saveState()).toEqual({ kind: 'saved', at: '2026-03-10T05:42:00.000Z' });
    expect(store.application()?.version).toBe(4);
    // Typing is not overwritten by the answer to its own save.
    expect(store.formRevision()).toBe(1);
  });

  it('saves nothing when the answers come back to what is saved', () => {
    store.queueSave({ projectTitle: 'Другое' });
    store.queueSave({ projectTitle: 'Пекарня в Темиртау' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);

    http.expectNone(URL);
    expect(store.saveState().kind).toBe('idle');
  });

  it('sends a save again at the new version when only the version moved meanwhile', async () => {
    store.queueSave({ projectTitle: 'Пекарня', plannedJobs: 2 });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    conflict(http.expectOne((r) => r.method === 'PATCH'));
    await settle();
    // A document was added elsewhere: same answers, a newer version.
    http.expectOne((r) => r.method === 'GET').flush(anApplication({ version: 5, documents: [aDocument()] }));
    await settle();

    const again = http.expectOne((r) => r.method === 'PATCH');
    expect(again.request.body.version).toBe(5);
    again.flush(anApplication({ version: 6, form: again.request.body.form, documents: [aDocument()] }));
    await settle();
    expect(store.saveState().kind).toBe('saved');
    expect(store.application()?.documents).toHaveLength(1);
  });

  it('shows the saved answers and says so when someone else changed them', async () => {
    store.queueSave({ projectTitle: 'Пекарня', plannedJobs: 2 });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    conflict(http.expectOne((r) => r.method === 'PATCH'));
    await settle();
    http.expectOne((r) => r.method === 'GET').flush(anApplication({ version: 5, form: { projectTitle: 'Цех' } }));
    await settle();

    expect(store.saveState().kind).toBe('conflict');
    expect(store.application()?.form).toEqual({ projectTitle: 'Цех' });
    expect(store.formRevision()).toBe(2);
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  it('keeps the Idempotency-Key of a submission for its retry and makes a new one for the next attempt', async () => {
    const transitions = (r: { url: string }) => r.url === `${URL}/transitions`;

    let outcome = store.submit();
    await settle();
    const first = http.expectOne(transitions);
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    first.flush({ title: 'Bad Gateway', status: 502 }, { status: 502, statusText: 'Bad Gateway' });
    expect(await outcome).toMatchObject({ ok: false, conflict: false });

    outcome = store.submit();
    await settle();
    const retry = http.expectOne(transitions);
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    retry.flush(
      { title: 'Bad Request', status: 400, errors: [{ field: 'form.binIin', message: 'is required to submit' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(await outcome).toMatchObject({ ok: false, problem: { status: 400 } });

    outcome = store.submit();
    await settle();
    const next = http.expectOne(transitions);
    expect(next.request.headers.get('Idempotency-Key')).not.toBe(key);
    next.flush(anApplication({ status: 'submitted', version: 4, actions: ['withdraw'] }));
    expect(await outcome).toEqual({ ok: true });
    expect(store.application()?.status).toBe('submitted');
  });

  it('saves what waits before it submits', async () => {
    store.queueSave({ projectTitle: 'Пекарня', plannedJobs: 4 });
    const outcome = store.submit();
    await settle();

    const patch = http.expectOne((r) => r.method === 'PATCH');
    patch.flush(anApplication({ version: 4, form: patch.request.body.form }));
    await settle();
    const submit = http.expectOne(`${URL}/transitions`);
    expect(submit.request.body).toEqual({ action: 'submit', version: 4 });
    submit.flush(anApplication({ status: 'submitted', version: 5 }));
    expect((await outcome).ok).toBe(true);
  });

  it('shows upload progress and the file once uploaded', async () => {
    store.upload(0, new File(['%PDF'], 'plan.pdf'));
    const request = http.expectOne(`${URL}/documents`);
    expect(store.uploads()).toMatchObject([{ fileName: 'plan.pdf', percent: 0, requirement: 0 }]);

    request.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 100 });
    expect(store.uploads()[0].percent).toBe(50);

    request.flush(aDocument(), { status: 201, statusText: 'Created' });
    expect(store.uploads()).toEqual([]);
    expect(store.application()?.documents.map((d) => d.fileName)).toEqual(['business-plan.pdf']);
  });

  it('keeps a refused upload with the API’s reason until it is dismissed', () => {
    store.upload(null, new File(['x'.repeat(10)], 'huge.pdf'));
    http
      .expectOne(`${URL}/documents`)
      .flush(
        { title: 'Payload Too Large', status: 413, code: 'document_too_large' },
        { status: 413, statusText: 'Payload Too Large' },
      );

    const [refused] = store.uploads();
    expect(refused.problem?.code).toBe('document_too_large');
    store.dismissUpload(refused.id);
    expect(store.uploads()).toEqual([]);
  });

  it('reads the application again when an officer acted first', async () => {
    const outcome = store.act('withdraw', '  changed my mind ');
    const request = http.expectOne(`${URL}/transitions`);
    expect(request.request.body).toEqual({ action: 'withdraw', version: 3, reason: 'changed my mind' });
    expect(request.request.headers.has('Idempotency-Key')).toBe(false);
    conflict(request);
    await settle();
    http.expectOne(URL).flush(anApplication({ status: 'in_review', version: 7 }));

    expect(await outcome).toMatchObject({ ok: false, conflict: true });
    expect(store.application()?.status).toBe('in_review');
  });

  it('takes the application at the version seen', async () => {
    const outcome = store.assign(dana.id);
    const request = http.expectOne(`/api/v1/officer/applications/${APPLICATION_ID}/assignee`);
    expect(request.request.body).toEqual({ version: 3, assigneeId: dana.id });
    request.flush(anApplication({ assignee: dana, version: 4 }));

    expect(await outcome).toEqual({ ok: true });
    expect(store.application()?.assignee).toEqual(dana);
  });

  it('still saves what was typed when the page is left within the pause', () => {
    store.queueSave({ projectTitle: 'Пекарня у вокзала' });
    injector.destroy();

    const patch = http.expectOne((r) => r.method === 'PATCH');
    expect(patch.request.body.form).toEqual({ projectTitle: 'Пекарня у вокзала' });
    patch.flush(anApplication({ version: 4 }));
  });
});

describe('sameAnswers', () => {
  it('ignores the order of the answers and the ones left empty', () => {
    expect(
      sameAnswers({ plannedJobs: 2, projectTitle: 'A' }, { projectTitle: 'A', plannedJobs: 2, binIin: undefined }),
    ).toBe(true);
    expect(sameAnswers({ plannedJobs: 2 }, { plannedJobs: 3 })).toBe(false);
  });
});
