import type { Type } from '@angular/core';
import type { FilterValues } from '@kbdm/catalogue/web-data-access';
import type { Lang, Page } from '@kbdm/shared/domain';
import type { Dictionary } from '@kbdm/shared/web-core';
import type { Observable } from 'rxjs';

export type CatalogueStrings = Dictionary['catalogue'];

/** What every card needs of an item. */
export type CardItem = { id: string; title: string; demo: boolean };

/** One filter control of a list and the query parameter(s) it writes. */
export type FilterField =
  | { kind: 'sector' | 'district'; key: string }
  | {
      kind: 'chips';
      key: string;
      label: (t: CatalogueStrings) => string;
      options: readonly string[];
      optionLabel: (t: CatalogueStrings, option: string) => string;
    }
  | { kind: 'range'; min: string; max: string; label: (t: CatalogueStrings) => string }
  | { kind: 'number'; key: string; label: (t: CatalogueStrings) => string }
  | { kind: 'toggle'; key: string; label: (t: CatalogueStrings) => string };

/** A labelled figure on a card, already formatted. */
export type CardFigure = { label: string; value: string };

/** Reads a list of this catalogue; the page injects `client` and calls `load` with it. */
export type ListLoader<C, T> = {
  client: Type<C>;
  load: (client: C, filter: FilterValues, lang: Lang) => Observable<Page<T>>;
};

/** How one catalogue's list page looks: its filters, sorts and what a card shows. */
export type CatalogueListConfig<T extends CardItem = CardItem> = {
  /** The list's path, e.g. `opportunities`; also the `data-testid` of the page. */
  path: string;
  title: (t: CatalogueStrings) => string;
  /** The map's layer of this catalogue (`/map?layers=…`), when its items have a place. */
  mapLayer?: string;
  loader: ListLoader<unknown, T>;
  filters: FilterField[];
  sorts: { value: string; label: (t: CatalogueStrings) => string }[];
  status: (item: T, t: CatalogueStrings) => string;
  subtitle: (item: T, t: CatalogueStrings) => string;
  figures: (item: T, t: CatalogueStrings, lang: Lang) => CardFigure[];
};

/** Types one catalogue's configuration and lets the generic page hold any of them. */
export function defineList<C, T extends CardItem>(
  config: Omit<CatalogueListConfig<T>, 'loader'> & { loader: ListLoader<C, T> },
): CatalogueListConfig {
  return config as unknown as CatalogueListConfig;
}

/** The query parameter names a configuration reads, to clear them all at once. */
export function filterKeys(config: CatalogueListConfig): string[] {
  return config.filters.flatMap((field) => (field.kind === 'range' ? [field.min, field.max] : [field.key]));
}
