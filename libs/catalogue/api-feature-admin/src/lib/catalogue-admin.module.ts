import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity, UserAccountEntity } from '@kbdm/accounts/api-data-access';
import { Clock } from '@kbdm/api/core-config';
import { CATALOGUE_ENTITIES, ImportJobsRepository } from '@kbdm/catalogue/api-data-access';
import { CATALOGUE_IMPORTERS } from './imports/catalogue-importer';
import { ImportRunner } from './imports/import-runner';
import { ImportsController } from './imports/imports.controller';
import { ImportsService } from './imports/imports.service';
import { AdminOpportunitiesController } from './opportunities/admin-opportunities.controller';
import { AdminOpportunitiesService } from './opportunities/admin-opportunities.service';
import { OpportunityImporter } from './opportunities/opportunity-importer';

/** The administrators' catalogue work: the edit forms' API and spreadsheet imports. */
@Module({
  imports: [TypeOrmModule.forFeature([...CATALOGUE_ENTITIES, AuditEventEntity, UserAccountEntity])],
  controllers: [AdminOpportunitiesController, ImportsController],
  providers: [
    Clock,
    AdminOpportunitiesService,
    ImportJobsRepository,
    OpportunityImporter,
    { provide: CATALOGUE_IMPORTERS, useFactory: (...importers) => importers, inject: [OpportunityImporter] },
    ImportsService,
    ImportRunner,
  ],
  exports: [ImportRunner],
})
export class CatalogueAdminModule {}
