/** Applications in the browser: the API clients, one application as a page works on it, and the parts both pages show. */
export {
  APPLICATIONS_PATH,
  ApplicationsClient,
  IDEMPOTENCY_KEY_HEADER,
  MY_APPLICATIONS_PATH,
  SUBMIT_RETRY_DELAY_MS,
} from './lib/applications-client';
export type { MyApplicationsQuery, UploadEvent } from './lib/applications-client';
export {
  OFFICER_APPLICATIONS_PATH,
  OFFICERS_PATH,
  OfficerQueueClient,
  parseQueueQuery,
  QUEUE_STATUSES,
  queueParams,
} from './lib/officer-queue-client';
export type { QueueParamsPurpose } from './lib/officer-queue-client';
export {
  ApplicationStore,
  ASSIGNED_ELSEWHERE,
  AUTOSAVE_DELAY_MS,
  FILED_ON_EGOV,
  sameAnswers,
  VERSION_CONFLICT,
} from './lib/application-store';
export type { Outcome, SaveState, Upload } from './lib/application-store';
export { newIdempotencyKey } from './lib/idempotency-key';
export { saveBlob } from './lib/save-blob';
// Presentational parts the applicant's and the officer's pages share, with their strings.
export { APPLICATION_STRINGS } from './lib/ui/application-strings';
export type { ApplicationStrings } from './lib/ui/application-strings';
export { ApplicationAnswers } from './lib/ui/application-answers';
export { targetPath } from './lib/ui/application-links';
export { ApplicationTimeline } from './lib/ui/application-timeline';
export { ApplicationsPaginatorIntl } from './lib/ui/applications-paginator-intl';
export { DeadlineNote } from './lib/ui/deadline-note';
export type { DeadlineFacts } from './lib/ui/deadline-note';
export { DocumentList } from './lib/ui/document-list';
export { errorPlace, fieldErrorText } from './lib/ui/field-errors';
export type { ErrorPlace } from './lib/ui/field-errors';
export { formatFileSize } from './lib/ui/file-size';
export { MessageThread } from './lib/ui/message-thread';
export { OverdueMark } from './lib/ui/overdue-mark';
export { personWithRole } from './lib/ui/person-name';
export { askReason, ReasonDialog } from './lib/ui/reason-dialog';
export type { ReasonRequest } from './lib/ui/reason-dialog';
export { StatusChip } from './lib/ui/status-chip';
