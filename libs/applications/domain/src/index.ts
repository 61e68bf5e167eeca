/** The applications' contract and rules, shared by the API and the web app. */
export {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  AWAITING_OFFICER_STATUSES,
  FINAL_STATUSES,
  MAX_REASON_LENGTH,
  TRANSITIONS,
  availableActions,
  isEditableByApplicant,
  isFinal,
  planTransition,
} from './lib/workflow';
export type {
  ActorSide,
  ApplicationAction,
  ApplicationStatus,
  TransitionPlan,
  TransitionRefusal,
} from './lib/workflow';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './lib/working-days';
export type { WorkingCalendar } from './lib/working-days';
export {
  ALWAYS_REQUIRED_FIELDS,
  amountLimits,
  FORM_FIELDS,
  MAX_AMOUNT_KZT,
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PLANNED_JOBS,
  MAX_TITLE_LENGTH,
  missingAnswers,
  normalizePhone,
  parseForm,
} from './lib/application-form';
export type { ApplicationForm, FormCheck, FormContext, FormField } from './lib/application-form';
export {
  APPLICATION_TARGET_KINDS,
  DEFAULT_DECISION_WORKING_DAYS,
  MAX_MESSAGE_LENGTH,
  QUEUE_SORTS,
} from './lib/application-contract';
export type {
  Application,
  ApplicationDocument,
  ApplicationEvent,
  ApplicationMessage,
  ApplicationSummary,
  ApplicationTarget,
  ApplicationTargetKind,
  AssignRequest,
  CreateApplicationRequest,
  FilingChannel,
  PersonRef,
  PostMessageRequest,
  QueueCounts,
  QueueQuery,
  QueueSort,
  RequiredDocument,
  TransitionRequest,
  UpdateApplicationRequest,
} from './lib/application-contract';
export type {
  ApplicationDecisionTimes,
  ApplicationFunnel,
  DecisionTimeCounts,
  FunnelCounts,
} from './lib/application-stats';
