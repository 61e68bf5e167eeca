export { CatalogueModule } from './lib/catalogue.module';
export {
  CatalogueCodesService,
  DISTRICT_CODE,
  SECTOR_CODE,
  SectorDistrictListQuery,
  assertRange,
} from './lib/catalogue-codes.service';
export { opportunityFilter } from './lib/opportunities.controller';
export { pppProjectFilter, toPppProject } from './lib/ppp-projects.controller';
export { pointOf, refOf, titleOf } from './lib/mappers';
export { PppProjectResponse } from './lib/catalogue.responses';
