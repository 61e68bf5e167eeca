import type { ItemRef, LocalizedText } from '@kbdm/shared/domain';
import type { ApplicationForm } from './application-form';
import type { ApplicationAction, ApplicationStatus } from './workflow';

/*
 * The applications API's contract (`/api/v1/applications/…`, `/api/v1/me/applications`,
 * `/api/v1/officer/applications/…`), shared by the API and the web app.
 *
 * Every change to an application carries the `version` the caller last saw; a stale one is
 * answered 409 `application_version_conflict`, so two officers deciding at once cannot both win.
 */

export const APPLICATION_TARGET_KINDS = ['programme', 'opportunity', 'ppp_project'] as const;
export type ApplicationTargetKind = (typeof APPLICATION_TARGET_KINDS)[number];

/** What the application is for. */
export type ApplicationTarget = { kind: ApplicationTargetKind; id: string };

/** Where the decision is made: here, or the portal prepares the file and eGov takes it. */
export type FilingChannel = 'portal' | 'egov' | 'operator';

/** A document the target asks for; `index` is what an upload names as its `requirement`. */
export type RequiredDocument = { index: number; name: LocalizedText };

/** Decisions on opportunities and PPP projects, which name no deadline of their own. */
export const DEFAULT_DECISION_WORKING_DAYS = 15;

export type PersonRef = { id: string; fullName: string; role: string };

export type ApplicationDocument = {
  id: string;
  /** Index into `requiredDocuments`, or null for another supporting document. */
  requirement: number | null;
  /** The name it was uploaded under (shown, never used as a path). */
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: PersonRef;
};

export type ApplicationEvent = {
  id: string;
  at: string;
  actor: PersonRef;
  /** A workflow action, or `created`, `assigned` (assignment changes keep the status). */
  action: ApplicationAction | 'created' | 'assigned';
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  reason: string | null;
  /** For `assigned`: who it went to (null: released). */
  assignee?: PersonRef | null;
};

export type ApplicationMessage = {
  id: string;
  at: string;
  author: PersonRef;
  body: string;
};

/** A row of a list: "My applications" and the officers' queue. */
export type ApplicationSummary = {
  id: string;
  /** A human reference, `KBDM-2026-000123`. */
  reference: string;
  target: ApplicationTarget & { code: string; title: string };
  status: ApplicationStatus;
  projectTitle: string | null;
  district: ItemRef | null;
  applicant: PersonRef;
  assignee: PersonRef | null;
  submittedAt: string | null;
  /** The decision deadline (ISO date, region time), from submission; null for a draft. */
  decisionDue: string | null;
  /** Past its deadline with no decision yet. */
  overdue: boolean;
  /** While the applicant is answering a request for information the clock stops: the days left. */
  pausedWorkingDaysLeft: number | null;
  version: number;
  updatedAt: string;
};

export type Application = ApplicationSummary & {
  form: ApplicationForm;
  filingChannel: FilingChannel;
  requiredDocuments: RequiredDocument[];
  documents: ApplicationDocument[];
  events: ApplicationEvent[];
  /** What the caller may do now (their role and the status decide). */
  actions: ApplicationAction[];
  decidedAt: string | null;
  createdAt: string;
};

/** `POST /api/v1/applications`: a draft, or with `submit: true` a submission in one step. */
export type CreateApplicationRequest = {
  target: ApplicationTarget;
  form?: ApplicationForm;
  /** Submit at once; the `Idempotency-Key` header makes a retry return the first answer. */
  submit?: boolean;
};

/** `PATCH /api/v1/applications/:id`: the draft's answers (replacing them), at the version seen. */
export type UpdateApplicationRequest = { version: number; form: ApplicationForm };

/** `POST /api/v1/applications/:id/transitions`. */
export type TransitionRequest = { action: ApplicationAction; version: number; reason?: string };

/** `PUT /api/v1/officer/applications/:id/assignee`: an officer's id, or null to release. */
export type AssignRequest = { version: number; assigneeId: string | null };

/** `POST /api/v1/applications/:id/messages`. */
export type PostMessageRequest = { body: string };
export const MAX_MESSAGE_LENGTH = 4000;

export const QUEUE_SORTS = ['decisionDue', '-decisionDue', 'submittedAt', '-submittedAt'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** `GET /api/v1/officer/applications` (and `/export.csv`, `/counts`) query. */
export type QueueQuery = {
  status?: ApplicationStatus[];
  /** Programme codes. */
  programme?: string[];
  /** District codes. */
  district?: string[];
  targetKind?: ApplicationTargetKind[];
  /** `me`, `none`, or an officer's id. */
  assignee?: string;
  overdue?: boolean;
  /** Reference, project title or applicant name. */
  q?: string;
  /** Default: overdue first, then the nearest deadline. */
  sort?: QueueSort;
  page?: number;
  pageSize?: number;
};

/** `GET /api/v1/officer/applications/counts`: per status, and overdue, under the same filters bar status. */
export type QueueCounts = {
  byStatus: Record<ApplicationStatus, number>;
  overdue: number;
  total: number;
};
