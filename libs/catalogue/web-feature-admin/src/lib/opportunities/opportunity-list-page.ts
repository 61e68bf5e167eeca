import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { type MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { type Params, Router, RouterLink } from '@angular/router';
import type { AdminItemSummary } from '@kbdm/catalogue/domain';
import { type AdminOpportunityFilter, CatalogueAdminClient } from '@kbdm/catalogue/web-data-access';
import { DEFAULT_PAGE_SIZE, LANGS, pickText } from '@kbdm/shared/domain';
import {
  fill,
  formatNumber,
  I18n,
  injectStrings,
  LANGUAGE_NAMES,
  LocalDateTimePipe,
  toProblem,
} from '@kbdm/shared/web-core';
import { ADMIN_PATHS } from '../catalogue-admin.routes';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';

/** The list's view from the URL's query: `q`, `published`, `missing` and `page`, each ignored when not valid. */
export function adminOpportunityFilter(
  q: string | undefined,
  published: string | undefined,
  missing: string | undefined,
  page: string | undefined,
): AdminOpportunityFilter {
  const pageNumber = Number(page);
  return {
    q: q?.trim() || undefined,
    published: published === 'true' ? true : published === 'false' ? false : undefined,
    missing: missing === 'true' || undefined,
    page: Number.isInteger(pageNumber) && pageNumber > 1 ? pageNumber : 1,
    pageSize: DEFAULT_PAGE_SIZE,
  };
}

type OpportunityRow = {
  item: AdminItemSummary;
  name: string;
  status: string;
  /** The languages with a missing text, short names (`Қаз, Eng`), or '' when complete. */
  missing: string;
  /** Which texts miss which language, in full. */
  missingDetail: string;
};

/**
 * `/admin/catalogue/opportunities`: every opportunity for administrators, published or not —
 * search, publication and missing-translation filters and the page in the URL; a mark on each
 * item missing a translation.
 */
@Component({
  selector: 'kbdm-opportunity-list-page',
  imports: [
    LocalDateTimePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './opportunity-list-page.html',
  styleUrl: './opportunity-list-page.scss',
})
export class OpportunityListPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(CatalogueAdminClient);
  private readonly router = inject(Router);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  /** From the query string. */
  readonly q = input<string>();
  readonly published = input<string>();
  readonly missing = input<string>();
  readonly page = input<string>();

  protected readonly paths = ADMIN_PATHS;
  protected readonly pageSize = DEFAULT_PAGE_SIZE;
  protected readonly columns = ['code', 'name', 'status', 'publication', 'translations', 'updated'];
  protected readonly filter = computed(() =>
    adminOpportunityFilter(this.q(), this.published(), this.missing(), this.page()),
  );
  protected readonly list = rxResource({
    params: () => this.filter(),
    stream: ({ params }) => this.client.opportunities(params),
  });
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : undefined));
  protected readonly problem = computed(() => (this.list.status() === 'error' ? toProblem(this.list.error()) : null));
  protected readonly pageNumber = computed(() => this.filter().page ?? 1);
  protected readonly publishedValue = computed(() => {
    const published = this.filter().published;
    return published === undefined ? '' : String(published);
  });
  protected readonly hasFilters = computed(() => {
    const filter = this.filter();
    return filter.q !== undefined || filter.published !== undefined || filter.missing === true;
  });
  protected readonly found = computed(() =>
    fill(this.strings().list.found, { count: formatNumber(this.total() ?? 0, this.i18n.lang()) }),
  );

  protected readonly rows = computed<OpportunityRow[]>(() => {
    if (!this.list.hasValue()) return [];
    const lang = this.i18n.lang();
    const t = this.i18n.t();
    const s = this.strings();
    return this.list.value().items.map((item) => {
      const langs = LANGS.filter((l) => item.missingTranslations.some((m) => m.lang === l));
      return {
        item,
        name: pickText(item.name, lang).text || s.list.untitled,
        status: (t.catalogue.opportunityStatus as Record<string, string>)[item.status] ?? item.status,
        missing: langs.length
          ? fill(s.list.missing, { langs: langs.map((l) => LANGUAGE_NAMES[l].short).join(', ') })
          : '',
        missingDetail: item.missingTranslations
          .map((m) => `${this.fieldName(m.field)} (${LANGUAGE_NAMES[m.lang].full})`)
          .join(', '),
      };
    });
  });

  protected search(event: Event, q: string): void {
    event.preventDefault();
    this.navigate({ q: q.trim() || null, page: null });
  }

  protected filterPublished(value: unknown): void {
    this.navigate({ published: value === 'true' || value === 'false' ? value : null, page: null });
  }

  protected filterMissing(change: MatCheckboxChange): void {
    this.navigate({ missing: change.checked ? 'true' : null, page: null });
  }

  protected clearFilters(): void {
    this.navigate({ q: null, published: null, missing: null, page: null });
  }

  protected turn(event: PageEvent): void {
    this.navigate({ page: event.pageIndex > 0 ? event.pageIndex + 1 : null });
  }

  private fieldName(field: string): string {
    const s = this.strings().form;
    if (field === 'name') return s.name;
    if (field === 'description') return s.description;
    return field;
  }

  private navigate(queryParams: Params): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge' });
  }
}
