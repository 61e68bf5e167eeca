import { DomainException } from '@kbdm/api/core-errors';
import { type CapacityShortfall, UTILITY_UNITS } from '@kbdm/sez/domain';

/** The reservation asks for more than the slot's ledger leaves free; nothing was reserved. */
export class CapacityExceededException extends DomainException {
  constructor(shortfalls: CapacityShortfall[]) {
    const said = shortfalls.map(
      (s) =>
        `${s.utility}: ${s.requested} ${UTILITY_UNITS[s.utility]} asked, ${s.free} ${UTILITY_UNITS[s.utility]} free`,
    );
    super(
      'capacity_exceeded',
      409,
      `The slot does not have the capacity asked for (${said.join('; ')}).`,
      shortfalls.map((s) => ({
        field: `utilities.${s.utility}`,
        message: `only ${s.free} ${UTILITY_UNITS[s.utility]} free`,
      })),
    );
  }
}

export class RequestVersionConflictException extends DomainException {
  constructor(currentVersion: number | null) {
    super(
      'investor_request_version_conflict',
      409,
      currentVersion === null
        ? 'The request was changed meanwhile; read it again.'
        : `The request was changed meanwhile (it is at version ${currentVersion}); read it again.`,
      [{ field: 'version', message: 'is not the current version' }],
    );
  }
}

export class RequestMoveRefusedException extends DomainException {
  constructor(refusal: {
    code: 'not_allowed_for_actor' | 'not_allowed_from_status' | 'reason_required';
    message: string;
  }) {
    const status = refusal.code === 'not_allowed_for_actor' ? 403 : refusal.code === 'reason_required' ? 400 : 409;
    super(
      `transition_${refusal.code}`,
      status,
      refusal.message,
      refusal.code === 'reason_required'
        ? [{ field: 'reason', message: 'is required for this action' }]
        : [{ field: 'action', message: refusal.message }],
    );
  }
}

export class RequestTargetClosedException extends DomainException {
  constructor(message: string) {
    super('target_not_accepting_requests', 409, message, [{ field: 'target', message }]);
  }
}

export class RequestClosedException extends DomainException {
  constructor() {
    super('investor_request_closed', 409, 'Messages are exchanged while a request is open.', [
      { field: 'status', message: 'the request is closed' },
    ]);
  }
}
