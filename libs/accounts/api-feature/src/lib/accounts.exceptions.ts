import { DomainException } from '@kbdm/api/core-errors';
import { QueryFailedError } from 'typeorm';

/** The name of the constraint a database error violated, if it is one (the unique index, a foreign key). */
export function violatedConstraint(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  return (error.driverError as { constraint?: string } | undefined)?.constraint;
}

/** 409: an account with this e-mail exists, whatever the case of its letters. */
export class EmailTakenException extends DomainException {
  constructor() {
    super('email_taken', 409, 'An account with this e-mail already exists.', [
      { field: 'email', message: 'email is already registered' },
    ]);
  }
}

/** 401: the same answer for an unknown e-mail, a wrong password and a deactivated account. */
export class InvalidCredentialsException extends DomainException {
  constructor() {
    super('invalid_credentials', 401, 'The e-mail or the password is wrong.', [], { 'www-authenticate': 'Bearer' });
  }
}

/** 429: too many failed sign-ins lately; the account may try again after `retryAfterSeconds`. */
export class SignInDelayedException extends DomainException {
  constructor(retryAfterSeconds: number) {
    super('sign_in_delayed', 429, `Too many failed sign-ins: try again in ${retryAfterSeconds} s.`, [], {
      'retry-after': String(retryAfterSeconds),
    });
  }
}

/** 401: the refresh cookie is missing, unknown, expired or revoked. */
export class InvalidRefreshTokenException extends DomainException {
  constructor() {
    super('invalid_refresh_token', 401, 'The session has ended: sign in again.');
  }
}

/** 409: an administrator may not take away their own administrator role, nor deactivate themselves. */
export class OwnAdminAccountException extends DomainException {
  constructor(what: string) {
    super('own_admin_account', 409, `An administrator cannot ${what} their own account: another administrator must.`);
  }
}
