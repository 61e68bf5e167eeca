import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApplicationMessage } from '@kbdm/applications/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { firstValueFrom, toArray } from 'rxjs';
import { aDocument, anApplication, APPLICATION_ID, aida, PROGRAMME_ID } from '../test/fixtures';
import { ApplicationsClient, SUBMIT_RETRY_DELAY_MS, type UploadEvent } from './applications-client';
import { newIdempotencyKey } from './idempotency-key';

const BASE = 'https://portal.test/api/v1';

describe('ApplicationsClient', () => {
  let http: HttpTestingController;
  let client: ApplicationsClient;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(ApplicationsClient);
  });

  afterEach(() => http.verify());

  it('creates a draft for the target with the prefilled answers and the key of the attempt', async () => {
    const created = firstValueFrom(
      client.create({ target: { kind: 'programme', id: PROGRAMME_ID }, form: { binIin: '900101300017' } }, 'key-1'),
    );

    const request = http.expectOne(`${BASE}/applications`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      target: { kind: 'programme', id: PROGRAMME_ID },
      form: { binIin: '900101300017' },
    });
    expect(request.request.headers.get('Idempotency-Key')).toBe('key-1');
    request.flush(anApplication(), { status: 201, statusText: 'Created' });
    expect((await created).id).toBe(APPLICATION_ID);
  });

  it('lists the caller’s applications with the statuses as one comma list and the page', () => {
    client.mine({ status: ['draft', 'information_requested'], page: 2, pageSize: 20 }).subscribe();

    const request = http.expectOne((r) => r.url === `${BASE}/me/applications`);
    expect(request.request.params.get('status')).toBe('draft,information_requested');
    expect(request.request.params.get('page')).toBe('2');
    request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
  });

  it('asks for the first page without a page parameter', () => {
    client.mine().subscribe();

    http.expectOne(`${BASE}/me/applications`).flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('saves the answers with the version it saw, and deletes a draft at its version', () => {
    client.update(APPLICATION_ID, { version: 3, form: { projectTitle: 'Пекарня' } }).subscribe();
    const patch = http.expectOne(`${BASE}/applications/${APPLICATION_ID}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ version: 3, form: { projectTitle: 'Пекарня' } });
    patch.flush(anApplication({ version: 4 }));

    client.delete(APPLICATION_ID, 4).subscribe();
    const remove = http.expectOne(`${BASE}/applications/${APPLICATION_ID}?version=4`);
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('sends a submission with its Idempotency-Key and nothing else but the move', () => {
    client.transition(APPLICATION_ID, { action: 'submit', version: 4 }, 'attempt-1').subscribe();

    const request = http.expectOne(`${BASE}/applications/${APPLICATION_ID}/transitions`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ action: 'submit', version: 4 });
    expect(request.request.headers.get('Idempotency-Key')).toBe('attempt-1');
    request.flush(anApplication({ status: 'submitted', version: 5 }));
  });

  it('sends a submission the network lost once more, with the same key', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    try {
      const submitted = firstValueFrom(client.transition(APPLICATION_ID, { action: 'submit', version: 4 }, 'k-9'));
      const url = `${BASE}/applications/${APPLICATION_ID}/transitions`;
      http.expectOne(url).error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
      http.expectNone(url);

      jest.advanceTimersByTime(SUBMIT_RETRY_DELAY_MS - 1);
      await Promise.resolve();
      http.expectNone(url);
      jest.advanceTimersByTime(1);
      for (let i = 0; i < 3; i++) await Promise.resolve();
      const again = http.expectOne(url);
      expect(again.request.headers.get('Idempotency-Key')).toBe('k-9');
      again.flush(anApplication({ status: 'submitted', version: 5 }), {
        headers: { 'Idempotent-Replayed': 'true' },
      });
      expect((await submitted).status).toBe('submitted');
    } finally {
      jest.useRealTimers();
    }
  });

  it('does not send again a submission the API answered', async () => {
    const submitted = firstValueFrom(client.transition(APPLICATION_ID, { action: 'submit', version: 4 }, 'k-1'));
    http
      .expectOne(`${BASE}/applications/${APPLICATION_ID}/transitions`)
      .flush(
        { title: 'Conflict', status: 409, code: 'application_version_conflict' },
        { status: 409, statusText: 'Conflict' },
      );

    await expect(submitted).rejects.toMatchObject({ status: 409 });
  });

  it('uploads a file with its requirement first and reports the progress from 0 to 100', async () => {
    const file = new File(['%PDF-1.7'], 'plan.pdf', { type: 'application/pdf' });
    const events = firstValueFrom(client.uploadDocument(APPLICATION_ID, 2, file).pipe(toArray()));

    const request = http.expectOne(`${BASE}/applications/${APPLICATION_ID}/documents`);
    const body = request.request.body as FormData;
    expect([...body.keys()]).toEqual(['requirement', 'file']);
    expect(body.get('requirement')).toBe('2');
    expect((body.get('file') as File).name).toBe('plan.pdf');
    expect(request.request.reportProgress).toBe(true);
    request.event({ type: HttpEventType.UploadProgress, loaded: 0, total: 400 });
    request.event({ type: HttpEventType.UploadProgress, loaded: 300, total: 400 });
    request.event({ type: HttpEventType.UploadProgress, loaded: 400, total: 400 });
    request.flush(aDocument({ requirement: 2 }), { status: 201, statusText: 'Created' });

    expect(await events).toEqual<UploadEvent[]>([
      { kind: 'progress', percent: 0 },
      { kind: 'progress', percent: 75 },
      { kind: 'progress', percent: 100 },
      { kind: 'uploaded', document: aDocument({ requirement: 2 }) },
    ]);
  });

  it('uploads another document with an empty requirement', () => {
    client.uploadDocument(APPLICATION_ID, null, new File(['x'], 'photo.png')).subscribe();

    const request = http.expectOne(`${BASE}/applications/${APPLICATION_ID}/documents`);
    expect((request.request.body as FormData).get('requirement')).toBe('');
    request.flush(aDocument({ requirement: null }));
  });

  it('downloads a document as a Blob and deletes one', async () => {
    const downloaded = firstValueFrom(client.downloadDocument(APPLICATION_ID, 'doc-1'));
    const download = http.expectOne(`${BASE}/applications/${APPLICATION_ID}/documents/doc-1`);
    expect(download.request.responseType).toBe('blob');
    download.flush(new Blob(['%PDF']));
    expect(await downloaded).toBeInstanceOf(Blob);

    client.deleteDocument(APPLICATION_ID, 'doc-1').subscribe();
    const remove = http.expectOne(`${BASE}/applications/${APPLICATION_ID}/documents/doc-1`);
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('reads the thread whether the API answers a list or a page, and posts a message', async () => {
    const message: ApplicationMessage = { id: 'm1', at: '2026-03-11T04:00:00.000Z', author: aida, body: 'Добрый день' };
    const asList = firstValueFrom(client.messages(APPLICATION_ID));
    http.expectOne(`${BASE}/applications/${APPLICATION_ID}/messages`).flush([message]);
    expect(await asList).toEqual([message]);

    const asPage = firstValueFrom(client.messages(APPLICATION_ID));
    http
      .expectOne(`${BASE}/applications/${APPLICATION_ID}/messages`)
      .flush({ items: [message], total: 1, page: 1, pageSize: 20 });
    expect(await asPage).toEqual([message]);

    client.postMessage(APPLICATION_ID, 'Добрый день').subscribe();
    const post = http.expectOne(`${BASE}/applications/${APPLICATION_ID}/messages`);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ body: 'Добрый день' });
    post.flush(message, { status: 201, statusText: 'Created' });
  });

  it('escapes the ids in the path', () => {
    client.get('a/b').subscribe();

    http.expectOne(`${BASE}/applications/a%2Fb`).flush(anApplication());
  });
});

describe('newIdempotencyKey', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('makes a fresh UUID each time', () => {
    const keys = new Set(Array.from({ length: 20 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(20);
    for (const key of keys) expect(key).toMatch(UUID);
  });

  it('still makes a version-4 UUID where randomUUID is missing (plain HTTP)', () => {
    const insecure = { getRandomValues: (bytes: Uint8Array) => bytes.fill(0xab) } as unknown as Crypto;

    expect(newIdempotencyKey(insecure)).toMatch(UUID);
  });
});
