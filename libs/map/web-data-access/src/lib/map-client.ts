import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { toQueryParams } from '@kbdm/catalogue/web-data-access';
import type {
  DistrictBoundaryCollection,
  DistrictFigures,
  MapFeatureCollection,
  MapLayer,
  MapSettings,
} from '@kbdm/map/domain';
import type { Lang } from '@kbdm/shared/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import type { Observable } from 'rxjs';

/** What the map filters on: the lists' search, sector and district, plus the layers drawn. */
export type MapFilter = {
  q?: string;
  sector?: string[];
  district?: string[];
  layers?: MapLayer[];
};

/** Reads `/api/v1/map`: the markers of the chosen layers and the districts' figures. */
@Injectable({ providedIn: 'root' })
export class MapClient {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  features(filter: MapFilter, lang: Lang): Observable<MapFeatureCollection> {
    return this.http.get<MapFeatureCollection>(`${this.baseUrl}/api/v1/map/features`, {
      params: toQueryParams(filter, lang),
    });
  }

  /** How this deployment draws the map: background tiles, if any. */
  settings(): Observable<MapSettings> {
    return this.http.get<MapSettings>(`${this.baseUrl}/api/v1/map/settings`);
  }

  /** The districts' outlines, on a deployment whose settings say it has them. */
  boundaries(): Observable<DistrictBoundaryCollection> {
    return this.http.get<DistrictBoundaryCollection>(`${this.baseUrl}/api/v1/map/boundaries`);
  }

  /** Every district with its figures for the search and sector (the district filter does not narrow it). */
  districtFigures(filter: Pick<MapFilter, 'q' | 'sector'>, lang: Lang): Observable<DistrictFigures[]> {
    return this.http.get<DistrictFigures[]>(`${this.baseUrl}/api/v1/map/district-figures`, {
      params: toQueryParams({ q: filter.q, sector: filter.sector }, lang),
    });
  }
}
