import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  District,
  Opportunity,
  OpportunityStatus,
  PppForm,
  PppNeed,
  PppProject,
  PppStage,
  Programme,
  ProgrammeInstrument,
  ProgrammeStatus,
  Sector,
} from '@kbdm/catalogue/domain';
import type { Lang, Page } from '@kbdm/shared/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import type { Observable } from 'rxjs';

/** What every list takes besides its own filters. */
export type ListParams = {
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export type OpportunityFilter = ListParams & {
  sector?: string[];
  district?: string[];
  status?: OpportunityStatus[];
  minImportValue?: number;
  maxImportValue?: number;
  minInvestment?: number;
  maxInvestment?: number;
  minScore?: number;
};

export type PppProjectFilter = ListParams & {
  sector?: string[];
  district?: string[];
  stage?: PppStage[];
  form?: PppForm[];
  need?: PppNeed[];
  minCapex?: number;
  maxCapex?: number;
};

export type ProgrammeFilter = ListParams & {
  status?: ProgrammeStatus[];
  instrument?: ProgrammeInstrument[];
  sector?: string[];
  minAmount?: number;
  maxAmount?: number;
};

/** Any filter object: the value types a list query parameter can take. */
export type FilterValues = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/**
 * Query parameters for a filter: empty values (undefined, null, blank text, empty lists) are
 * left out, lists are joined with commas as the API expects (`sector=C23,C20`).
 */
export function toQueryParams(filter: FilterValues, lang?: Lang): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params = params.set(key, value.join(','));
    } else if (typeof value === 'string') {
      if (value.trim() !== '') params = params.set(key, value.trim());
    } else if (typeof value === 'number') {
      if (Number.isFinite(value)) params = params.set(key, String(value));
    } else {
      params = params.set(key, String(value));
    }
  }
  return lang ? params.set('lang', lang) : params;
}

/** Reads one catalogue of `/api/v1`: a page of items for a filter, and one item by id. */
export abstract class CatalogueClient<T, F extends object> {
  protected readonly http = inject(HttpClient);
  protected readonly baseUrl = inject(API_BASE_URL);
  protected abstract readonly path: string;

  list(filter: F, lang: Lang): Observable<Page<T>> {
    return this.http.get<Page<T>>(`${this.baseUrl}/api/v1/${this.path}`, {
      params: toQueryParams(filter as FilterValues, lang),
    });
  }

  get(id: string, lang: Lang): Observable<T> {
    return this.http.get<T>(`${this.baseUrl}/api/v1/${this.path}/${encodeURIComponent(id)}`, {
      params: toQueryParams({}, lang),
    });
  }
}

/** Import-substitution opportunities. */
@Injectable({ providedIn: 'root' })
export class OpportunityClient extends CatalogueClient<Opportunity, OpportunityFilter> {
  protected readonly path = 'opportunities';
}

/** Public-private partnership projects. */
@Injectable({ providedIn: 'root' })
export class PppProjectClient extends CatalogueClient<PppProject, PppProjectFilter> {
  protected readonly path = 'ppp-projects';
}

/** State support programmes with their versions. */
@Injectable({ providedIn: 'root' })
export class ProgrammeClient extends CatalogueClient<Programme, ProgrammeFilter> {
  protected readonly path = 'programmes';
}

/** The region's districts, for filters and names. */
@Injectable({ providedIn: 'root' })
export class DistrictClient extends CatalogueClient<District, ListParams> {
  protected readonly path = 'districts';
}

/** OKED sectors, for filters. */
@Injectable({ providedIn: 'root' })
export class SectorClient extends CatalogueClient<Sector, ListParams> {
  protected readonly path = 'sectors';
}
