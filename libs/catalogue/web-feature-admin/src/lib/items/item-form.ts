import {
  type AbstractControl,
  type FormBuilder,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import type { LocalizedTextInput } from '@kbdm/catalogue/domain';
import { LANGS, type Lang, type ProblemDetails } from '@kbdm/shared/domain';
import { fill, formatNumber } from '@kbdm/shared/web-core';
import type { CatalogueAdminStrings } from '../catalogue-admin.strings';

/** Nothing typed: null, or only spaces. */
export const blank = (value: unknown): boolean => value === null || value === undefined || String(value).trim() === '';

/** A number between `min` and `max` (a whole one when `whole`); blank is left to `required`. */
export function numberRule(min: number, max: number, whole = false): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    if (blank(control.value)) return null;
    const value = Number(control.value);
    if (!Number.isFinite(value)) return { number: true };
    if (whole && !Number.isInteger(value)) return { whole: true };
    return value < min || value > max ? { range: { min, max } } : null;
  };
}

export const trimmedRequired: ValidatorFn = (control) => (blank(control.value) ? { required: true } : null);

/** A calendar date as `YYYY-MM-DD`, the value of a date input; blank is allowed. */
export const isoDateRule: ValidatorFn = (control) => {
  if (blank(control.value)) return null;
  const value = String(control.value);
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
    ? null
    : { date: true };
};

const urlRule: ValidatorFn = (control) => {
  if (blank(control.value)) return null;
  try {
    const url = new URL(String(control.value).trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : { url: true };
  } catch {
    return { url: true };
  }
};

// Group rules: the error sits on the group and is shown under it.
export const nameNeeded: ValidatorFn = (group) =>
  LANGS.some((lang) => !blank(group.get(lang)?.value)) ? null : { nameNeeded: true };

const bothOrNeither: ValidatorFn = (group) =>
  blank(group.get('lat')?.value) === blank(group.get('lon')?.value) ? null : { bothCoordinates: true };

const titleForLink: ValidatorFn = (group) =>
  !blank(group.get('url')?.value) && blank(group.get('title')?.value) ? { sourceTitleNeeded: true } : null;

/** One text in the three languages, each at most `max` characters. */
export function localizedTextGroup(fb: FormBuilder, max: number, validators: ValidatorFn[] = []) {
  return fb.nonNullable.group(
    {
      kk: ['', Validators.maxLength(max)],
      ru: ['', Validators.maxLength(max)],
      en: ['', Validators.maxLength(max)],
    },
    { validators },
  );
}

export type LocalizedTextGroup = ReturnType<typeof localizedTextGroup>;

/** The marker's latitude and longitude: both or neither. */
export function locationGroup(fb: FormBuilder) {
  return fb.group(
    {
      lat: fb.control<number | null>(null, numberRule(-90, 90)),
      lon: fb.control<number | null>(null, numberRule(-180, 180)),
    },
    { validators: bothOrNeither },
  );
}

export type LocationGroup = ReturnType<typeof locationGroup>;

/** Where the figures come from: a title, and a link only with a title. */
export function sourceGroup(fb: FormBuilder, limits: { sourceTitle: number; sourceUrl: number }) {
  return fb.nonNullable.group(
    {
      title: ['', Validators.maxLength(limits.sourceTitle)],
      url: ['', [Validators.maxLength(limits.sourceUrl), urlRule]],
    },
    { validators: titleForLink },
  );
}

export type SourceGroup = ReturnType<typeof sourceGroup>;

type TextValue = { kk: string; ru: string; en: string };
type PlaceValue = { lat: number | null; lon: number | null };
type SourceValue = { title: string; url: string };

export const emptyText = (): TextValue => ({ kk: '', ru: '', en: '' });

export const textValueOf = (text: LocalizedTextInput): TextValue => ({ kk: text.kk, ru: text.ru, en: text.en });

/** A text as the API takes it; the drafts kept are those of languages that still have a text. */
export function textInput(text: TextValue, drafts: readonly Lang[]): LocalizedTextInput {
  const value = { kk: text.kk.trim(), ru: text.ru.trim(), en: text.en.trim() };
  // A language left empty is missing, not a draft.
  return { ...value, drafts: drafts.filter((lang) => value[lang] !== '') };
}

export const locationValueOf = (location: { lat: number; lon: number } | null): PlaceValue => ({
  lat: location?.lat ?? null,
  lon: location?.lon ?? null,
});

export const locationInput = ({ lat, lon }: PlaceValue): { lat: number; lon: number } | null =>
  blank(lat) || blank(lon) ? null : { lat: Number(lat), lon: Number(lon) };

export const sourceValueOf = (source: { title: string; url?: string } | null): SourceValue => ({
  title: source?.title ?? '',
  url: source?.url ?? '',
});

export function sourceInput(value: SourceValue): { title: string; url?: string } | null {
  const title = value.title.trim();
  const url = value.url.trim();
  return title ? { title, ...(url ? { url } : {}) } : null;
}

type ErrorWords = CatalogueAdminStrings['form']['errors'];

/** The errors that need no value filled in, in the order they are told. */
const PLAIN_ERRORS = [
  'hsCode',
  'number',
  'whole',
  'date',
  'countries',
  'url',
  'nameNeeded',
  'minAboveMax',
  'bothCoordinates',
  'sourceTitleNeeded',
] as const satisfies readonly (keyof ErrorWords)[];

/** The words for a control's (or group's) first error: the form's own check, else what the API said. */
export function errorWords(errors: ValidationErrors | null | undefined, words: ErrorWords, lang: Lang): string {
  if (!errors) return '';
  if (errors['required']) return words.required;
  if (errors['maxlength'])
    return fill(words.maxLength, { max: formatNumber(errors['maxlength'].requiredLength, lang) });
  if (errors['range']) {
    return fill(words.range, {
      min: formatNumber(errors['range'].min, lang),
      max: formatNumber(errors['range'].max, lang),
    });
  }
  if (errors['tooManyCountries']) return fill(words.tooManyCountries, { max: errors['tooManyCountries'].max });
  const plain = PLAIN_ERRORS.find((key) => errors[key]);
  if (plain) return words[plain];
  return (errors['server'] as string | undefined) ?? '';
}

/**
 * The form control an API error names (`name.kk`, `investmentKzt.min`, `sourceCountries.2`): the
 * longest leading part of the path that is a control, or null when none is.
 */
export function controlPathOf(form: AbstractControl, field: string): string | null {
  const parts = field.split('.');
  while (parts.length > 0) {
    const path = parts.join('.');
    if (form.get(path)) return path;
    parts.pop();
  }
  return null;
}

/**
 * Puts each of the API's field errors on the control it names, as a `server` error shown beside it;
 * answers the errors that name no control of the form, as lines to show above the button.
 */
export function placeFieldErrors(form: AbstractControl, problem: ProblemDetails): string[] {
  const unplaced: string[] = [];
  for (const error of problem.errors ?? []) {
    const path = controlPathOf(form, error.field);
    const control = path ? form.get(path) : null;
    if (!control || control === form) {
      unplaced.push(`${error.field}: ${error.message}`);
      continue;
    }
    control.setErrors({ ...control.errors, server: error.message });
    control.markAsTouched();
  }
  return unplaced;
}
