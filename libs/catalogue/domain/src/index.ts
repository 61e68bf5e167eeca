export { DISTRICT_KINDS } from './lib/district';
export type { District, DistrictKind } from './lib/district';
export { SECTOR_LEVELS } from './lib/sector';
export type { Sector, SectorLevel } from './lib/sector';
export { DISTRICT_FIT_REASONS, OPPORTUNITY_STATUSES } from './lib/opportunity';
export type {
  DistrictFit,
  DistrictFitReason,
  ImportVolume,
  MoneyRange,
  Opportunity,
  OpportunitySort,
  OpportunityStatus,
} from './lib/opportunity';
export { POTENTIAL_SCORE_PARTS, POTENTIAL_SCORE_WEIGHTS, computePotentialScore } from './lib/potential-score';
export type {
  PotentialScore,
  PotentialScoreComponent,
  PotentialScoreInput,
  PotentialScorePart,
} from './lib/potential-score';
export { PPP_FORMS, PPP_NEEDS, PPP_STAGES } from './lib/ppp-project';
export type { PppForm, PppNeed, PppProject, PppProjectSort, PppStage } from './lib/ppp-project';
export {
  APPLICANT_KINDS,
  APPLICANT_STATUSES,
  BUSINESS_SIZES,
  CERTIFICATES,
  ELIGIBILITY_RULE_KINDS,
  validateEligibilityRules,
} from './lib/eligibility-rule';
export type {
  ApplicantKind,
  ApplicantStatus,
  BusinessSize,
  Certificate,
  EligibilityRule,
  EligibilityRuleKind,
} from './lib/eligibility-rule';
export {
  APPLICATION_CHANNELS,
  PROGRAMME_INSTRUMENTS,
  PROGRAMME_STATUSES,
  PROGRAMME_VERSION_STATUSES,
  RATE_KINDS,
} from './lib/programme';
export type {
  ApplicationChannel,
  LegalAct,
  Programme,
  ProgrammeInstrument,
  ProgrammeRate,
  ProgrammeSort,
  ProgrammeStatus,
  ProgrammeVersion,
  ProgrammeVersionStatus,
  ProgrammeVersionSummary,
  RateKind,
} from './lib/programme';
export {
  ADMIN_CATALOGUES,
  FINISHED_IMPORT_STATUSES,
  IMPORT_DEFAULT_LIMITS,
  IMPORT_FORMATS,
  IMPORT_MODES,
  IMPORT_REASON_CODES,
  IMPORT_ROW_ACTIONS,
  IMPORT_STATUSES,
  OPPORTUNITY_INPUT_LIMITS,
  PPP_PROJECT_INPUT_LIMITS,
} from './lib/catalogue-admin';
export type {
  AdminCatalogue,
  AdminItemSummary,
  AdminOpportunity,
  AdminPppProject,
  ApplyImport,
  CatalogueChange,
  ImportCounts,
  ImportFormat,
  ImportJob,
  ImportMode,
  ImportPreviewRow,
  ImportReasonCode,
  ImportRowAction,
  ImportRowError,
  ImportStatus,
  LocalizedTextInput,
  MissingTranslation,
  OpportunityInput,
  PppProjectInput,
  PublicationChange,
  UpdateOpportunity,
  UpdatePppProject,
} from './lib/catalogue-admin';
