import type { ValidationError } from '@nestjs/common';
import type { FieldError } from '@kbdm/shared/domain';
import { InvalidInputException } from './domain.exception';

/** A field's failed rule: the field, the message, and the rule's name (`isIn`, `min` …). */
export type FieldFailure = FieldError & { constraint: string };

/** Flattens class-validator's nested errors into one entry per field path and failed rule. */
export function toFieldFailures(errors: ValidationError[], parent = ''): FieldFailure[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message,
      constraint,
    }));
    return [...own, ...toFieldFailures(error.children ?? [], field)];
  });
}

/** Flattens class-validator's nested errors into one entry per field path. */
export function toFieldErrors(errors: ValidationError[]): FieldError[] {
  return toFieldFailures(errors).map(({ field, message }) => ({ field, message }));
}

/** For `ValidationPipe`: a wrong query or body becomes a 400 naming each wrong field. */
export function validationExceptionFactory(errors: ValidationError[]): InvalidInputException {
  const fieldErrors = toFieldErrors(errors);
  const names = [...new Set(fieldErrors.map((e) => e.field))].join(', ');
  return new InvalidInputException(fieldErrors, `Invalid ${names}.`);
}
