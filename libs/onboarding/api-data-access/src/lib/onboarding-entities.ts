import { OnboardingAssessmentEntity, OnboardingAssessmentVerdictEntity } from './onboarding-assessment.entity';

export const ONBOARDING_ENTITIES = [OnboardingAssessmentEntity, OnboardingAssessmentVerdictEntity];
