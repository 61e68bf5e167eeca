import { Injectable } from '@nestjs/common';
import {
  UnauthenticatedException,
  type AuthenticatedUser,
  assertAccess,
  type OwnershipPolicy,
} from '@kbdm/api/core-auth';
import { DomainException, InvalidInputException } from '@kbdm/api/core-errors';
import { UserAccountsRepository } from '@kbdm/accounts/api-data-access';
import { type ApplicationEntity, ApplicationsRepository } from '@kbdm/applications/api-data-access';
import {
  type ActorSide,
  type Application,
  type ApplicationAction,
  type ApplicationForm,
  type ApplicationMessage,
  type ApplicationStatus,
  type ApplicationSummary,
  type CreateApplicationRequest,
  type FormContext,
  addWorkingDays,
  amountLimits,
  isEditableByApplicant,
  missingAnswers,
  parseForm,
  planTransition,
  type WorkingCalendar,
  workingDaysBetween,
} from '@kbdm/applications/domain';
import { DistrictEntity, ProgrammeVersionEntity, SectorEntity } from '@kbdm/catalogue/api-data-access';
import { Notifier } from '@kbdm/notifications/api-feature';
import { type Lang, type Page, type FieldError, regionDate } from '@kbdm/shared/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ApplicationTargets, programmeClosedBecause, requiredDocumentsOf } from './application-targets';
import { referenceOf, toApplication, toMessage, toSummary } from './application-view';
import {
  ApplicationVersionConflictException,
  AssignedElsewhereException,
  FiledOnEgovException,
  IdempotencyKeyReusedException,
  IncompleteApplicationException,
  NotAssignableException,
  NotEditableException,
  TargetClosedException,
  TransitionRefusedException,
} from './applications.exceptions';
import { Clock } from '@kbdm/api/core-config';

/** Officers and administrators see and act on every application; anyone else only on their own. */
export const APPLICATION_POLICY: OwnershipPolicy = { kind: 'application', staffRoles: ['officer', 'admin'] };
const STAFF_ROLES = ['officer', 'admin'];

/** A first answer replayed for a retried request with the same `Idempotency-Key`. */
export type Outcome = { application: Application; replayed: boolean };

/** Raised inside a transaction to roll it back when a committed request already holds the key. */
class KeyTakenSignal extends Error {}

