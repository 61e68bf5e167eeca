import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { type MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import { type ApplicationSummary, QUEUE_SORTS, type QueueQuery } from '@kbdm/applications/domain';
import {
  APPLICATION_STRINGS,
  ASSIGNED_ELSEWHERE,
  OfficerQueueClient,
  OverdueMark,
  parseQueueQuery,
  QUEUE_STATUSES,
  saveBlob,
  StatusChip,
} from '@kbdm/applications/web-data-access';
import { ProgrammeClient, ReferenceData } from '@kbdm/catalogue/web-data-access';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@kbdm/shared/domain';
import { fill, formatNumber, I18n, injectStrings, LocalDatePipe, toProblem } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { REVIEW_STRINGS } from '../review.strings';

const sameQuery = (a: QueueQuery, b: QueueQuery) => JSON.stringify(a) === JSON.stringify(b);

/** The query without some of its parts (the counts leave out the status, the order and the page). */
function without(query: QueueQuery, ...keys: (keyof QueueQuery)[]): QueueQuery {
  const rest = { ...query };
  for (const key of keys) delete rest[key];
  return rest;
}

/**
 * `/officer/applications`: the queue of submitted applications, overdue first. Every filter, the
 * order and the page are in the URL under the API's own names, so a link opens the same queue;
 * the counts per status sit on the status chips; the CSV is the same query, every page.
 */
@Component({
  selector: 'kbdm-queue-page',
  imports: [
    LocalDatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    OverdueMark,
    RouterLink,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queue-page.html',
  styleUrl: './queue-page.scss',
})
export class QueuePage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(OfficerQueueClient);
  private readonly programmeClient = inject(ProgrammeClient);
  private readonly reference = inject(ReferenceData);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  protected readonly strings = injectStrings(REVIEW_STRINGS);
  protected readonly common = injectStrings(APPLICATION_STRINGS);

  /** From the query string, as the API names them. */
  readonly status = input<string>();
  readonly programme = input<string>();
  readonly district = input<string>();
  readonly targetKind = input<string>();
  readonly assignee = input<string>();
  readonly overdue = input<string>();
  readonly q = input<string>();
  readonly sort = input<string>();
  readonly page = input<string>();

  protected readonly statuses = QUEUE_STATUSES;
  protected readonly sorts = QUEUE_SORTS;
  protected readonly pageSize = DEFAULT_PAGE_SIZE;
  protected readonly columns = ['reference', 'applicant', 'target', 'district', 'status', 'assignee', 'deadline'];

  protected readonly query = computed<QueueQuery>(
    () =>
      parseQueueQuery({
        status: this.status(),
        programme: this.programme(),
        district: this.district(),
        targetKind: this.targetKind(),
        assignee: this.assignee(),
        overdue: this.overdue(),
        q: this.q(),
        sort: this.sort(),
        page: this.page(),
      }),
    { equal: sameQuery },
  );
  private readonly countsQuery = computed<QueueQuery>(() => without(this.query(), 'status', 'sort', 'page'), {
    equal: sameQuery,
  });
  protected readonly pageNumber = computed(() => this.query().page ?? 1);

  protected readonly list = rxResource({
    params: () => ({ ...this.query(), pageSize: DEFAULT_PAGE_SIZE }),
    stream: ({ params }) => this.client.list(params),
  });
  protected readonly counts = rxResource({
    params: () => this.countsQuery(),
    stream: ({ params }) => this.client.counts(params),
  });
  private readonly programmes = rxResource({
    params: () => this.i18n.lang(),
    stream: ({ params }) => this.programmeClient.list({ pageSize: MAX_PAGE_SIZE, sort: 'name' }, params),
  });

  protected readonly items = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : undefined));
  protected readonly problem = computed(() => (this.list.status() === 'error' ? toProblem(this.list.error()) : null));
  protected readonly programmeOptions = computed(() =>
    this.programmes.hasValue() ? this.programmes.value().items.map(({ code, title }) => ({ code, title })) : [],
  );
  protected readonly districtOptions = this.reference.districts;
  protected readonly hasFilters = computed(() => Object.keys(without(this.query(), 'sort', 'page')).length > 0);

  /** The status chips with their counts; "all" is every status under the other filters. */
  protected readonly statusChips = computed(() => {
    const t = this.i18n.t().applications.status;
    const lang = this.i18n.lang();
    const counts = this.counts.hasValue() ? this.counts.value() : null;
    const count = (value: number | undefined) => (value === undefined ? '' : ` · ${formatNumber(value, lang)}`);
    return this.statuses.map((status) => ({
      status,
      label: `${t[status]}${count(counts?.byStatus[status])}`,
      selected: this.query().status?.includes(status) ?? false,
    }));
  });
  protected readonly allLabel = computed(() => {
    const counts = this.counts.hasValue() ? this.counts.value() : null;
    const all = this.strings().queue.all;
    return counts ? `${all} · ${formatNumber(counts.total, this.i18n.lang())}` : all;
  });
  protected readonly overdueLabel = computed(() => {
    const counts = this.counts.hasValue() ? this.counts.value() : null;
    const label = this.strings().queue.overdue;
    return counts ? `${label} · ${formatNumber(counts.overdue, this.i18n.lang())}` : label;
  });
  protected readonly found = computed(() =>
    fill(this.strings().queue.found, { count: formatNumber(this.total() ?? 0, this.i18n.lang()) }),
  );

  protected readonly taking = signal<string | null>(null);
  protected readonly exporting = signal(false);

  protected filterStatuses(change: MatChipListboxChange): void {
    const values = Array.isArray(change.value) ? (change.value as string[]) : [];
    this.navigate({ status: values.length ? values.join(',') : null });
  }

  protected showAll(): void {
    this.navigate({ status: null });
  }

  protected filterList(key: 'programme' | 'district', values: unknown): void {
    const list = Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
    this.navigate({ [key]: list.length ? list.join(',') : null });
  }

  protected filterAssignee(value: unknown): void {
    this.navigate({ assignee: value === 'me' || value === 'none' ? value : null });
  }

  protected filterOverdue(checked: boolean): void {
    this.navigate({ overdue: checked ? 'true' : null });
  }

  protected search(event: Event, q: string): void {
    event.preventDefault();
    this.navigate({ q: q.trim() || null });
  }

  protected order(value: unknown): void {
    this.navigate({ sort: typeof value === 'string' && value ? value : null, page: null });
  }

  protected clearFilters(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected turnPage(event: PageEvent): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: event.pageIndex > 0 ? event.pageIndex + 1 : null },
      queryParamsHandling: 'merge',
    });
  }

  protected kindLabel(row: ApplicationSummary): string {
    return this.common().targetKind[row.target.kind];
  }

  protected takeLabel(row: ApplicationSummary): string {
    return fill(this.strings().queue.takeLabel, { reference: row.reference });
  }

  protected paused(days: number): string {
    return fill(this.strings().queue.paused, { days: formatNumber(days, this.i18n.lang()) });
  }

  /** Takes an unassigned application at the version in the row; a colleague who took it first wins. */
  protected async take(row: ApplicationSummary): Promise<void> {
    const me = this.auth.user()?.id;
    if (!me) return;
    const s = this.strings().queue;
    this.taking.set(row.id);
    try {
      await firstValueFrom(this.client.assign(row.id, { version: row.version, assigneeId: me }));
      this.snackBar.open(fill(s.taken, { reference: row.reference }), s.close, { duration: 5000 });
    } catch (error) {
      const problem = toProblem(error);
      const message =
        problem.code === ASSIGNED_ELSEWHERE || problem.status === 409
          ? fill(s.takenElsewhere, { reference: row.reference })
          : `${s.failed} ${problem.detail ?? problem.title}`;
      this.snackBar.open(message, s.close, { duration: 8000 });
    } finally {
      this.taking.set(null);
      this.list.reload();
      this.counts.reload();
    }
  }

  /** The CSV of the same query, fetched with the bearer token (a plain link cannot carry it) and saved. */
  protected async exportCsv(): Promise<void> {
    const s = this.strings().queue;
    this.exporting.set(true);
    try {
      const blob = await firstValueFrom(this.client.exportCsv(this.query()));
      saveBlob(this.document, blob, `applications-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch (error) {
      const problem = toProblem(error);
      this.snackBar.open(`${s.exportFailed} ${problem.detail ?? problem.title}`, s.close, { duration: 8000 });
    } finally {
      this.exporting.set(false);
    }
  }

  // Any filter starts again at the first page.
  private navigate(queryParams: Params): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...queryParams, page: null },
      queryParamsHandling: 'merge',
    });
  }
}
