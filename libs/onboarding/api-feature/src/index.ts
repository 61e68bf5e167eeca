/** The onboarding's API: `/api/v1/onboarding/assessments`, `/api/v1/me/assessments`, `/api/v1/onboarding/demand`. */
export { OnboardingModule } from './lib/onboarding.module';
