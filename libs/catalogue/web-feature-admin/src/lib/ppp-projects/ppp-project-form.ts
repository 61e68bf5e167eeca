import { type FormBuilder, Validators } from '@angular/forms';
import {
  PPP_PROJECT_INPUT_LIMITS as LIMITS,
  type PppForm,
  type PppNeed,
  type PppProjectInput,
  type PppStage,
} from '@kbdm/catalogue/domain';
import type { TextDrafts } from '../items/item-editor';
import {
  emptyText,
  isoDateRule,
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

/** The PPP project's texts in the three languages. */
export const PPP_PROJECT_TEXTS = ['name', 'description', 'publicPartner'] as const;
export type PppProjectText = (typeof PPP_PROJECT_TEXTS)[number];

/** The PPP project form with the checks of `PPP_PROJECT_INPUT_LIMITS`, the API's own limits. */
export function buildPppProjectForm(fb: FormBuilder) {
  return fb.group({
    code: fb.nonNullable.control('', [trimmedRequired, Validators.maxLength(LIMITS.code)]),
    name: localizedTextGroup(fb, LIMITS.name, [nameNeeded]),
    description: localizedTextGroup(fb, LIMITS.description),
    publicPartner: localizedTextGroup(fb, LIMITS.publicPartner),
    sectorCode: fb.nonNullable.control('', Validators.required),
    // A new project's form and need are chosen, not guessed: empty until then.
    form: fb.nonNullable.control<PppForm | ''>('', Validators.required),
    stage: fb.nonNullable.control<PppStage>('idea', Validators.required),
    need: fb.nonNullable.control<PppNeed | ''>('', Validators.required),
    capexKzt: fb.control<number | null>(null, [Validators.required, numberRule(0, LIMITS.capexKzt, true)]),
    termYears: fb.control<number | null>(null, [Validators.required, numberRule(1, LIMITS.termYears, true)]),
    tenderDeadline: fb.nonNullable.control('', isoDateRule),
    districtCode: fb.nonNullable.control(''),
    location: locationGroup(fb),
    source: sourceGroup(fb, LIMITS),
    demo: fb.nonNullable.control(false),
  });
}

export type PppProjectForm = ReturnType<typeof buildPppProjectForm>;
export type PppProjectFormValue = ReturnType<PppProjectForm['getRawValue']>;

/** What a new PPP project's form starts from. */
export function emptyPppFormValue(): PppProjectFormValue {
  return {
    code: '',
    name: emptyText(),
    description: emptyText(),
    publicPartner: emptyText(),
    sectorCode: '',
    form: '',
    stage: 'idea',
    need: '',
    capexKzt: null,
    termYears: null,
    tenderDeadline: '',
    districtCode: '',
    location: locationValueOf(null),
    source: sourceValueOf(null),
    demo: false,
  };
}

/** A PPP project as the form shows it. */
export function pppFormValueOf(item: PppProjectInput): PppProjectFormValue {
  return {
    code: item.code,
    name: textValueOf(item.name),
    description: textValueOf(item.description),
    publicPartner: textValueOf(item.publicPartner),
    sectorCode: item.sectorCode,
    form: item.form,
    stage: item.stage,
    need: item.need,
    capexKzt: item.capexKzt,
    termYears: item.termYears,
    tenderDeadline: item.tenderDeadline ?? '',
    districtCode: item.districtCode ?? '',
    location: locationValueOf(item.location),
    source: sourceValueOf(item.source),
    demo: item.demo,
  };
}

/** A select's value once the form is valid: `required` kept it from staying empty. */
function chosen<T extends string>(value: T | ''): T {
  if (value === '') throw new Error('A required choice is empty: the form was read before it was valid.');
  return value;
}

/** The form's value as the API takes it; call only when the form is valid. */
export function toPppProjectInput(value: PppProjectFormValue, drafts: TextDrafts<PppProjectText>): PppProjectInput {
  return {
    code: value.code.trim(),
    name: textInput(value.name, drafts.name),
    description: textInput(value.description, drafts.description),
    publicPartner: textInput(value.publicPartner, drafts.publicPartner),
    sectorCode: value.sectorCode,
    form: chosen(value.form),
    stage: value.stage,
    need: chosen(value.need),
    capexKzt: Number(value.capexKzt),
    termYears: Number(value.termYears),
    tenderDeadline: value.tenderDeadline || null,
    districtCode: value.districtCode || null,
    location: locationInput(value.location),
    source: sourceInput(value.source),
    demo: value.demo,
  };
}
