/** Presentational pieces shared by the web features: the small map of one place and the map's stylesheet. */
export { PlaceMap } from './lib/place-map';
export type { PlaceKind } from './lib/place-map';
export { linkStylesheet, MAP_STYLESHEET } from './lib/stylesheet';
export { BarChart } from './lib/bar-chart';
export type { ChartSeries } from './lib/bar-chart';
