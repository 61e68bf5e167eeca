import { HttpClient, HttpErrorResponse, HttpEventType, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Application,
  ApplicationDocument,
  ApplicationMessage,
  ApplicationStatus,
  ApplicationSummary,
  CreateApplicationRequest,
  PostMessageRequest,
  TransitionRequest,
  UpdateApplicationRequest,
} from '@kbdm/applications/domain';
import type { Page } from '@kbdm/shared/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import {
  catchError,
  filter,
  from,
  map,
  type MonoTypeOperatorFunction,
  type Observable,
  switchMap,
  throwError,
} from 'rxjs';

/** Path of the applications under the API origin. */
export const APPLICATIONS_PATH = '/api/v1/applications';
/** Path of the signed-in person's own applications. */
export const MY_APPLICATIONS_PATH = '/api/v1/me/applications';
/** The header that makes a retried submission answer the first result instead of filing twice. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** How long a submission waits before it is sent again after the network dropped it. */
export const SUBMIT_RETRY_DELAY_MS = 1000;

/** `GET /api/v1/me/applications` query: statuses as a comma list, newest first. */
export type MyApplicationsQuery = { status?: ApplicationStatus[]; page?: number; pageSize?: number };

/** What an upload reports: how far it is (0–100), then the document the API kept. */
export type UploadEvent = { kind: 'progress'; percent: number } | { kind: 'uploaded'; document: ApplicationDocument };

/** A thread or a list the API may answer as an array or as a `Page`. */
export function itemsOf<T>(answer: T[] | Page<T>): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

/**
 * Sends a submission once more when the network lost it (status 0): with the same
 * `Idempotency-Key`, so if the first one did arrive the API answers its result, never a second
 * application. An answer from the API itself is never retried here.
 */
function retryLostOnce<T>(): MonoTypeOperatorFunction<T> {
  // Written with the operators the shell already loads: `retry` and `timer` would join the first download.
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, SUBMIT_RETRY_DELAY_MS));
  return (source) =>
    source.pipe(
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 0
          ? from(pause()).pipe(switchMap(() => source))
          : throwError(() => error),
      ),
    );
}

/**
 * The applicant's and everyone's per-application endpoints of `/api/v1`: create, read, save
 * the answers at the version seen, move through the workflow, documents and the message thread.
 */
@Injectable({ providedIn: 'root' })
export class ApplicationsClient {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  private url(id?: string, ...rest: string[]): string {
    const parts = id === undefined ? [] : [id, ...rest].map(encodeURIComponent);
    return [`${this.baseUrl}${APPLICATIONS_PATH}`, ...parts].join('/');
  }

  /** `POST /applications` → 201 with the draft (or the submission with `submit: true`). */
  create(request: CreateApplicationRequest, idempotencyKey?: string): Observable<Application> {
    const headers = idempotencyKey ? new HttpHeaders({ [IDEMPOTENCY_KEY_HEADER]: idempotencyKey }) : undefined;
    return this.http
      .post<Application>(this.url(), request, { headers })
      .pipe(idempotencyKey ? retryLostOnce() : (o) => o);
  }

  /** The caller's applications, newest first. */
  mine(query: MyApplicationsQuery = {}): Observable<Page<ApplicationSummary>> {
    const params: Record<string, string | number> = {};
    if (query.status?.length) params['status'] = query.status.join(',');
    if (query.page && query.page > 1) params['page'] = query.page;
    if (query.pageSize) params['pageSize'] = query.pageSize;
    return this.http.get<Page<ApplicationSummary>>(`${this.baseUrl}${MY_APPLICATIONS_PATH}`, { params });
  }

  /** One application with its documents, events and the caller's `actions`. */
  get(id: string): Observable<Application> {
    return this.http.get<Application>(this.url(id));
  }

  /** Replaces the answers of a draft (or of one waiting for the applicant) at the version seen; 409 when stale. */
  update(id: string, request: UpdateApplicationRequest): Observable<Application> {
    return this.http.patch<Application>(this.url(id), request);
  }

  /** Deletes a draft; 204. */
  delete(id: string, version: number): Observable<void> {
    return this.http.delete<void>(this.url(id), { params: { version } });
  }

  /** A move of the workflow; a submission carries the key of its attempt, kept across retries. */
  transition(id: string, request: TransitionRequest, idempotencyKey?: string): Observable<Application> {
    const headers = idempotencyKey ? new HttpHeaders({ [IDEMPOTENCY_KEY_HEADER]: idempotencyKey }) : undefined;
    return this.http
      .post<Application>(this.url(id, 'transitions'), request, { headers })
      .pipe(idempotencyKey ? retryLostOnce() : (o) => o);
  }

  /**
   * Uploads one file, for the required document at `requirement` or (null) as another document.
   * The requirement goes first, as the API reads the multipart fields in order.
   */
  uploadDocument(id: string, requirement: number | null, file: File): Observable<UploadEvent> {
    const body = new FormData();
    body.append('requirement', requirement === null ? '' : String(requirement));
    body.append('file', file, file.name);
    return this.http
      .post<ApplicationDocument>(this.url(id, 'documents'), body, { reportProgress: true, observe: 'events' })
      .pipe(
        map((event): UploadEvent | null => {
          if (event.type === HttpEventType.UploadProgress) {
            const percent = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
            return { kind: 'progress', percent: Math.min(100, Math.max(0, percent)) };
          }
          if (event.type === HttpEventType.Response && event.body) return { kind: 'uploaded', document: event.body };
          return null;
        }),
        filter((event): event is UploadEvent => event !== null),
      );
  }

  /** A document's file, as a Blob: the bearer token cannot travel with a plain link. */
  downloadDocument(id: string, documentId: string): Observable<Blob> {
    return this.http.get(this.url(id, 'documents', documentId), { responseType: 'blob' });
  }

  deleteDocument(id: string, documentId: string): Observable<void> {
    return this.http.delete<void>(this.url(id, 'documents', documentId));
  }

  /** The thread, oldest first. */
  messages(id: string): Observable<ApplicationMessage[]> {
    return this.http
      .get<ApplicationMessage[] | Page<ApplicationMessage>>(this.url(id, 'messages'))
      .pipe(map((answer) => itemsOf(answer)));
  }

  postMessage(id: string, body: string): Observable<ApplicationMessage> {
    const request: PostMessageRequest = { body };
    return this.http.post<ApplicationMessage>(this.url(id, 'messages'), request);
  }
}
