import { DomainException } from '@kbdm/api/core-errors';
import type { TransitionRefusal } from '@kbdm/applications/domain';
import type { FieldError } from '@kbdm/shared/domain';

/** Someone changed the application since the caller read it; nothing was changed. */
export class ApplicationVersionConflictException extends DomainException {
  constructor(currentVersion: number | null) {
    super(
      'application_version_conflict',
      409,
      currentVersion === null
        ? 'The application was changed meanwhile; read it again.'
        : `The application was changed meanwhile (it is at version ${currentVersion}); read it again.`,
      [{ field: 'version', message: 'is not the current version' }],
    );
  }
}

/** The move is not one the caller may make now. */
export class TransitionRefusedException extends DomainException {
  constructor(refusal: TransitionRefusal) {
    const status = refusal.code === 'not_allowed_for_actor' ? 403 : refusal.code === 'reason_required' ? 400 : 409;
    const errors: FieldError[] =
      refusal.code === 'reason_required'
        ? [{ field: 'reason', message: 'is required for this action' }]
        : [{ field: 'action', message: refusal.message }];
    super(`transition_${refusal.code}`, status, refusal.message, errors);
  }
}

export class AssignedElsewhereException extends DomainException {
  constructor() {
    super(
      'application_assigned_elsewhere',
      409,
      'The application is assigned to another officer; it must be reassigned first.',
      [{ field: 'assigneeId', message: 'another officer holds this application' }],
    );
  }
}

export class TargetClosedException extends DomainException {
  constructor(message: string) {
    super('target_not_accepting_applications', 409, message, [{ field: 'target', message }]);
  }
}

export class FiledOnEgovException extends DomainException {
  constructor() {
    super(
      'application_filed_on_egov',
      409,
      'This programme’s applications are filed on the eGov portal (egov.kz); the portal keeps the prepared file.',
      [{ field: 'action', message: 'is filed on eGov' }],
    );
  }
}

export class NotEditableException extends DomainException {
  constructor(status: string) {
    super(
      'application_not_editable',
      409,
      `An application that is ${status.replace(/_/g, ' ')} cannot be changed by the applicant.`,
      [{ field: 'status', message: 'does not allow changes' }],
    );
  }
}

export class IncompleteApplicationException extends DomainException {
  constructor(errors: FieldError[]) {
    super(
      'application_incomplete',
      400,
      `The application cannot be submitted yet: ${errors.map((e) => e.field).join(', ')}.`,
      errors,
    );
  }
}

export class IdempotencyKeyReusedException extends DomainException {
  constructor() {
    super('idempotency_key_reused', 422, 'This Idempotency-Key was used for a different request.', [
      { field: 'Idempotency-Key', message: 'belongs to another request' },
    ]);
  }
}

export class DocumentRejectedException extends DomainException {
  constructor(
    code: 'document_type_not_allowed' | 'document_too_large' | 'document_missing',
    status: number,
    message: string,
  ) {
    super(code, status, message, [{ field: 'file', message }]);
  }
}

export class NotAssignableException extends DomainException {
  constructor() {
    super('assignee_not_staff', 400, 'Applications are assigned to active officers and administrators only.', [
      { field: 'assigneeId', message: 'is not an active officer or administrator' },
    ]);
  }
}
