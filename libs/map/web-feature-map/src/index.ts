/** The map of the region: districts, the catalogues' layers and the figure the districts are coloured by. */
export { MAP_ROUTES } from './lib/map.routes';
