export { OnboardingAssessmentEntity, OnboardingAssessmentVerdictEntity } from './lib/onboarding-assessment.entity';
export type {
  AssessmentSnapshot,
  NamedRef,
  StoredOpportunityMatch,
  StoredProgrammeVerdict,
} from './lib/assessment-snapshot';
export { ASSESSMENT_ID_PATTERN, isAssessmentId, newAssessmentId } from './lib/assessment-id';

/** Every entity of the onboarding, for `DatabaseModule.forRoot`. */
export { ONBOARDING_ENTITIES } from './lib/onboarding-entities';
