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
import { MatTabsModule } from '@angular/material/tabs';
import { type Params, Router, RouterLink } from '@angular/router';
import { ADMIN_CATALOGUES, type AdminCatalogue, type AdminItemSummary } from '@kbdm/catalogue/domain';
import { type AdminItemFilter, CatalogueAdminClient } from '@kbdm/catalogue/web-data-access';
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
import { statusWords, TEST_ID_PREFIX } from './admin-catalogue';

/** The list's view from the URL's query: `q`, `published`, `missing` and `page`, each ignored when not valid. */
export function adminItemFilter(
  q: string | undefined,
  published: string | undefined,
  missing: string | undefined,
  page: string | undefined,
): AdminItemFilter {
  const pageNumber = Number(page);
  return {
    q: q?.trim() || undefined,
    published: published === 'true' ? true : published === 'false' ? false : undefined,
    missing: missing === 'true' || undefined,
    page: Number.isInteger(pageNumber) && pageNumber > 1 ? pageNumber : 1,
    pageSize: DEFAULT_PAGE_SIZE,
  };
}

type ItemRow = {
  item: AdminItemSummary;
  name: string;
  status: string;
  /** The languages with a missing text, short names (`Қаз, Eng`), or '' when complete. */
  missing: string;
  /** Which texts miss which language, in full. */
  missingDetail: string;
};

/**
 * `/admin/catalogue/opportunities` and `/admin/catalogue/ppp-projects` (the catalogue from the
 * route's data): every item for administrators, published or not — search, publication and
 * missing-translation filters and the page in the URL, a mark on each item missing a translation,
 * and tabs to the other catalogue. Test ids carry the catalogue's prefix: `opportunity-row`, `ppp-row`.
 */
@Component({
  selector: 'kbdm-catalogue-list-page',
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
    MatTabsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalogue-list-page.html',
  styleUrl: './catalogue-list-page.scss',
})
export class CatalogueListPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(CatalogueAdminClient);
  private readonly router = inject(Router);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  /** From the route's data. */
  readonly catalogue = input.required<AdminCatalogue>();
  /** From the query string. */
  readonly q = input<string>();
  readonly published = input<string>();
  readonly missing = input<string>();
  readonly page = input<string>();

  protected readonly paths = ADMIN_PATHS;
  protected readonly catalogues = ADMIN_CATALOGUES;
  protected readonly pageSize = DEFAULT_PAGE_SIZE;
  protected readonly columns = ['code', 'name', 'status', 'publication', 'translations', 'updated'];
  protected readonly words = computed(() => this.strings().catalogues[this.catalogue()]);
  protected readonly listPath = computed(() => ADMIN_PATHS[this.catalogue()]);
  protected readonly filter = computed(() => adminItemFilter(this.q(), this.published(), this.missing(), this.page()));
  protected readonly list = rxResource({
    params: () => ({ catalogue: this.catalogue(), filter: this.filter() }),
    stream: ({ params }) => this.client.items(params.catalogue, params.filter),
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

  protected readonly rows = computed<ItemRow[]>(() => {
    if (!this.list.hasValue()) return [];
    const lang = this.i18n.lang();
    const t = this.i18n.t();
    const s = this.strings();
    const catalogue = this.catalogue();
    return this.list.value().items.map((item) => {
      const langs = LANGS.filter((l) => item.missingTranslations.some((m) => m.lang === l));
      return {
        item,
        name: pickText(item.name, lang).text || s.list.untitled,
        status: statusWords(catalogue, item.status, t),
        missing: langs.length
          ? fill(s.list.missing, { langs: langs.map((l) => LANGUAGE_NAMES[l].short).join(', ') })
          : '',
        missingDetail: item.missingTranslations
          .map((m) => `${this.fieldName(m.field)} (${LANGUAGE_NAMES[m.lang].full})`)
          .join(', '),
      };
    });
  });

  /** The test id of `part` in this catalogue's list: `opportunity-row`, `ppp-row`. */
  protected testId(part: string): string {
    return `${TEST_ID_PREFIX[this.catalogue()]}-${part}`;
  }

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
    const s = this.strings();
    if (field === 'name') return s.form.name;
    if (field === 'description') return s.form.description;
    if (field === 'publicPartner') return s.ppp.publicPartner;
    return field;
  }

  private navigate(queryParams: Params): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge' });
  }
}
