/** The onboarding pages: the questionnaire at `/start` and its results at `/start/results/:id`, as routes. */
export { ONBOARDING_ROUTES } from './lib/onboarding.routes';
/** The programme officers' demand figures at `/officer/demand`, as routes. */
export { DEMAND_ROUTES } from './lib/demand/demand.routes';
