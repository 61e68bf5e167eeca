import {
  type AbstractControl,
  type FormBuilder,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  type LocalizedTextInput,
  OPPORTUNITY_INPUT_LIMITS as LIMITS,
  type OpportunityInput,
  type OpportunityStatus,
} from '@kbdm/catalogue/domain';
import { LANGS, type Lang } from '@kbdm/shared/domain';

/** The units the catalogue counts imports in (the dictionary names each). */
export const IMPORT_UNITS = ['t', 'thousand_units', 'm3', 'm2', 'units'] as const;

const HS_CODE = /^\d{4}(\d{2})?$/;
const COUNTRY = /^[A-Z]{2}$/;

/** Spreadsheet-style country lists: `RU, CN TR` → `['RU', 'CN', 'TR']`, upper-cased, each once. */
export function parseCountries(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

const blank = (value: unknown): boolean => value === null || value === undefined || String(value).trim() === '';

/** A number between `min` and `max` (a whole one when `whole`); blank is left to `required`. */
function numberRule(min: number, max: number, whole = false): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    if (blank(control.value)) return null;
    const value = Number(control.value);
    if (!Number.isFinite(value)) return { number: true };
    if (whole && !Number.isInteger(value)) return { whole: true };
    return value < min || value > max ? { range: { min, max } } : null;
  };
}

const trimmedRequired: ValidatorFn = (control) => (blank(control.value) ? { required: true } : null);

