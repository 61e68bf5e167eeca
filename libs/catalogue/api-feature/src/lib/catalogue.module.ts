import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  CATALOGUE_ENTITIES,
  OpportunitiesRepository,
  PppProjectsRepository,
  ProgrammesRepository,
  ReferenceRepository,
} from '@kbdm/catalogue/api-data-access';
import { CatalogueCodesService } from './catalogue-codes.service';
import { OpportunitiesController, OpportunitiesService } from './opportunities.controller';
import { PppProjectsController, PppProjectsService } from './ppp-projects.controller';
import { ProgrammesController, ProgrammesService } from './programmes.controller';
import { DistrictsController, SectorsController } from './reference.controller';
import { CatalogueStatsController, CatalogueStatsService } from './catalogue-stats.controller';
import { CatalogueOpenData } from './open-data/catalogue-open-data';
import { OpenDataController } from './open-data/open-data.controller';
import { OpenDataRegistry } from './open-data/open-data.registry';

/** The region's catalogues: districts, sectors, opportunities, PPP projects and programmes. */
@Module({
  imports: [TypeOrmModule.forFeature(CATALOGUE_ENTITIES)],
  controllers: [
    DistrictsController,
    SectorsController,
    OpportunitiesController,
    PppProjectsController,
    ProgrammesController,
    OpenDataController,
    CatalogueStatsController,
  ],
  providers: [
    ReferenceRepository,
    OpportunitiesRepository,
    PppProjectsRepository,
    ProgrammesRepository,
    CatalogueCodesService,
    OpportunitiesService,
    PppProjectsService,
    ProgrammesService,
    OpenDataRegistry,
    CatalogueOpenData,
    CatalogueStatsService,
  ],
  exports: [
    CatalogueCodesService,
    OpportunitiesRepository,
    PppProjectsRepository,
    ReferenceRepository,
    OpenDataRegistry,
  ],
})
export class CatalogueModule {}
