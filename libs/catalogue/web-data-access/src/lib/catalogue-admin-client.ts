import { HttpClient, HttpEventType } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AdminCatalogue,
  AdminItemSummary,
  AdminOpportunity,
  AdminPppProject,
  ApplyImport,
  CatalogueChange,
  ImportJob,
  ImportMode,
  ImportPreviewRow,
  ImportRowAction,
  OpportunityInput,
  PppProjectInput,
  PublicationChange,
  UpdateOpportunity,
  UpdatePppProject,
} from '@kbdm/catalogue/domain';
import type { Page } from '@kbdm/shared/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { filter, map, type Observable } from 'rxjs';
import { toQueryParams } from './catalogue-client';

/** What the administrators' list of a catalogue narrows by; unpublished items are included. */
export type AdminItemFilter = {
  q?: string;
  published?: boolean;
  /** Only the items with a missing translation. */
  missing?: boolean;
  page?: number;
  pageSize?: number;
};

/** One page of an import's preview, of one action or of all. */
export type ImportRowsFilter = { action?: ImportRowAction; page?: number; pageSize?: number };

/** An upload on its way: the share sent so far, then the job the API made of it. */
export type ImportUploadEvent = { kind: 'progress'; percent: number } | { kind: 'uploaded'; job: ImportJob };

/**
 * The administrators' endpoints for the catalogues: opportunities and PPP projects edited one by
 * one (with their publication and history), and spreadsheets imported as jobs with a preview.
 */
@Injectable({ providedIn: 'root' })
export class CatalogueAdminClient {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** One page of a catalogue's list: both catalogues answer the same summaries. */
  items(catalogue: AdminCatalogue, filter: AdminItemFilter): Observable<Page<AdminItemSummary>> {
    return this.http.get<Page<AdminItemSummary>>(this.url(catalogue), {
      // `missing=false` would mean the same as no filter: it is left out.
      params: toQueryParams({ ...filter, missing: filter.missing ? true : undefined }),
    });
  }

  /** Who changed an item of the catalogue, what and when, newest first. */
  history(catalogue: AdminCatalogue, id: string): Observable<CatalogueChange[]> {
    return this.http.get<CatalogueChange[]>(this.url(catalogue, id, 'history'));
  }

  opportunities(filter: AdminItemFilter): Observable<Page<AdminItemSummary>> {
    return this.items('opportunities', filter);
  }

  opportunity(id: string): Observable<AdminOpportunity> {
    return this.http.get<AdminOpportunity>(this.url('opportunities', id));
  }

  /** Answers 201 with the new opportunity, unpublished. */
  createOpportunity(input: OpportunityInput): Observable<AdminOpportunity> {
    return this.http.post<AdminOpportunity>(this.url('opportunities'), input);
  }

  /** Refused with 409 `stale_version` when someone saved after `update.version` was read. */
  updateOpportunity(id: string, update: UpdateOpportunity): Observable<AdminOpportunity> {
    return this.http.put<AdminOpportunity>(this.url('opportunities', id), update);
  }

  /** An opportunity's publication. */
  changePublication(id: string, change: PublicationChange): Observable<AdminOpportunity> {
    return this.http.post<AdminOpportunity>(this.url('opportunities', id, 'publication'), change);
  }

  /** Who changed what, newest first. */
  opportunityHistory(id: string): Observable<CatalogueChange[]> {
    return this.history('opportunities', id);
  }

  pppProjects(filter: AdminItemFilter): Observable<Page<AdminItemSummary>> {
    return this.items('ppp-projects', filter);
  }

  pppProject(id: string): Observable<AdminPppProject> {
    return this.http.get<AdminPppProject>(this.url('ppp-projects', id));
  }

  /** Answers 201 with the new project, unpublished. */
  createPppProject(input: PppProjectInput): Observable<AdminPppProject> {
    return this.http.post<AdminPppProject>(this.url('ppp-projects'), input);
  }

  /** Refused with 409 `stale_version` when someone saved in between, or `code_taken` when the code is another's. */
  updatePppProject(id: string, update: UpdatePppProject): Observable<AdminPppProject> {
    return this.http.put<AdminPppProject>(this.url('ppp-projects', id), update);
  }

  changePppProjectPublication(id: string, change: PublicationChange): Observable<AdminPppProject> {
    return this.http.post<AdminPppProject>(this.url('ppp-projects', id, 'publication'), change);
  }

  pppProjectHistory(id: string): Observable<CatalogueChange[]> {
    return this.history('ppp-projects', id);
  }

  /** The published catalogue as the open data writes it: the template a spreadsheet starts from. */
  templateUrl(catalogue: AdminCatalogue): string {
    return `${this.baseUrl}/api/v1/open-data/${catalogue}.csv`;
  }

  /** Sends a .csv or .xlsx file; the API answers 202 with the job that validates it. */
  upload(catalogue: AdminCatalogue, file: File): Observable<ImportUploadEvent> {
    // The catalogue goes first: the API reads it before the file streams in.
    const body = new FormData();
    body.append('catalogue', catalogue);
    body.append('file', file, file.name);
    return this.http.post<ImportJob>(this.importUrl(), body, { reportProgress: true, observe: 'events' }).pipe(
      map((event): ImportUploadEvent | null => {
        if (event.type === HttpEventType.UploadProgress) {
          const percent = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
          return { kind: 'progress', percent: Math.min(100, Math.max(0, percent)) };
        }
        if (event.type === HttpEventType.Response && event.body) return { kind: 'uploaded', job: event.body };
        return null;
      }),
      filter((event): event is ImportUploadEvent => event !== null),
    );
  }

  /** Earlier imports, newest first. */
  imports(page: { page?: number; pageSize?: number }): Observable<Page<ImportJob>> {
    return this.http.get<Page<ImportJob>>(this.importUrl(), { params: toQueryParams(page) });
  }

  importJob(id: string): Observable<ImportJob> {
    return this.http.get<ImportJob>(this.importUrl(id));
  }

  importRows(id: string, rows: ImportRowsFilter): Observable<Page<ImportPreviewRow>> {
    return this.http.get<Page<ImportPreviewRow>>(this.importUrl(id, 'rows'), { params: toQueryParams(rows) });
  }

  /** The bad rows (row, column, reason) as CSV, as a Blob: the bearer token cannot travel with a plain link. */
  importErrorsCsv(id: string): Observable<Blob> {
    return this.http.get(this.importUrl(id, 'errors.csv'), { responseType: 'blob' });
  }

  /** Refused with 409 `import_has_errors` when `mode` is `all` and a row is invalid. */
  applyImport(id: string, mode: ImportMode): Observable<ImportJob> {
    const body: ApplyImport = { mode };
    return this.http.post<ImportJob>(this.importUrl(id, 'apply'), body);
  }

  cancelImport(id: string): Observable<ImportJob> {
    return this.http.post<ImportJob>(this.importUrl(id, 'cancel'), {});
  }

  private importUrl(id?: string, action?: string): string {
    return this.url('imports', id, action);
  }

  private url(collection: AdminCatalogue | 'imports', id?: string, action?: string): string {
    const item = id === undefined ? '' : `/${encodeURIComponent(id)}`;
    return `${this.baseUrl}/api/v1/admin/${collection}${item}${action ? `/${action}` : ''}`;
  }
}
