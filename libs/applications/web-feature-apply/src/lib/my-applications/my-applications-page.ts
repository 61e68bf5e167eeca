import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@kbdm/applications/domain';
import { APPLICATION_STRINGS, ApplicationsClient, DeadlineNote, StatusChip } from '@kbdm/applications/web-data-access';
import { DEFAULT_PAGE_SIZE } from '@kbdm/shared/domain';
import { fill, formatDate, formatNumber, I18n, injectStrings, toProblem } from '@kbdm/shared/web-core';
import { APPLY_STRINGS } from '../apply.strings';

const isStatus = (value: unknown): value is ApplicationStatus =>
  APPLICATION_STATUSES.some((status) => status === value);

/** `/applications`: the signed-in person's applications, newest first; the status filter and the page in the URL. */
@Component({
  selector: 'kbdm-my-applications-page',
  imports: [
    DeadlineNote,
    MatButtonModule,
    MatFormFieldModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-applications-page.html',
  styleUrl: './my-applications-page.scss',
})
export class MyApplicationsPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(ApplicationsClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly strings = injectStrings(APPLY_STRINGS);
  protected readonly common = injectStrings(APPLICATION_STRINGS);

  /** From the query string. */
  readonly page = input<string>();
  readonly status = input<string>();

  protected readonly statuses = APPLICATION_STATUSES;
  protected readonly pageSize = DEFAULT_PAGE_SIZE;
  protected readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page : 1;
  });
  protected readonly statusFilter = computed(() => {
    const status = this.status();
    return isStatus(status) ? status : null;
  });
  protected readonly list = rxResource({
    params: () => ({ page: this.pageNumber(), status: this.statusFilter() }),
    stream: ({ params }) =>
      this.client.mine({
        page: params.page,
        pageSize: DEFAULT_PAGE_SIZE,
        status: params.status ? [params.status] : undefined,
      }),
  });
  protected readonly items = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : undefined));
  protected readonly problem = computed(() => (this.list.status() === 'error' ? toProblem(this.list.error()) : null));
  protected readonly found = computed(() =>
    fill(this.strings().mine.found, { count: formatNumber(this.total() ?? 0, this.i18n.lang()) }),
  );

  protected filterStatus(value: unknown): void {
    this.navigate({ status: isStatus(value) ? value : null, page: null });
  }

  protected turnPage(event: PageEvent): void {
    this.navigate({ page: event.pageIndex > 0 ? event.pageIndex + 1 : null });
  }

  protected updated(date: string): string {
    return fill(this.strings().mine.updated, { date: formatDate(date, this.i18n.lang()) });
  }

  private navigate(queryParams: Params): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
