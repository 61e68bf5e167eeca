import type { UserAccountEntity } from '@kbdm/accounts/api-data-access';
import type {
  ApplicationDocumentEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ApplicationMessageEntity,
} from '@kbdm/applications/api-data-access';
import {
  type ActorSide,
  type Application,
  type ApplicationDocument,
  type ApplicationEvent,
  type ApplicationMessage,
  type ApplicationSummary,
  AWAITING_OFFICER_STATUSES,
  type ApplicationStatus,
  availableActions,
  type PersonRef,
} from '@kbdm/applications/domain';
import { type Lang, type LocalizedText, pickText } from '@kbdm/shared/domain';
import { requiredDocumentsOf } from './application-targets';

/** `KBDM-2026-000123`: the year the draft was made and its running number. */
export function referenceOf(application: Pick<ApplicationEntity, 'number' | 'createdAt'>): string {
  return `KBDM-${application.createdAt.getUTCFullYear()}-${String(application.number).padStart(6, '0')}`;
}

export function personRef(account: UserAccountEntity | null | undefined, id?: string | null): PersonRef | null {
  if (account) return { id: account.id, fullName: account.fullName, role: account.role };
  return id ? { id, fullName: '—', role: 'unknown' } : null;
}

function targetOf(application: ApplicationEntity, lang: Lang): ApplicationSummary['target'] {
  const item: { id: string; code: string; name: LocalizedText } | null | undefined =
    application.programme ?? application.opportunity ?? application.pppProject;
  const id = application.programmeId ?? application.opportunityId ?? application.pppProjectId ?? '';
  return {
    kind: application.targetKind,
    id,
    code: item?.code ?? '',
    title: item ? pickText(item.name, lang).text : '',
  };
}

/** Past its deadline with no decision, its clock not stopped for the applicant. */
export function isOverdue(application: ApplicationEntity, today: string): boolean {
  return (
    (AWAITING_OFFICER_STATUSES as readonly ApplicationStatus[]).includes(application.status) &&
    application.pausedWorkingDaysLeft === null &&
    application.decisionDue !== null &&
    application.decisionDue < today
  );
}

export function toSummary(application: ApplicationEntity, lang: Lang, today: string): ApplicationSummary {
  const district = application.district;
  return {
    id: application.id,
    reference: referenceOf(application),
    target: targetOf(application, lang),
    status: application.status,
    projectTitle: application.form.projectTitle ?? null,
    district: district ? { id: district.id, code: district.code, title: pickText(district.name, lang).text } : null,
    applicant: personRef(application.applicant, application.applicantId)!,
    assignee: personRef(application.assignee, application.assigneeId),
    submittedAt: application.submittedAt?.toISOString() ?? null,
    decisionDue: application.decisionDue,
    overdue: isOverdue(application, today),
    pausedWorkingDaysLeft: application.pausedWorkingDaysLeft,
    version: application.version,
    updatedAt: application.updatedAt.toISOString(),
  };
}

export function toDocument(document: ApplicationDocumentEntity): ApplicationDocument {
  return {
    id: document.id,
    requirement: document.requirement,
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    uploadedAt: document.createdAt.toISOString(),
    uploadedBy: personRef(document.uploadedBy, document.uploadedById)!,
  };
}

export function toEvent(event: ApplicationEventEntity): ApplicationEvent {
  return {
    id: event.id,
    at: event.createdAt.toISOString(),
    actor: personRef(event.actor, event.actorId)!,
    action: event.action as ApplicationEvent['action'],
    from: event.fromStatus,
    to: event.toStatus,
    reason: event.reason,
    ...(event.action === 'assigned' ? { assignee: personRef(event.assignee, event.assigneeId) } : {}),
  };
}

export function toMessage(message: ApplicationMessageEntity): ApplicationMessage {
  return {
    id: message.id,
    at: message.createdAt.toISOString(),
    author: personRef(message.author, message.authorId)!,
    body: message.body,
  };
}

export function toApplication(
  application: ApplicationEntity,
  parts: { events: ApplicationEventEntity[]; documents: ApplicationDocumentEntity[] },
  viewer: { side: ActorSide },
  lang: Lang,
  today: string,
): Application {
  return {
    ...toSummary(application, lang, today),
    form: application.form,
    filingChannel: application.filingChannel,
    requiredDocuments: requiredDocumentsOf(application.programmeVersion).map((name, index) => ({ index, name })),
    documents: parts.documents.map(toDocument),
    events: parts.events.map(toEvent),
    actions: availableActions(application.status, viewer.side).filter(
      // An eGov programme's file is prepared here and filed there.
      (action) => !(action === 'submit' && application.filingChannel === 'egov'),
    ),
    decidedAt: application.decidedAt?.toISOString() ?? null,
    createdAt: application.createdAt.toISOString(),
  };
}
