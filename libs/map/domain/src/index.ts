export { DISTRICT_FIGURES, MAP_FEATURE_LIMIT, MAP_LAYERS } from './lib/map-feature';
export type {
  BoundingBox,
  DistrictFigure,
  DistrictFigures,
  MapFeature,
  MapFeatureCollection,
  MapFeatureProperties,
  MapLayer,
  MapLayerCounts,
  MapSettings,
  DistrictBoundary,
  DistrictBoundaryCollection,
} from './lib/map-feature';
