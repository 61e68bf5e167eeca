import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  APPLICATION_STATUSES,
  APPLICATION_TARGET_KINDS,
  type Application,
  type ApplicationStatus,
  type ApplicationSummary,
  type ApplicationTargetKind,
  type AssignRequest,
  type PersonRef,
  QUEUE_SORTS,
  type QueueCounts,
  type QueueQuery,
  type QueueSort,
} from '@kbdm/applications/domain';
import type { Page } from '@kbdm/shared/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { map, type Observable } from 'rxjs';
import { itemsOf } from './applications-client';

/** Path of the officers' queue under the API origin. */
export const OFFICER_APPLICATIONS_PATH = '/api/v1/officer/applications';
/** Path of the people an application can be assigned to. */
export const OFFICERS_PATH = '/api/v1/officer/officers';

/** The statuses the queue shows: drafts never reach it. */
export const QUEUE_STATUSES = APPLICATION_STATUSES.filter(
  (status): status is Exclude<ApplicationStatus, 'draft'> => status !== 'draft',
);

/** What the parameters are for: the page of the queue, its counts, or the CSV export. */
export type QueueParamsPurpose = 'list' | 'counts' | 'export';

/**
 * The queue's query as URL parameters, named as the API names them: lists joined with commas,
 * empty parts left out. The counts take the filters bar status (each tab shows its own count);
 * the export takes them all but the page. The page's own URL uses the same names, so a shared
 * link opens the same queue.
 */
export function queueParams(query: QueueQuery, purpose: QueueParamsPurpose = 'list'): Record<string, string> {
  const params: Record<string, string> = {};
  const list = (key: string, values: readonly string[] | undefined) => {
    if (values?.length) params[key] = values.join(',');
  };
  if (purpose !== 'counts') list('status', query.status);
  list('programme', query.programme);
  list('district', query.district);
  list('targetKind', query.targetKind);
  if (query.assignee) params['assignee'] = query.assignee;
  if (query.overdue) params['overdue'] = 'true';
  if (query.q?.trim()) params['q'] = query.q.trim();
  if (purpose !== 'counts' && query.sort) params['sort'] = query.sort;
  if (purpose === 'list') {
    if (query.page && query.page > 1) params['page'] = String(query.page);
    if (query.pageSize) params['pageSize'] = String(query.pageSize);
  }
  return params;
}

/** `me`, `none` or an officer's id, as the API accepts. */
const ASSIGNEE = /^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const listOf = <T extends string>(value: string | undefined, allowed: readonly T[]): T[] | undefined => {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
  return items.length ? [...new Set(items)] : undefined;
};

const codesOf = (value: string | undefined): string[] | undefined => {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => /^[A-Za-z0-9._-]{1,64}$/.test(item));
  return items.length ? [...new Set(items)] : undefined;
};

/** A page URL's query read back into a queue query; what is not valid is left out, not refused. */
export function parseQueueQuery(params: Partial<Record<keyof QueueQuery, string | undefined>>): QueueQuery {
  const page = Number(params.page);
  const assignee = params.assignee?.trim();
  const query: QueueQuery = {
    status: listOf(params.status, QUEUE_STATUSES),
    programme: codesOf(params.programme),
    district: codesOf(params.district),
    targetKind: listOf<ApplicationTargetKind>(params.targetKind, APPLICATION_TARGET_KINDS),
    assignee: assignee && ASSIGNEE.test(assignee) ? assignee : undefined,
    overdue: params.overdue === 'true' || undefined,
    q: params.q?.trim() || undefined,
    sort: (QUEUE_SORTS as readonly string[]).includes(params.sort ?? '') ? (params.sort as QueueSort) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as QueueQuery;
}

/**
 * The officers' endpoints of `/api/v1`: the queue (overdue first by default), its counts per
 * status, the CSV export under the same filters, assignment and who can be assigned.
 */
@Injectable({ providedIn: 'root' })
export class OfficerQueueClient {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: QueueQuery): Observable<Page<ApplicationSummary>> {
    return this.http.get<Page<ApplicationSummary>>(`${this.baseUrl}${OFFICER_APPLICATIONS_PATH}`, {
      params: queueParams(query),
    });
  }

  /** Per status and overdue under the same filters; the status filter itself is left out so every tab has its count. */
  counts(query: QueueQuery): Observable<QueueCounts> {
    return this.http.get<QueueCounts>(`${this.baseUrl}${OFFICER_APPLICATIONS_PATH}/counts`, {
      params: queueParams(query, 'counts'),
    });
  }

  /** The export's address with the filters (every page). The API wants the bearer token, so fetch it with `exportCsv`. */
  exportUrl(query: QueueQuery): string {
    const search = new URLSearchParams(queueParams(query, 'export')).toString();
    return `${this.baseUrl}${OFFICER_APPLICATIONS_PATH}/export.csv${search ? `?${search}` : ''}`;
  }

  /** The filtered queue as CSV, through HttpClient so that the interceptor adds the bearer token. */
  exportCsv(query: QueueQuery): Observable<Blob> {
    return this.http.get(this.exportUrl(query), { responseType: 'blob' });
  }

  /** Take (your own id), assign, reassign or (null) release, at the version seen. */
  assign(id: string, request: AssignRequest): Observable<Application> {
    return this.http.put<Application>(
      `${this.baseUrl}${OFFICER_APPLICATIONS_PATH}/${encodeURIComponent(id)}/assignee`,
      request,
    );
  }

  /** The officers and administrators an application can be assigned to. */
  officers(): Observable<PersonRef[]> {
    return this.http
      .get<PersonRef[] | Page<PersonRef>>(`${this.baseUrl}${OFFICERS_PATH}`)
      .pipe(map((answer) => itemsOf(answer)));
  }
}
