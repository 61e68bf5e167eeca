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
export { OpenDataRegistry } from './lib/open-data/open-data.registry';
export type { OpenDataFormat, OpenDataset } from './lib/open-data/open-data.registry';
export { batchesOf, datasetMetadata, localizedColumns, summaryOf } from './lib/open-data/catalogue-open-data';