const countriesRule: ValidatorFn = (control) => {
  const codes = parseCountries(String(control.value ?? ''));
  if (codes.some((code) => !COUNTRY.test(code))) return { countries: true };
  return codes.length > LIMITS.sourceCountries ? { tooManyCountries: { max: LIMITS.sourceCountries } } : null;
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
const nameNeeded: ValidatorFn = (group) =>
  LANGS.some((lang) => !blank(group.get(lang)?.value)) ? null : { nameNeeded: true };

const minNotAboveMax: ValidatorFn = (group) => {
  const min = group.get('min')?.value;
  const max = group.get('max')?.value;
  return !blank(min) && !blank(max) && Number(min) > Number(max) ? { minAboveMax: true } : null;
};

const bothOrNeither: ValidatorFn = (group) =>
  blank(group.get('lat')?.value) === blank(group.get('lon')?.value) ? null : { bothCoordinates: true };

const titleForLink: ValidatorFn = (group) =>
  !blank(group.get('url')?.value) && blank(group.get('title')?.value) ? { sourceTitleNeeded: true } : null;

/** The opportunity form with the checks of `OPPORTUNITY_INPUT_LIMITS`, the API's own limits. */
export function buildOpportunityForm(fb: FormBuilder) {
  const text = (max: number, validators: ValidatorFn[] = []) =>
    fb.nonNullable.group(
      {
        kk: ['', Validators.maxLength(max)],
        ru: ['', Validators.maxLength(max)],
        en: ['', Validators.maxLength(max)],
      },
      { validators },
    );
  const amount = (max: number, whole = false) =>
    fb.control<number | null>(null, [Validators.required, numberRule(0, max, whole)]);
  return fb.group({
    code: fb.nonNullable.control('', [trimmedRequired, Validators.maxLength(LIMITS.code)]),
    name: text(LIMITS.name, [nameNeeded]),
    description: text(LIMITS.description),
    hsCode: fb.nonNullable.control('', [trimmedRequired, Validators.pattern(HS_CODE)]),
    sectorCode: fb.nonNullable.control('', Validators.required),
    importVolume: fb.group({
      amount: amount(LIMITS.money),
      unit: fb.nonNullable.control<string>('t', [Validators.required, Validators.maxLength(LIMITS.unit)]),
    }),
    importValueUsd: amount(LIMITS.money),
    sourceCountries: fb.nonNullable.control('', countriesRule),
    localProductionShare: fb.control<number | null>(null, [Validators.required, numberRule(0, 100)]),
    investmentKzt: fb.group(
      { min: amount(LIMITS.investmentKzt, true), max: amount(LIMITS.investmentKzt, true) },
      { validators: minNotAboveMax },
    ),
    jobs: amount(LIMITS.jobs, true),
    status: fb.nonNullable.control<OpportunityStatus>('open', Validators.required),
    districtCode: fb.nonNullable.control(''),
    location: fb.group(
      {
        lat: fb.control<number | null>(null, numberRule(-90, 90)),
        lon: fb.control<number | null>(null, numberRule(-180, 180)),
      },
      { validators: bothOrNeither },
    ),
    source: fb.nonNullable.group(
      {
        title: ['', Validators.maxLength(LIMITS.sourceTitle)],
        url: ['', [Validators.maxLength(LIMITS.sourceUrl), urlRule]],
      },
      { validators: titleForLink },
    ),
    demo: fb.nonNullable.control(false),
  });
}

export type OpportunityForm = ReturnType<typeof buildOpportunityForm>;
export type OpportunityFormValue = ReturnType<OpportunityForm['getRawValue']>;

/** The languages still marked as machine drafts, per text. */
export type TextDrafts = { name: Lang[]; description: Lang[] };

/** What a new opportunity's form starts from. */
export function emptyFormValue(): OpportunityFormValue {
  return {
    code: '',
    name: { kk: '', ru: '', en: '' },
    description: { kk: '', ru: '', en: '' },
    hsCode: '',
    sectorCode: '',
    importVolume: { amount: null, unit: 't' },
    importValueUsd: null,
    sourceCountries: '',
    localProductionShare: null,
    investmentKzt: { min: null, max: null },
    jobs: null,
    status: 'open',
    districtCode: '',
    location: { lat: null, lon: null },
    source: { title: '', url: '' },
    demo: false,
  };
}

/** An opportunity as the form shows it. */
export function formValueOf(item: OpportunityInput): OpportunityFormValue {
  return {
    code: item.code,
    name: { kk: item.name.kk, ru: item.name.ru, en: item.name.en },
    description: { kk: item.description.kk, ru: item.description.ru, en: item.description.en },
    hsCode: item.hsCode,
    sectorCode: item.sectorCode,
    importVolume: { amount: item.importVolume.amount, unit: item.importVolume.unit },
    importValueUsd: item.importValueUsd,
    sourceCountries: item.sourceCountries.join(', '),
    localProductionShare: item.localProductionShare,
    investmentKzt: { min: item.investmentKzt.min, max: item.investmentKzt.max },
    jobs: item.jobs,
    status: item.status,
    districtCode: item.districtCode ?? '',
    location: { lat: item.location?.lat ?? null, lon: item.location?.lon ?? null },
    source: { title: item.source?.title ?? '', url: item.source?.url ?? '' },
    demo: item.demo,
  };
}

export function draftsOf(item: OpportunityInput): TextDrafts {
  return { name: item.name.drafts ?? [], description: item.description.drafts ?? [] };
}

function textInput(text: { kk: string; ru: string; en: string }, drafts: Lang[]): LocalizedTextInput {
  const value = { kk: text.kk.trim(), ru: text.ru.trim(), en: text.en.trim() };
  // A language left empty is missing, not a draft.
  return { ...value, drafts: drafts.filter((lang) => value[lang] !== '') };
}

/** The form's value as the API takes it; call only when the form is valid. */
export function toOpportunityInput(value: OpportunityFormValue, drafts: TextDrafts): OpportunityInput {
  const lat = value.location.lat;
  const lon = value.location.lon;
  const sourceTitle = value.source.title.trim();
  const sourceUrl = value.source.url.trim();
  return {
    code: value.code.trim(),
    name: textInput(value.name, drafts.name),
    description: textInput(value.description, drafts.description),
    hsCode: value.hsCode.trim(),
    sectorCode: value.sectorCode,
    importVolume: { amount: Number(value.importVolume.amount), unit: value.importVolume.unit },
    importValueUsd: Number(value.importValueUsd),
    sourceCountries: parseCountries(value.sourceCountries),
    localProductionShare: Number(value.localProductionShare),
    investmentKzt: { min: Number(value.investmentKzt.min), max: Number(value.investmentKzt.max) },
    jobs: Number(value.jobs),
    status: value.status,
    districtCode: value.districtCode || null,
    location: blank(lat) || blank(lon) ? null : { lat: Number(lat), lon: Number(lon) },
    source: sourceTitle ? { title: sourceTitle, ...(sourceUrl ? { url: sourceUrl } : {}) } : null,
    demo: value.demo,
  };
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
