export { OnboardingAssessmentEntity, OnboardingAssessmentVerdictEntity } from './lib/onboarding-assessment.entity';
export type {
  AssessmentSnapshot,
  NamedRef,
  StoredOpportunityMatch,
  StoredProgrammeVerdict,
} from './lib/assessment-snapshot';
export { ASSESSMENT_ID_PATTERN, isAssessmentId, newAssessmentId } from './lib/assessment-id';
export { OnboardingAssessmentsRepository } from './lib/onboarding-assessments.repository';
export type { NewAssessment } from './lib/onboarding-assessments.repository';
export { OnboardingDemandRepository } from './lib/onboarding-demand.repository';
export type { DemandCounts, DemandFilter } from './lib/onboarding-demand.repository';
export { OnboardingCatalogueRepository } from './lib/onboarding-catalogue.repository';
export type { OpportunityWithFits } from './lib/onboarding-catalogue.repository';

/** Every entity of the onboarding, for `DatabaseModule.forRoot`. */
export { ONBOARDING_ENTITIES } from './lib/onboarding-entities';
