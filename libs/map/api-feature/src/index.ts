export { MapModule } from './lib/map.module';
export { parseBbox } from './lib/map.controller';
