export type { Bbox, LocatedRows, MapRow, Paging } from './lib/catalogue-filters';
export {
  findPageOf,
  insideBbox,
  locatedRows,
  nameSortExpression,
  sectorPatterns,
  whereSearch,
  whereSearchText,
} from './lib/catalogue-filters';
export { DistrictEntity } from './lib/district.entity';
export { ImportJobEntity, ImportRowEntity } from './lib/import-job.entity';
export { IMPORT_LEASE_MS, ImportJobsRepository } from './lib/import-jobs.repository';
export { OpportunitiesRepository } from './lib/opportunities.repository';
export type { OpportunityFilter, OpportunityOrder } from './lib/opportunities.repository';
export { OpportunityDistrictFitEntity, OpportunityEntity } from './lib/opportunity.entity';
export { PppProjectEntity } from './lib/ppp-project.entity';
export { PppProjectsRepository } from './lib/ppp-projects.repository';
export type { PppProjectFilter, PppProjectOrder } from './lib/ppp-projects.repository';
export { ProgrammeEntity, ProgrammeVersionEntity } from './lib/programme.entity';
export { ProgrammesRepository } from './lib/programmes.repository';
export type { ProgrammeFilter, ProgrammeOrder } from './lib/programmes.repository';
export { ReferenceRepository } from './lib/reference.repository';
export { SectorEntity } from './lib/sector.entity';

/** Every entity of the catalogues, for `DatabaseModule.forRoot`. */
export { CATALOGUE_ENTITIES } from './lib/catalogue-entities';
