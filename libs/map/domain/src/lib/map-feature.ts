export const MAP_LAYERS = ['opportunities', 'ppp', 'sez-slots'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** What a marker carries: enough to draw it and link to the item's page. */
export type MapFeatureProperties = {
  layer: MapLayer;
  id: string;
  code: string;
  title: string;
  status: string;
  sectorCode: string | null;
  districtCode: string | null;
  demo: boolean;
};

export type MapFeature = {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [lon: number, lat: number] };
  properties: MapFeatureProperties;
};

/**
 * The map's answer. Items that match the filters but have no location are counted in
 * `unlocated` rather than silently left out; `outsideBbox` counts those cut by the bbox.
 */
export type MapFeatureCollection = {
  type: 'FeatureCollection';
  features: MapFeature[];
  counts: Record<MapLayer, MapLayerCounts>;
};

/** How the matches of one layer split: drawn, without a place, outside the bbox. */
export type MapLayerCounts = {
  located: number;
  unlocated: number;
  outsideBbox: number;
  /** True when more located items matched than one answer carries (`MAP_FEATURE_LIMIT`). */
  truncated: boolean;
};

export const MAP_FEATURE_LIMIT = 20_000;

/** `minLon,minLat,maxLon,maxLat` in WGS 84. */
export type BoundingBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

/** What the map can colour the districts by. */
export const DISTRICT_FIGURES = ['opportunities', 'importValueUsd', 'pppProjects', 'freeSezAreaHa'] as const;
export type DistrictFigure = (typeof DISTRICT_FIGURES)[number];

/** The figures of one district for the items that match the filters (by the district where each stands). */
export type DistrictFigures = {
  district: { id: string; code: string; title: string };
  centre: { lat: number; lon: number };
  opportunities: number;
  importValueUsd: number;
  pppProjects: number;
  /** Area of the SEZ slots still available, in hectares. */
  freeSezAreaHa: number;
};

/** How the map is drawn on this deployment: background tiles are an optional production setting. */
export type MapSettings = {
  /** An XYZ tile template (`https://…/{z}/{x}/{y}.png`), or null: the map then draws no tiles and works offline. */
  tileUrl: string | null;
  /** The tile server's required attribution, shown on the map. */
  tileAttribution: string | null;
  /** Whether `GET /api/v1/map/boundaries` has the districts' outlines on this deployment. */
  boundaries: boolean;
};

/** A district's outline: (multi)polygon rings of [lon, lat] in WGS 84. */
export type DistrictBoundary = {
  type: 'Feature';
  geometry:
    | { type: 'Polygon'; coordinates: [number, number][][] }
    | { type: 'MultiPolygon'; coordinates: [number, number][][][] };
  properties: { districtCode: string; kato: string };
};

/** The districts' outlines with the attribution their licence asks for. */
export type DistrictBoundaryCollection = {
  type: 'FeatureCollection';
  features: DistrictBoundary[];
  attribution: string;
};
