import type { ValidationError } from '@nestjs/common';
import type { FieldError } from '@kbdm/shared/domain';
import { InvalidInputException } from './domain.exception';

/** Flattens class-validator's nested errors into one entry per field path. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** For `ValidationPipe`: a wrong query or body becomes a 400 naming each wrong field. */
export function validationExceptionFactory(errors: ValidationError[]): InvalidInputException {
  const fieldErrors = toFieldErrors(errors);
  const names = [...new Set(fieldErrors.map((e) => e.field))].join(', ');
  return new InvalidInputException(fieldErrors, `Invalid ${names}.`);
}
