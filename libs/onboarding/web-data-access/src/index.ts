/** The onboarding in the browser: the assessments API client and the assessments this tab has seen. */
export { ASSESSMENTS_PATH, DEMAND_PATH, OnboardingClient } from './lib/onboarding-client';
export type { DemandFilter } from './lib/onboarding-client';
export { AssessmentStore } from './lib/assessment-store';
