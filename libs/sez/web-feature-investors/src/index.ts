export { INVESTOR_ROUTES, OFFICER_INVESTOR_ROUTES } from './lib/investors.routes';
