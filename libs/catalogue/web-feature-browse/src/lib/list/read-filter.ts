import type { ParamMap } from '@angular/router';
import type { FilterValues } from '@kbdm/catalogue/web-data-access';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@kbdm/shared/domain';
import type { CatalogueListConfig } from './list-config';

function positiveInt(text: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : fallback;
}

function number(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function list(text: string | null): string[] {
  return (text ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/**
 * The API filter a list URL stands for. The URL is the single source of truth: every filter, the
 * sort, page and page size are query parameters, written the way the API takes them.
 */
export function readFilter(config: CatalogueListConfig, params: ParamMap): FilterValues {
  const filter: FilterValues = {
    q: params.get('q') ?? undefined,
    sort: params.get('sort') ?? undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
  for (const field of config.filters) {
    switch (field.kind) {
      case 'sector':
      case 'district':
      case 'chips':
        filter[field.key] = list(params.get(field.key));
        break;
      case 'range':
        filter[field.min] = number(params.get(field.min));
        filter[field.max] = number(params.get(field.max));
        break;
      case 'number':
        filter[field.key] = number(params.get(field.key));
        break;
      case 'toggle':
        filter[field.key] = params.get(field.key) === 'true' ? true : undefined;
        break;
    }
  }
  return filter;
}
