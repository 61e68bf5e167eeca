import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  INTEREST_STATUSES,
  INVESTOR_REQUEST_KINDS,
  type InvestorRequestKind,
  type InvestorRequestStatus,
  RESERVATION_STATUSES,
} from '@kbdm/sez/domain';
import { InvestorRequestsClient } from '@kbdm/sez/web-data-access';
import { DEFAULT_PAGE_SIZE } from '@kbdm/shared/domain';
import { I18n, injectStrings, LocalDatePipe, toProblem } from '@kbdm/shared/web-core';
import { INVESTOR_STRINGS } from '../investors.strings';

const STATUSES = [...new Set<InvestorRequestStatus>([...RESERVATION_STATUSES, ...INTEREST_STATUSES])];

/**
 * The investor's own requests (`/investors/requests`) or, on the officers' route, every
 * investor's (`/officer/investor-requests`): kind and status filters and the page in the URL.
 */
@Component({
  selector: 'kbdm-request-list-page',
  imports: [
    LocalDatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-list-page.html',
  styleUrl: './request-list-page.scss',
})
export class RequestListPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(InvestorRequestsClient);
  private readonly router = inject(Router);
  protected readonly strings = injectStrings(INVESTOR_STRINGS);
  protected readonly officerView = inject(ActivatedRoute).snapshot.data['officer'] === true;

  /** From the query string. */
  readonly page = input<string>();
  readonly status = input<string>();
  readonly kind = input<string>();

  protected readonly kinds = INVESTOR_REQUEST_KINDS;
  protected readonly statuses = STATUSES;
  protected readonly pageSize = DEFAULT_PAGE_SIZE;
  protected readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page : 1;
  });
  protected readonly statusFilter = computed(() => STATUSES.find((s) => s === this.status()) ?? null);
  protected readonly kindFilter = computed(() => INVESTOR_REQUEST_KINDS.find((k) => k === this.kind()) ?? null);

  protected readonly list = rxResource({
    params: () => ({
      page: this.pageNumber(),
      status: this.statusFilter(),
      kind: this.kindFilter(),
      lang: this.i18n.lang(),
    }),
    stream: ({ params }) => {
      const query = {
        page: params.page,
        pageSize: DEFAULT_PAGE_SIZE,
        ...(params.status ? { status: [params.status] } : {}),
        ...(params.kind ? { kind: [params.kind] } : {}),
      };
      return this.officerView ? this.client.queue(query, params.lang) : this.client.mine(query, params.lang);
    },
  });
  protected readonly rows = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : 0));
  protected readonly problem = computed(() => (this.list.status() === 'error' ? toProblem(this.list.error()) : null));

  protected statusLabel(status: string): string {
    return (this.i18n.t().investors.status as Record<string, string>)[status] ?? status;
  }

  protected link(id: string): string[] {
    return this.officerView ? ['/officer/investor-requests', id] : ['/investors/requests', id];
  }

  protected filter(changes: { status?: InvestorRequestStatus | null; kind?: InvestorRequestKind | null }): void {
    void this.router.navigate([], { queryParams: { ...changes, page: null }, queryParamsHandling: 'merge' });
  }

  protected turn(event: PageEvent): void {
    void this.router.navigate([], {
      queryParams: { page: event.pageIndex > 0 ? event.pageIndex + 1 : null },
      queryParamsHandling: 'merge',
    });
  }
}
