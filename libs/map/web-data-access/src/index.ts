/** The map's API client. */
export { MapClient } from './lib/map-client';
export type { MapFilter } from './lib/map-client';
