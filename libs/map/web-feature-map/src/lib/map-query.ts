import type { ParamMap, Params } from '@angular/router';
import type { MapFilter } from '@kbdm/map/web-data-access';
import { DISTRICT_FIGURES, type DistrictFigure, MAP_LAYERS, type MapLayer } from '@kbdm/map/domain';

/** Everything the map page shows, read from its URL so that a link opens the same view. */
export type MapQuery = {
  q?: string;
  sector: string[];
  district: string[];
  /** The layers drawn; all of them unless the URL names some. */
  layers: MapLayer[];
  /** What the districts are coloured by. */
  figure: DistrictFigure;
};

export const DEFAULT_FIGURE: DistrictFigure = 'opportunities';

function list(text: string | null): string[] {
  return (text ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function isLayer(value: string): value is MapLayer {
  return (MAP_LAYERS as readonly string[]).includes(value);
}

function isFigure(value: string | null): value is DistrictFigure {
  return value !== null && (DISTRICT_FIGURES as readonly string[]).includes(value);
}

/**
 * The map's query parameters use the lists' names (`q`, `sector`, `district`), so a list's
 * URL opens the map with the same filters and back. Unknown layers and figures are dropped
 * rather than sent to the API: a hand-edited link still opens a map.
 */
export function readMapQuery(params: ParamMap): MapQuery {
  const q = params.get('q')?.trim();
  const layers = params.has('layers') ? [...new Set(list(params.get('layers')).filter(isLayer))] : [...MAP_LAYERS];
  const figure = params.get('figure');
  return {
    q: q ? q : undefined,
    sector: list(params.get('sector')),
    district: list(params.get('district')),
    layers,
    figure: isFigure(figure) ? figure : DEFAULT_FIGURE,
  };
}

/** The API filter of a map view. No layer chosen asks for none (the API's default is all). */
export function toMapFilter(query: MapQuery): MapFilter | null {
  if (query.layers.length === 0) return null;
  return { q: query.q, sector: query.sector, district: query.district, layers: query.layers };
}

/** The query parameters that open `layer`'s list with the map's filters. */
export function listParams(query: MapQuery): Params {
  const params: Params = {};
  if (query.q) params['q'] = query.q;
  if (query.sector.length) params['sector'] = query.sector.join(',');
  if (query.district.length) params['district'] = query.district.join(',');
  return params;
}

/** The route of each layer's list and of its items' pages. */
export const LAYER_PATHS: Record<MapLayer, string> = {
  opportunities: 'opportunities',
  ppp: 'ppp-projects',
  'sez-slots': 'sez-slots',
};
