/** The catalogues' API clients and their list and item state as signals. */
export { CatalogueAdminClient } from './lib/catalogue-admin-client';
export type { AdminItemFilter, ImportRowsFilter, ImportUploadEvent } from './lib/catalogue-admin-client';
export {
  CatalogueClient,
  DistrictClient,
  OpportunityClient,
  PppProjectClient,
  ProgrammeClient,
  SectorClient,
  toQueryParams,
} from './lib/catalogue-client';
export type {
  FilterValues,
  ListParams,
  OpportunityFilter,
  PppProjectFilter,
  ProgrammeFilter,
} from './lib/catalogue-client';
export { createItemState, createListState } from './lib/list-state';
export type { ItemState, ListState } from './lib/list-state';
export { ReferenceData } from './lib/reference-data';
