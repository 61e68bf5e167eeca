import type { AbstractControl, FormControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import {
  APPLICANT_STATUSES,
  type ApplicantKind,
  type ApplicantStatus,
  type BusinessSize,
} from '@kbdm/catalogue/domain';
import {
  ageOn,
  MAX_AMOUNT_KZT,
  MAX_APPLICANT_AGE,
  MAX_BUSINESS_AGE_MONTHS,
  MAX_EXPERIENCE_YEARS,
  MAX_SECTORS,
  MIN_APPLICANT_AGE,
  type OnboardingAnswers,
  regionDate,
} from '@kbdm/onboarding/eligibility';
import type { FieldError } from '@kbdm/shared/domain';
import { type Dictionary, fill } from '@kbdm/shared/web-core';

export type AgeMode = 'age' | 'birthDate';

/** What the form calls "today": the date in the region, as the API counts ages. */
const today = () => regionDate(new Date());

/** A number from `min` to `max` (whole when asked); empty is left to `required`. */
export function numberIn(min: number, max: number, whole = false, aboveMin = false): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    if (value === null || value === '' || value === undefined) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) return { range: { min, max } };
    if (whole && !Number.isInteger(value)) return { whole: true };
    if (aboveMin ? value <= min : value < min) return aboveMin ? { positive: true } : { range: { min, max } };
    return value > max ? { range: { min, max } } : null;
  };
}

/** A calendar date that has come; for a birth date also an applicant's age. */
function pastDate(birth: boolean): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    if (value === null || value === '') return null;
    const age = typeof value === 'string' ? ageOn(value, today()) : null;
    if (age === null) return { date: true };
    if (age < 0 || (typeof value === 'string' && value > today())) return { future: true };
    if (birth && (age < MIN_APPLICANT_AGE || age > MAX_APPLICANT_AGE)) return { ageFromDate: { age } };
    return null;
  };
}

const atMostSectors: ValidatorFn = (control) =>
  Array.isArray(control.value) && control.value.length > MAX_SECTORS ? { tooManySectors: true } : null;

/** The questionnaire's three steps of answers, each its own group so that a step can be checked alone. */
export function buildQuestionnaireForm(fb: NonNullableFormBuilder) {
  const statuses = fb.group(
    Object.fromEntries(APPLICANT_STATUSES.map((status) => [status, fb.control(false)])) as Record<
      ApplicantStatus,
      FormControl<boolean>
    >,
  );
  return fb.group({
    about: fb.group({
      applicantKind: fb.control<ApplicantKind | null>(null, Validators.required),
      ageMode: fb.control<AgeMode>('age'),
      age: fb.control<number | null>(null, [Validators.required, numberIn(MIN_APPLICANT_AGE, MAX_APPLICANT_AGE, true)]),
      birthDate: fb.control({ value: '', disabled: true }, [Validators.required, pastDate(true)]),
      statuses,
      businessAgeMonths: fb.control<number | null>({ value: null, disabled: true }, [
        Validators.required,
        numberIn(0, MAX_BUSINESS_AGE_MONTHS, true),
      ]),
    }),
    idea: fb.group({
      sectors: fb.control<string[]>([], atMostSectors),
      district: fb.control('', Validators.required),
      businessSize: fb.control<BusinessSize | null>(null, Validators.required),
      experienceYears: fb.control<number | null>(null, numberIn(0, MAX_EXPERIENCE_YEARS)),
    }),
    money: fb.group({
      projectCostKzt: fb.control<number | null>(null, [Validators.required, numberIn(0, MAX_AMOUNT_KZT, false, true)]),
      ownMoneyKzt: fb.control<number | null>(null, [Validators.required, numberIn(0, MAX_AMOUNT_KZT)]),
      hasCertificate: fb.control(false),
      certificateIssuedOn: fb.control({ value: '', disabled: true }, [Validators.required, pastDate(false)]),
    }),
  });
}

export type QuestionnaireForm = ReturnType<typeof buildQuestionnaireForm>;
export type QuestionnaireValue = ReturnType<QuestionnaireForm['getRawValue']>;
export type StepName = 'about' | 'idea' | 'money';
export const STEP_NAMES: readonly StepName[] = ['about', 'idea', 'money'];

/** Enables the questions the other answers make relevant and disables the rest, so they neither block nor are sent. */
export function applyRelevance(form: QuestionnaireForm): void {
  const { about, money } = form.controls;
  toggle(about.controls.age, about.controls.ageMode.value === 'age');
  toggle(about.controls.birthDate, about.controls.ageMode.value === 'birthDate');
  const kind = about.controls.applicantKind.value;
  // Someone not registered yet has no business age: the API reads null as "no business".
  toggle(about.controls.businessAgeMonths, kind !== null && kind !== 'individual');
  toggle(money.controls.certificateIssuedOn, money.controls.hasCertificate.value);
}

