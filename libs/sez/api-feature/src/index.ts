export { SezModule } from './lib/sez.module';
export { sezSlotFilter } from './lib/sez.controller';
