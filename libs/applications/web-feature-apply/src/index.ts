/** The applicant's pages: my applications, a new draft and one application (form, documents, history, messages), as routes. */
export { APPLY_ROUTES } from './lib/apply.routes';
