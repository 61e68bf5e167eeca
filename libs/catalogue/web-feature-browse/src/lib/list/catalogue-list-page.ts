import { ChangeDetectionStrategy, Component, computed, inject, Injector, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { createListState, ReferenceData } from '@kbdm/catalogue/web-data-access';
import { I18n, LocalNumberPipe } from '@kbdm/shared/web-core';
import { ProblemNote } from '../shared/problem-note';
import { type CardItem, type CatalogueListConfig, filterKeys } from './list-config';
import { readFilter } from './read-filter';

/**
 * One catalogue's list: search, filters, sort and paginator, all kept in the URL's query
 * parameters so that a link opens the same view. Configured per catalogue through route data.
 */
@Component({
  selector: 'kbdm-catalogue-list-page',
  imports: [
    LocalNumberPipe,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    ProblemNote,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalogue-list-page.html',
  styleUrl: './catalogue-list-page.scss',
})
export class CatalogueListPage {
  protected readonly i18n = inject(I18n);
  protected readonly reference = inject(ReferenceData);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);

  /** From the route's data. */
  readonly config = input.required<CatalogueListConfig>();

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly queryParams = toSignal(this.route.queryParams, { requireSync: true });
  protected readonly filter = computed(() => readFilter(this.config(), this.params()));
  protected readonly t = computed(() => this.i18n.t().catalogue);

  protected readonly list = createListState(
    (filter, lang) => {
      const loader = this.config().loader;
      return loader.load(this.injector.get(loader.client), filter, lang);
    },
    this.filter,
    this.i18n.lang,
  );

  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly pageIndex = computed(() => Number(this.filter()['page']) - 1);
  protected readonly pageSize = computed(() => Number(this.filter()['pageSize']));
  protected readonly hasFilters = computed(() =>
    ['q', ...filterKeys(this.config())].some((key) => this.params().has(key)),
  );
  protected readonly cards = computed(() => {
    const config = this.config();
    const t = this.t();
    const lang = this.i18n.lang();
    return this.list.items().map((item: CardItem) => ({
      item,
      status: config.status(item, t),
      subtitle: config.subtitle(item, t),
      figures: config.figures(item, t, lang),
    }));
  });

  /** The map with this list's search, sector and district, showing this catalogue's layer. */
  protected mapParams(layer: string): Params {
    const params: Params = { layers: layer };
    for (const key of ['q', 'sector', 'district']) {
      const value = this.params().get(key);
      if (value) params[key] = value;
    }
    return params;
  }

  protected selected(key: string): string[] {
    const value = this.filter()[key];
    return Array.isArray(value) ? [...value] : [];
  }

  protected text(key: string): string {
    const value = this.filter()[key];
    return value === undefined || value === null ? '' : String(value);
  }

  protected search(event: Event, q: string): void {
    event.preventDefault();
    this.update({ q: q.trim() || null });
  }

  protected setList(key: string, values: unknown): void {
    const list = Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [];
    this.update({ [key]: list.length > 0 ? list.join(',') : null });
  }

  protected setNumber(key: string, text: string): void {
    const value = text.trim() === '' ? NaN : Number(text);
    this.update({ [key]: Number.isFinite(value) ? value : null });
  }

  protected setToggle(key: string, checked: boolean): void {
    this.update({ [key]: checked ? 'true' : null });
  }

  protected setSort(sort: unknown): void {
    this.update({ sort: typeof sort === 'string' && sort !== '' ? sort : null });
  }

  protected changePage(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearFilters(): void {
    const cleared: Params = { q: null, page: null };
    for (const key of filterKeys(this.config())) cleared[key] = null;
    this.navigate(cleared);
  }

  // A changed filter starts again from the first page.
  private update(params: Params): void {
    this.navigate({ ...params, page: null });
  }

  private navigate(queryParams: Params): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
