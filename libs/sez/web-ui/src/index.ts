/** Presentational pieces of the zone's pages: inputs in, nothing fetched. */
export { CapacityBars } from './lib/capacity-bars';
export type { CapacityLine } from './lib/capacity-bars';
