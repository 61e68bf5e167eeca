import type { FieldError } from '@kbdm/shared/domain';

/**
 * An error the domain raises on purpose. `code` is stable and machine-readable; the filter
 * turns it into RFC 9457 problem details with `status`.
 */
export class DomainException extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
    /** Response headers the answer needs (`WWW-Authenticate`, `Retry-After`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A request parameter or body field is wrong. */
export class InvalidInputException extends DomainException {
  constructor(errors: FieldError[], message = 'The request has invalid parameters.') {
    super('invalid_input', 400, message, errors);
  }

  static field(field: string, message: string): InvalidInputException {
    return new InvalidInputException([{ field, message }], `${field} ${message}`);
  }
}

/** No item of this kind has that id. */
export class ItemNotFoundException extends DomainException {
  constructor(kind: string, id: string) {
    super(`${kind}_not_found`, 404, `No ${kind.replace(/_/g, ' ')} with id ${id}.`);
  }
}
