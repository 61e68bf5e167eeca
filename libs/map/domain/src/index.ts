export { MAP_FEATURE_LIMIT, MAP_LAYERS } from './lib/map-feature';
export type {
  BoundingBox,
  MapFeature,
  MapFeatureCollection,
  MapFeatureProperties,
  MapLayer,
  MapLayerCounts,
} from './lib/map-feature';
