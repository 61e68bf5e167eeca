// The eligibility engine and opportunity matching of the onboarding: pure functions over answers, rules and opportunities.
export type { HeldCertificate, OnboardingAnswers } from './lib/answers';
export {
  MAX_AMOUNT_KZT,
  MAX_APPLICANT_AGE,
  MAX_BUSINESS_AGE_MONTHS,
  MAX_CERTIFICATES,
  MAX_EXPERIENCE_YEARS,
  MAX_SECTORS,
  MIN_APPLICANT_AGE,
} from './lib/answers';
export { validateAnswers, parseAnswers } from './lib/validate-answers';
export type { AnswerValidationOptions } from './lib/validate-answers';
export { MAX_UNMET_FOR_NEARLY, assessAll, assessProgramme, verdictOf } from './lib/assess';
export type {
  AssessableProgramme,
  AssessedProgramme,
  Assessments,
  AssessmentSummary,
  ProgrammeAssessment,
  RuleOutcome,
} from './lib/assess';
export type { CatalogueNames, RuleOutcomeKind, Verdict } from './lib/rules/rule-evaluation';
export {
  MATCH_WEIGHTS,
  MAX_TYPICAL_LOAN_KZT,
  TYPICAL_OWN_SHARE,
  experienceNeeded,
  matchOpportunity,
  raisableKzt,
  rankOpportunities,
} from './lib/rank-opportunities';
export type { MatchPart, MatchReason, MatchableOpportunity, RankedOpportunity } from './lib/rank-opportunities';
export { ageOn, regionDate, REGION_TIME_ZONE } from './lib/calendar';
export { sectorCovers } from './lib/sector-code';
export type { TrilingualText } from './lib/text';
export { DEMAND_MIN_COUNT, MAX_OPPORTUNITY_MATCHES } from './lib/assessment-contract';
export type {
  Assessment,
  CreateAssessmentRequest,
  OnboardingDemand,
  OpportunityMatch,
  ProgrammeVerdict,
} from './lib/assessment-contract';
