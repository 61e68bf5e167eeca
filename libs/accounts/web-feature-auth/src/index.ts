/** Accounts pages: sign-in, registration and the signed-in person's profile, as routes. */
export { ACCOUNT_ROUTES } from './lib/account.routes';
// Shared with the administrators' pages: problem details beside the field they name, the rest above the form.
export { FormAlert } from './lib/form-alert';
export { commonPasswordValidator, controlError, generalErrorLines, placeProblem } from './lib/form-problems';
export type { FormFailure } from './lib/form-problems';
