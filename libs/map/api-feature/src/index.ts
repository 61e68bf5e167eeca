export { MapModule } from './lib/map.module';
export { parseBbox } from './lib/map.controller';
export { fromAdm2Features, GEOKZ_ATTRIBUTION, parseBoundaryFile } from './lib/district-boundaries';
