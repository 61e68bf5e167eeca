import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { isCommonPassword, isValidBinIin } from '@kbdm/accounts/domain';
import type { FieldError, ProblemDetails } from '@kbdm/shared/domain';
import { type Dictionary, fill, toProblem } from '@kbdm/shared/web-core';

type AccountStrings = Dictionary['accounts'];

/** The API's pattern for a phone number (RegisterDto), checked before sending too. */
export const PHONE_PATTERN = /^\+?[0-9 ()-]{7,31}$/;
/** An OKED code: the section letter, then the division and finer groups (`C`, `C23`, `C23.3`, `C23.32.0`). */
export const OKED_PATTERN = /^[A-U](\d{2}(\.\d{1,2}(\.\d)?)?)?$/;

/** A BIN/IIN with Kazakhstan's control digit; an empty value is left to `required`. */
export const binIinValidator: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value !== '' && !isValidBinIin(control.value) ? { binIin: true } : null;

/** Refuses the passwords the API refuses as common, before the round trip. */
export const commonPasswordValidator: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value !== '' && isCommonPassword(control.value)
    ? { commonPassword: true }
    : null;

/** What a failed form submission shows: the problem, and the field errors no control on the form took. */
export type FormFailure = { problem: ProblemDetails; unplaced: FieldError[]; retryAfterSeconds: number | null };

/**
 * Puts each field error of a problem on the control it names (`email`, `business.binIin`), so it
 * shows beside that field; returns the problem with the errors that name no control.
 */
export function placeProblem(form: AbstractControl, error: unknown): FormFailure {
  const problem = toProblem(error);
  const unplaced: FieldError[] = [];
  for (const fieldError of problem.errors ?? []) {
    const control = fieldError.field ? form.get(fieldError.field) : null;
    if (control) {
      // A taken e-mail gets the dictionary's words; other messages are the API's.
      const serverError = problem.status === 409 ? { taken: true } : { server: fieldError.message };
      control.setErrors({ ...control.errors, ...serverError });
      control.markAsTouched();
    } else {
      unplaced.push(fieldError);
    }
  }
  const retryAfter = error instanceof HttpErrorResponse ? Number(error.headers.get('Retry-After')) : Number.NaN;
  return { problem, unplaced, retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null };
}

function numberIn(errors: ValidationErrors, key: string, property: string): number {
  const value: unknown = errors[key]?.[property];
  return typeof value === 'number' ? value : 0;
}

/** The message beside a control for its first error, in the interface language; empty when valid. */
export function controlError(control: AbstractControl, t: AccountStrings): string {
  const errors = control.errors;
  if (!errors) return '';
  const server: unknown = errors['server'];
  if (typeof server === 'string') return server;
  if (errors['taken']) return t.register.emailTaken;
  if (errors['required']) return t.validation.required;
  if (errors['email']) return t.validation.email;
  if (errors['minlength'])
    return fill(t.validation.minLength, { min: numberIn(errors, 'minlength', 'requiredLength') });
  if (errors['maxlength'])
    return fill(t.validation.maxLength, { max: numberIn(errors, 'maxlength', 'requiredLength') });
  if (errors['commonPassword']) return t.validation.commonPassword;
  if (errors['binIin']) return t.validation.binIin;
  if (errors['pattern']) {
    const pattern: unknown = errors['pattern']?.requiredPattern;
    return pattern === String(OKED_PATTERN) ? t.validation.okedCode : t.validation.phone;
  }
  return t.failed;
}

/**
 * The lines of the general error above a form: none when every field error sits beside its
 * field; otherwise the problem's own words and the field errors no control took.
 */
export function generalErrorLines(failure: FormFailure | null, t: AccountStrings): string[] {
  if (!failure) return [];
  const { problem, unplaced } = failure;
  const placedAll = (problem.errors?.length ?? 0) > 0 && unplaced.length === 0;
  if (placedAll) return [];
  const lines = [t.failed, problem.detail ?? problem.title];
  for (const fieldError of unplaced)
    lines.push(fieldError.field ? `${fieldError.field}: ${fieldError.message}` : fieldError.message);
  return lines.filter((line) => line !== '');
}
