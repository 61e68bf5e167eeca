/** The administrators' catalogue API: edit forms under /api/v1/admin/opportunities, imports under /api/v1/admin/imports. */
export { CatalogueAdminModule } from './lib/catalogue-admin.module';
export { ImportRunner } from './lib/imports/import-runner';
export { OpportunityImporter } from './lib/opportunities/opportunity-importer';