function toggle(control: AbstractControl, enabled: boolean): void {
  if (enabled && control.disabled) control.enable({ emitEvent: false });
  if (!enabled && control.enabled) control.disable({ emitEvent: false });
}

/** The answers the API takes, from a valid form: only what was asked, in the contract's shape. */
export function toAnswers(value: QuestionnaireValue): OnboardingAnswers {
  const { about, idea, money } = value;
  const answers: OnboardingAnswers = {
    applicantKind: about.applicantKind ?? undefined,
    statuses: APPLICANT_STATUSES.filter((status) => about.statuses[status]),
    businessAgeMonths: about.applicantKind === 'individual' ? null : (about.businessAgeMonths ?? undefined),
    businessSize: idea.businessSize ?? undefined,
    district: idea.district,
    projectCostKzt: money.projectCostKzt ?? undefined,
    ownMoneyKzt: money.ownMoneyKzt ?? undefined,
    // An empty list says "none": the question was answered.
    certificates: money.hasCertificate ? [{ certificate: 'bastau_business', issuedOn: money.certificateIssuedOn }] : [],
  };
  if (about.ageMode === 'age') answers.age = about.age ?? undefined;
  else answers.birthDate = about.birthDate;
  // No sector chosen is "no idea yet", which the rules read as unknown, not as a choice.
  if (idea.sectors.length > 0) answers.sectors = [...idea.sectors];
  if (idea.experienceYears !== null) answers.experienceYears = idea.experienceYears;
  return Object.fromEntries(Object.entries(answers).filter(([, answer]) => answer !== undefined)) as OnboardingAnswers;
}

/** The form control an API field names (`answers.age`, `sectors[1]`, `certificates[0].issuedOn`). */
const FIELD_CONTROLS: Record<string, string> = {
  applicantKind: 'about.applicantKind',
  age: 'about.age',
  birthDate: 'about.birthDate',
  statuses: 'about.statuses',
  businessAgeMonths: 'about.businessAgeMonths',
  sectors: 'idea.sectors',
  district: 'idea.district',
  businessSize: 'idea.businessSize',
  experienceYears: 'idea.experienceYears',
  projectCostKzt: 'money.projectCostKzt',
  ownMoneyKzt: 'money.ownMoneyKzt',
  certificates: 'money.certificateIssuedOn',
};

export function controlPathOf(field: string): string | null {
  const question = field.replace(/^answers\./, '').split(/[.[]/)[0];
  return FIELD_CONTROLS[question] ?? null;
}

/**
 * Puts each field error of a 400 beside the control it names; returns the errors no shown
 * control took, and the first step that now holds an error (to go back to it).
 */
export function placeFieldErrors(
  form: QuestionnaireForm,
  errors: readonly FieldError[],
): { unplaced: FieldError[]; firstStep: StepName | null } {
  const unplaced: FieldError[] = [];
  let firstStep: StepName | null = null;
  for (const error of errors) {
    const path = error.field ? controlPathOf(error.field) : null;
    const control = path ? form.get(path) : null;
    if (!path || !control || control.disabled) {
      unplaced.push(error);
      continue;
    }
    control.setErrors({ ...control.errors, server: error.message });
    control.markAsTouched();
    const step = path.split('.')[0] as StepName;
    if (firstStep === null || STEP_NAMES.indexOf(step) < STEP_NAMES.indexOf(firstStep)) firstStep = step;
  }
  return { unplaced, firstStep };
}

type Strings = Dictionary['onboarding']['validation'];

function bounds(errors: ValidationErrors, key: string): { min: number; max: number } {
  const value = errors[key] as { min?: unknown; max?: unknown } | undefined;
  return { min: Number(value?.min ?? 0), max: Number(value?.max ?? 0) };
}

/** The message beside a control for its first error, in the interface language; empty when valid. */
export function questionError(control: AbstractControl | null, t: Strings): string {
  const errors = control?.errors;
  if (!errors) return '';
  if (errors['required']) return t.required;
  if (errors['whole']) return t.whole;
  if (errors['positive']) return t.positive;
  if (errors['range']) return fill(t.range, bounds(errors, 'range'));
  if (errors['date']) return t.date;
  if (errors['future']) return t.future;
  if (errors['ageFromDate']) {
    const age = Number((errors['ageFromDate'] as { age?: unknown }).age ?? 0);
    return fill(t.ageFromDate, { age, min: MIN_APPLICANT_AGE, max: MAX_APPLICANT_AGE });
  }
  if (errors['tooManySectors']) return fill(t.tooManySectors, { max: MAX_SECTORS });
  const server: unknown = errors['server'];
  return typeof server === 'string' ? server : t.required;
}

/** Whether a control's error should show: after the person touched it or tried to go on. */
export function showsError(control: AbstractControl | null): boolean {
  return !!control && control.invalid && (control.touched || control.dirty);
}
