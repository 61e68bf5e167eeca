import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity, UserAccountEntity } from '@kbdm/accounts/api-data-access';
import { Clock } from '@kbdm/api/core-config';
import { CATALOGUE_ENTITIES, ImportJobsRepository } from '@kbdm/catalogue/api-data-access';
import type { DataSource } from 'typeorm';
import { AdminOpportunityResponse, AdminPppProjectResponse } from './admin.responses';
import { CATALOGUE_IMPORTERS } from './imports/catalogue-importer';
import { ImportRunner } from './imports/import-runner';
import { ImportsController } from './imports/imports.controller';
import { ImportsService } from './imports/imports.service';
import { adminItemsController } from './items/admin-items.controller';
import { AdminItemsService } from './items/admin-items.service';
import { ItemImporter } from './items/item-importer';
import type { CatalogueItemKind, ItemInput, ItemRow } from './items/item-record';
import { OpportunityInputDto, UpdateOpportunityDto } from './opportunities/opportunity-input.dto';
import { OPPORTUNITY_KIND } from './opportunities/opportunity-kind';
import { PppProjectInputDto, UpdatePppProjectDto } from './ppp-projects/ppp-project-input.dto';
import { PPP_PROJECT_KIND } from './ppp-projects/ppp-project-kind';

/** The injection tokens of each catalogue's editing service. */
export const ADMIN_OPPORTUNITIES = Symbol('ADMIN_OPPORTUNITIES');
export const ADMIN_PPP_PROJECTS = Symbol('ADMIN_PPP_PROJECTS');

// Each catalogue: its kind, the token of its editing service, its controller.
const CATALOGUES = [
  {
    kind: OPPORTUNITY_KIND,
    token: ADMIN_OPPORTUNITIES,
    controller: adminItemsController({
      path: 'opportunities',
      name: 'AdminOpportunitiesController',
      noun: 'opportunity',
      service: ADMIN_OPPORTUNITIES,
      input: OpportunityInputDto,
      update: UpdateOpportunityDto,
      response: AdminOpportunityResponse,
    }),
  },
  {
    kind: PPP_PROJECT_KIND,
    token: ADMIN_PPP_PROJECTS,
    controller: adminItemsController({
      path: 'ppp-projects',
      name: 'AdminPppProjectsController',
      noun: 'PPP project',
      service: ADMIN_PPP_PROJECTS,
      input: PppProjectInputDto,
      update: UpdatePppProjectDto,
      response: AdminPppProjectResponse,
    }),
  },
] as const;

type AnyKind = CatalogueItemKind<ItemRow, ItemInput, unknown>;

/** The administrators' catalogue work: the edit forms' API and spreadsheet imports. */
@Module({
  imports: [TypeOrmModule.forFeature([...CATALOGUE_ENTITIES, AuditEventEntity, UserAccountEntity])],
  controllers: [...CATALOGUES.map((c) => c.controller), ImportsController],
  providers: [
    Clock,
    ImportJobsRepository,
    ...CATALOGUES.map((c) => ({
      provide: c.token,
      useFactory: (dataSource: DataSource, clock: Clock) =>
        new AdminItemsService(c.kind as unknown as AnyKind, dataSource, clock),
      inject: [getDataSourceToken(), Clock],
    })),
    {
      provide: CATALOGUE_IMPORTERS,
      useFactory: (jobs: ImportJobsRepository, clock: Clock) =>
        CATALOGUES.map((c) => new ItemImporter(c.kind as unknown as AnyKind, jobs, clock)),
      inject: [ImportJobsRepository, Clock],
    },
    ImportsService,
    ImportRunner,
  ],
  exports: [ImportRunner],
})
export class CatalogueAdminModule {}
