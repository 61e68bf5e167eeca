import { DistrictEntity } from './district.entity';
import { ImportJobEntity, ImportRowEntity } from './import-job.entity';
import { OpportunityDistrictFitEntity, OpportunityEntity } from './opportunity.entity';
import { PppProjectEntity } from './ppp-project.entity';
import { ProgrammeEntity, ProgrammeVersionEntity } from './programme.entity';
import { SectorEntity } from './sector.entity';

export const CATALOGUE_ENTITIES = [
  DistrictEntity,
  SectorEntity,
  OpportunityEntity,
  OpportunityDistrictFitEntity,
  PppProjectEntity,
  ProgrammeEntity,
  ProgrammeVersionEntity,
  ImportJobEntity,
  ImportRowEntity,
];
