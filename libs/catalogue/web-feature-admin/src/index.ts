/** The administrators' pages of the catalogues: opportunities and PPP projects edited one by one, and spreadsheet imports. */
export { CATALOGUE_ADMIN_ROUTES, IMPORT_ADMIN_ROUTES } from './lib/catalogue-admin.routes';