/**
 * Applications and their workflow. Every change is one transaction: the versioned update, the
 * event, and the notification with its e-mail in the outbox — all of it or none of it.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly targets: ApplicationTargets,
    private readonly accounts: UserAccountsRepository,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private today(): string {
    return regionDate(this.clock.now());
  }

  private sideOf(user: AuthenticatedUser, application: Pick<ApplicationEntity, 'applicantId'>): ActorSide {
    return application.applicantId === user.id ? 'applicant' : 'staff';
  }

  /** The application if the caller may see it; else the 404 of an unknown id. */
  private async accessible(user: AuthenticatedUser, id: string, manager?: EntityManager): Promise<ApplicationEntity> {
    const found = await this.applications.findForView(id, manager);
    return assertAccess(user, found && Object.assign(found, { ownerId: found.applicantId }), APPLICATION_POLICY, id);
  }

  async view(user: AuthenticatedUser, id: string, lang: Lang, manager?: EntityManager): Promise<Application> {
    const application = await this.accessible(user, id, manager);
    const [events, documents] = await Promise.all([
      this.applications.eventsOf(id, manager),
      this.applications.documentsOf(id, manager),
    ]);
    return toApplication(
      application,
      { events, documents },
      { side: this.sideOf(user, application) },
      lang,
      this.today(),
    );
  }

  async listMine(
    user: AuthenticatedUser,
    query: { statuses?: ApplicationStatus[]; page: number; pageSize: number },
    lang: Lang,
  ): Promise<Page<ApplicationSummary>> {
    const [rows, total] = await this.applications.pageOfApplicant(user.id, query);
    const today = this.today();
    return { items: rows.map((row) => toSummary(row, lang, today)), total, page: query.page, pageSize: query.pageSize };
  }

  private async formContext(application: Pick<ApplicationEntity, 'programmeVersion'>): Promise<FormContext> {
    const [districts, sectors] = await Promise.all([
      this.dataSource.manager.find(DistrictEntity, { select: { code: true } }),
      this.dataSource.manager.find(SectorEntity, { select: { code: true } }),
    ]);
    const version = application.programmeVersion;
    const context: FormContext = {
      districtCodes: districts.map((d) => d.code),
      sectorCodes: sectors.map((s) => s.code),
    };
    const amount = amountLimits(version);
    return amount ? { ...context, amount } : context;
  }

  private checkedForm(raw: unknown, context: FormContext): ApplicationForm {
    const check = parseForm(raw, context);
    if (!check.ok) {
      throw new InvalidInputException(
        check.errors,
        `Invalid ${[...new Set(check.errors.map((e) => e.field))].join(', ')}.`,
      );
    }
    return check.form;
  }

  private async districtIdOf(code: string | undefined): Promise<string | null> {
    if (!code) return null;
    const district = await this.dataSource.manager.findOneBy(DistrictEntity, { code });
    return district?.id ?? null;
  }

  /**
   * A new draft for the target, or with `submit` a submission in one step. With an
   * `Idempotency-Key`, a retry answers what the first request answered, never a second application.
   */
  async create(
    user: AuthenticatedUser,
    body: CreateApplicationRequest,
    idempotencyKey: string | null,
    lang: Lang,
  ): Promise<Outcome> {
    const requestHash = idempotencyKey
      ? hashOf({ target: body.target, form: body.form ?? {}, submit: body.submit ?? false })
      : '';
    if (idempotencyKey) {
      const replay = await this.replay(user, idempotencyKey, requestHash, lang);
      if (replay) return replay;
    }
    const applicant = await this.accounts.findById(user.id);
    if (!applicant || applicant.deactivatedAt)
      throw new UnauthenticatedException('The account no longer exists or is deactivated.');
    const today = this.today();
    const target = await this.targets.resolve(body.target, today);
    if (target.closedBecause) throw new TargetClosedException(target.closedBecause);
    const programmeVersion = target.columns.programmeVersionId
      ? await this.dataSource.manager.findOneByOrFail(ProgrammeVersionEntity, { id: target.columns.programmeVersionId })
      : null;
    const context = await this.formContext({ programmeVersion });
    const form = this.checkedForm(body.form, context);
    const districtId = await this.districtIdOf(form.districtCode);
    const calendar = body.submit ? await this.applications.workingCalendar() : null;

    let id: string;
    try {
      id = await this.applications.transaction(async (manager) => {
        const newId = await this.applications.insert(manager, {
          applicantId: user.id,
          ...target.columns,
          status: 'draft',
          form,
          districtId,
          filingChannel: target.filingChannel,
          decisionWorkingDays: target.decisionWorkingDays,
        });
        if (idempotencyKey) {
          const claimed = await this.applications.claimIdempotencyKey(manager, {
            userId: user.id,
            key: idempotencyKey,
            requestHash,
            applicationId: newId,
          });
          if (!claimed) throw new KeyTakenSignal();
        }
        await this.applications.addEvent(manager, {
          applicationId: newId,
          actorId: user.id,
          action: 'created',
          fromStatus: null,
          toStatus: 'draft',
        });
        if (body.submit) {
          const draft = (await this.applications.findForView(newId, manager))!;
          await this.submitWithin(manager, user, draft, null, { context, calendar: calendar! });
        }
        return newId;
      });
    } catch (error) {
      if (error instanceof KeyTakenSignal) {
        const replay = await this.replay(user, idempotencyKey!, requestHash, lang);
        if (replay) return replay;
      }
      throw error;
    }
    return { application: await this.view(user, id, lang), replayed: false };
  }

  private async replay(user: AuthenticatedUser, key: string, requestHash: string, lang: Lang): Promise<Outcome | null> {
    const found = await this.applications.findIdempotencyKey(user.id, key);
    if (!found) return null;
    if (found.requestHash !== requestHash) throw new IdempotencyKeyReusedException();
    return { application: await this.view(user, found.applicationId, lang), replayed: true };
  }

  /** Replaces the answers of a draft (or of an application waiting for the applicant's answer). */
  async update(
    user: AuthenticatedUser,
    id: string,
    version: number,
    rawForm: unknown,
    lang: Lang,
  ): Promise<Application> {
    const application = await this.accessible(user, id);
    this.assertApplicant(user, application);
    if (!isEditableByApplicant(application.status)) throw new NotEditableException(application.status);
    this.assertVersion(application, version);
    const form = this.checkedForm(rawForm, await this.formContext(application));
    const districtId = await this.districtIdOf(form.districtCode);
    await this.applications.transaction(async (manager) => {
      if (!(await this.applications.updateVersioned(manager, id, version, { form, districtId }))) {
        throw new ApplicationVersionConflictException(null);
      }
    });
    return this.view(user, id, lang);
  }

  async deleteDraft(user: AuthenticatedUser, id: string, version: number): Promise<string[]> {
    const application = await this.accessible(user, id);
    this.assertApplicant(user, application);
    if (application.status !== 'draft') throw new NotEditableException(application.status);
    this.assertVersion(application, version);
    return this.applications.transaction(async (manager) => {
      const keys = await this.applications.storageKeysOf(id, manager);
      if (!(await this.applications.deleteDraft(manager, id, version)))
        throw new ApplicationVersionConflictException(null);
      return keys;
    });
  }

  /**
   * One move of the workflow, by the table of `planTransition`, at the version the caller saw.
   * `submit` takes an `Idempotency-Key` too: a retried submission answers as the first did.
   */
  async transition(
    user: AuthenticatedUser,
    id: string,
    request: { action: ApplicationAction; version: number; reason?: string | null },
    idempotencyKey: string | null,
    lang: Lang,
  ): Promise<Outcome> {
    const requestHash = idempotencyKey ? hashOf({ id, ...request }) : '';
    if (idempotencyKey) {
      const replay = await this.replay(user, idempotencyKey, requestHash, lang);
      if (replay) return replay;
    }
    const application = await this.accessible(user, id);
    const side = this.sideOf(user, application);
    const reason = request.reason?.trim() || null;
    const plan = planTransition(request.action, application.status, side, reason);
    // Who may act comes first; then a caller who saw an older version learns that someone acted
    // first, rather than that the move no longer fits the status they did not see.
    if (!plan.ok && plan.code === 'not_allowed_for_actor') throw new TransitionRefusedException(plan);
    this.assertVersion(application, request.version);
    if (!plan.ok) throw new TransitionRefusedException(plan);
    if (side === 'staff' && user.role === 'officer' && application.assigneeId && application.assigneeId !== user.id) {
      throw new AssignedElsewhereException();
    }
    // Read before the transaction: inside it only its own connection may be used.
    const prepared = {
      context: await this.formContext(application),
      calendar: await this.applications.workingCalendar(),
    };
    try {
      await this.applications.transaction(async (manager) => {
        if (idempotencyKey) {
          const claimed = await this.applications.claimIdempotencyKey(manager, {
            userId: user.id,
            key: idempotencyKey,
            requestHash,
            applicationId: id,
          });
          if (!claimed) throw new KeyTakenSignal();
        }
        if (request.action === 'submit') {
          await this.submitWithin(manager, user, application, request.version, prepared);
          return;
        }
        await this.moveWithin(
          manager,
          user,
          application,
          request.action,
          plan.to,
          request.version,
          reason,
          prepared.calendar,
        );
      });
    } catch (error) {
      if (error instanceof KeyTakenSignal) {
        const replay = await this.replay(user, idempotencyKey!, requestHash, lang);
        if (replay) return replay;
      }
      throw error;
    }
    return { application: await this.view(user, id, lang), replayed: false };
  }

  /** Checks a draft is complete, fixes its deadline and submits it, inside `manager`'s transaction. */
  private async submitWithin(
    manager: EntityManager,
    user: AuthenticatedUser,
    application: ApplicationEntity,
    expectedVersion: number | null,
    prepared: { context: FormContext; calendar: WorkingCalendar },
  ): Promise<void> {
    const today = this.today();
    if (application.filingChannel === 'egov') throw new FiledOnEgovException();
    if (application.programmeVersion) {
      const closed = programmeClosedBecause(application.programmeVersion, today);
      if (closed) throw new TargetClosedException(closed);
    }
    const { context, calendar } = prepared;
    const check = parseForm(application.form, context);
    const errors: FieldError[] = check.ok ? missingAnswers(check.form, context) : check.errors;
    const documents = await this.applications.documentsOf(application.id, manager);
    requiredDocumentsOf(application.programmeVersion).forEach((document, index) => {
      if (!documents.some((d) => d.requirement === index)) {
        errors.push({
          field: `documents[${index}]`,
          message: `is required: ${document.en ?? document.ru ?? ''}`.trim(),
        });
      }
    });
    if (errors.length) throw new IncompleteApplicationException(errors);

    const decisionDue = addWorkingDays(today, application.decisionWorkingDays, calendar);
    const version = expectedVersion ?? application.version;
    const updated = await this.applications.updateVersioned(manager, application.id, version, {
      status: 'submitted',
      submittedAt: this.clock.now(),
      decisionDue,
    });
    if (!updated) throw new ApplicationVersionConflictException(null);
    await this.recordMove(manager, user, application, 'submit', 'draft', 'submitted', null);
  }

  private async moveWithin(
    manager: EntityManager,
    user: AuthenticatedUser,
    application: ApplicationEntity,
    action: Exclude<ApplicationAction, 'submit'>,
    to: ApplicationStatus,
    version: number,
    reason: string | null,
    calendar: WorkingCalendar,
  ): Promise<void> {
    const today = this.today();
    const changes: Parameters<ApplicationsRepository['updateVersioned']>[3] = { status: to };
    switch (action) {
      case 'request_information': {
        // The clock stops while the applicant answers: keep what is left of it.
        changes.pausedWorkingDaysLeft = workingDaysBetween(today, application.decisionDue ?? today, calendar);
        break;
      }
      case 'resubmit': {
        changes.decisionDue = addWorkingDays(today, application.pausedWorkingDaysLeft ?? 0, calendar);
        changes.pausedWorkingDaysLeft = null;
        break;
      }
      case 'approve':
      case 'reject':
      case 'withdraw':
        changes.decidedAt = this.clock.now();
        changes.pausedWorkingDaysLeft = null;
        break;
      case 'start_review':
        break;
    }
    // An officer acting on an unassigned application takes it.
    const takes =
      user.role === 'officer' && application.assigneeId === null && this.sideOf(user, application) === 'staff';
    if (takes) changes.assigneeId = user.id;
    if (!(await this.applications.updateVersioned(manager, application.id, version, changes))) {
      throw new ApplicationVersionConflictException(null);
    }
    if (takes) {
      await this.applications.addEvent(manager, {
        applicationId: application.id,
        actorId: user.id,
        action: 'assigned',
        fromStatus: application.status,
        toStatus: application.status,
        assigneeId: user.id,
      });
    }
    await this.recordMove(manager, user, application, action, application.status, to, reason);
  }

  /** The event, and the news of it to the applicant (and to the officer holding it, for the applicant's moves). */
  private async recordMove(
    manager: EntityManager,
    user: AuthenticatedUser,
    application: ApplicationEntity,
    action: ApplicationAction,
    from: ApplicationStatus,
    to: ApplicationStatus,
    reason: string | null,
  ): Promise<void> {
    await this.applications.addEvent(manager, {
      applicationId: application.id,
      actorId: user.id,
      action,
      fromStatus: from,
      toStatus: to,
      reason,
    });
    const params = {
      reference: referenceOf(application),
      applicationId: application.id,
      status: to,
      ...(application.form.projectTitle ? { subject: application.form.projectTitle } : {}),
    };
    const applicant = application.applicant;
    if (applicant)
      await this.notifier.notify(
        manager,
        { id: applicant.id, email: applicant.email },
        'application.status_changed',
        params,
      );
    const assignee = application.assignee;
    if (assignee && this.sideOf(user, application) === 'applicant') {
      await this.notifier.notify(
        manager,
        { id: assignee.id, email: assignee.email },
        'application.status_changed',
        params,
      );
    }
  }

  /** Takes, assigns, reassigns or releases an application (officers and administrators). */
  async assign(
    user: AuthenticatedUser,
    id: string,
    version: number,
    assigneeId: string | null,
    lang: Lang,
  ): Promise<Application> {
    const application = await this.accessible(user, id);
    this.assertVersion(application, version);
    if (application.status === 'draft') throw new NotEditableException('draft');
    if (assigneeId !== null) {
      const assignee = await this.accounts.findById(assigneeId);
      if (!assignee || assignee.deactivatedAt || !STAFF_ROLES.includes(assignee.role))
        throw new NotAssignableException();
    }
    await this.applications.transaction(async (manager) => {
      if (!(await this.applications.updateVersioned(manager, id, version, { assigneeId }))) {
        throw new ApplicationVersionConflictException(null);
      }
      await this.applications.addEvent(manager, {
        applicationId: id,
        actorId: user.id,
        action: 'assigned',
        fromStatus: application.status,
        toStatus: application.status,
        assigneeId,
      });
    });
    return this.view(user, id, lang);
  }

  async messages(user: AuthenticatedUser, id: string): Promise<ApplicationMessage[]> {
    await this.accessible(user, id);
    return (await this.applications.messagesOf(id)).map(toMessage);
  }

  /** A message in the thread, and the news of it to the other side. */
  async postMessage(user: AuthenticatedUser, id: string, body: string): Promise<ApplicationMessage> {
    const application = await this.accessible(user, id);
    if (application.status === 'draft') {
      throw new DomainException('application_not_submitted', 409, 'Messages start once the application is submitted.', [
        { field: 'status', message: 'is draft' },
      ]);
    }
    const side = this.sideOf(user, application);
    const messageId = await this.applications.transaction(async (manager) => {
      const newId = await this.applications.addMessage(manager, { applicationId: id, authorId: user.id, body });
      const params = {
        reference: referenceOf(application),
        applicationId: id,
        ...(application.form.projectTitle ? { subject: application.form.projectTitle } : {}),
      };
      const recipient = side === 'applicant' ? application.assignee : application.applicant;
      if (recipient && recipient.id !== user.id) {
        await this.notifier.notify(
          manager,
          { id: recipient.id, email: recipient.email },
          'application.message',
          params,
        );
      }
      return newId;
    });
    return toMessage((await this.applications.findMessage(messageId))!);
  }

  /** For the documents' routes: the application if the caller may read it, and whether they are its applicant. */
  async forDocuments(
    user: AuthenticatedUser,
    id: string,
  ): Promise<{ application: ApplicationEntity; isApplicant: boolean }> {
    const application = await this.accessible(user, id);
    return { application, isApplicant: this.sideOf(user, application) === 'applicant' };
  }

  private assertApplicant(user: AuthenticatedUser, application: ApplicationEntity): void {
    if (this.sideOf(user, application) !== 'applicant') {
      throw new DomainException(
        'not_the_applicant',
        403,
        'Only the applicant changes the application’s answers and documents.',
      );
    }
  }

  private assertVersion(application: ApplicationEntity, version: number): void {
    if (application.version !== version) throw new ApplicationVersionConflictException(application.version);
  }
}

/** SHA-256 of a request body with its keys in a stable order. */
function hashOf(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex');
}
