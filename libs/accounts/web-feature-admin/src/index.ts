/** The administrators' pages: people and their roles, as routes under /admin. */
export { ADMIN_ROUTES } from './lib/admin.routes';
