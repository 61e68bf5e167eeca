/** Accounts pages: sign-in, registration and the signed-in person's profile, as routes. */
export { ACCOUNT_ROUTES } from './lib/account.routes';
