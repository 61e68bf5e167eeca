/**
 * The administrators' catalogue API: edit forms under /api/v1/admin/opportunities and
 * /api/v1/admin/ppp-projects, spreadsheet imports under /api/v1/admin/imports.
 */
export { CatalogueAdminModule } from './lib/catalogue-admin.module';
export { CATALOGUE_IMPORTERS } from './lib/imports/catalogue-importer';
export type { CatalogueImporter } from './lib/imports/catalogue-importer';
export { ImportRunner } from './lib/imports/import-runner';
