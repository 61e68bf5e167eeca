export { DomainException, InvalidInputException, ItemNotFoundException } from './lib/domain.exception';
export { ProblemDetailsFilter } from './lib/problem-details.filter';
export { toFieldErrors, validationExceptionFactory } from './lib/validation';
