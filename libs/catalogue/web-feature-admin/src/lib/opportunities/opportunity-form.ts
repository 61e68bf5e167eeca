import { type FormBuilder, type ValidatorFn, Validators } from '@angular/forms';
import {
  OPPORTUNITY_INPUT_LIMITS as LIMITS,
  type OpportunityInput,
  type OpportunityStatus,
} from '@kbdm/catalogue/domain';
import {
  blank,
  emptyText,
  localizedTextGroup,
  locationGroup,
  locationInput,
  locationValueOf,
  nameNeeded,
  numberRule,
  sourceGroup,
  sourceInput,
  sourceValueOf,
  textInput,
  textValueOf,
  trimmedRequired,
} from '../items/item-form';
import type { TextDrafts } from '../items/item-editor';

/** The units the catalogue counts imports in (the dictionary names each). */
export const IMPORT_UNITS = ['t', 'thousand_units', 'm3', 'm2', 'units'] as const;

/** The opportunity's texts in the three languages. */
export const OPPORTUNITY_TEXTS = ['name', 'description'] as const;
export type OpportunityText = (typeof OPPORTUNITY_TEXTS)[number];

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

const hsCodeRule: ValidatorFn = (control) =>
  blank(control.value) || HS_CODE.test(String(control.value)) ? null : { hsCode: true };

const countriesRule: ValidatorFn = (control) => {
  const codes = parseCountries(String(control.value ?? ''));
  if (codes.some((code) => !COUNTRY.test(code))) return { countries: true };
  return codes.length > LIMITS.sourceCountries ? { tooManyCountries: { max: LIMITS.sourceCountries } } : null;
};

const minNotAboveMax: ValidatorFn = (group) => {
  const min = group.get('min')?.value;
  const max = group.get('max')?.value;
  return !blank(min) && !blank(max) && Number(min) > Number(max) ? { minAboveMax: true } : null;
};

/** The opportunity form with the checks of `OPPORTUNITY_INPUT_LIMITS`, the API's own limits. */
export function buildOpportunityForm(fb: FormBuilder) {
  const amount = (max: number, whole = false) =>
    fb.control<number | null>(null, [Validators.required, numberRule(0, max, whole)]);
  return fb.group({
    code: fb.nonNullable.control('', [trimmedRequired, Validators.maxLength(LIMITS.code)]),
    name: localizedTextGroup(fb, LIMITS.name, [nameNeeded]),
    description: localizedTextGroup(fb, LIMITS.description),
    hsCode: fb.nonNullable.control('', [trimmedRequired, hsCodeRule]),
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
    location: locationGroup(fb),
    source: sourceGroup(fb, LIMITS),
    demo: fb.nonNullable.control(false),
  });
}

export type OpportunityForm = ReturnType<typeof buildOpportunityForm>;
export type OpportunityFormValue = ReturnType<OpportunityForm['getRawValue']>;

/** What a new opportunity's form starts from. */
export function emptyFormValue(): OpportunityFormValue {
  return {
    code: '',
    name: emptyText(),
    description: emptyText(),
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
    location: locationValueOf(null),
    source: sourceValueOf(null),
    demo: false,
  };
}

/** An opportunity as the form shows it. */
export function formValueOf(item: OpportunityInput): OpportunityFormValue {
  return {
    code: item.code,
    name: textValueOf(item.name),
    description: textValueOf(item.description),
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
    location: locationValueOf(item.location),
    source: sourceValueOf(item.source),
    demo: item.demo,
  };
}

/** The form's value as the API takes it; call only when the form is valid. */
export function toOpportunityInput(value: OpportunityFormValue, drafts: TextDrafts<OpportunityText>): OpportunityInput {
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
    location: locationInput(value.location),
    source: sourceInput(value.source),
    demo: value.demo,
  };
}
