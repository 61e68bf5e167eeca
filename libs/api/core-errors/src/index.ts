export { DomainException, InvalidInputException, ItemNotFoundException } from './lib/domain.exception';
export { ProblemDetailsFilter } from './lib/problem-details.filter';
export { toFieldErrors, toFieldFailures, validationExceptionFactory } from './lib/validation';
export type { FieldFailure } from './lib/validation';
