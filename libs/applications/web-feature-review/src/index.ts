/** The programme officers' pages: the queue of applications and the review of one, as routes. */
export { REVIEW_ROUTES } from './lib/review.routes';
