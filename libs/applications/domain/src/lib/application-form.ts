import { isValidBinIin } from '@kbdm/accounts/domain';
import { APPLICANT_KINDS, type ApplicantKind } from '@kbdm/catalogue/domain';
import type { FieldError } from '@kbdm/shared/domain';

/**
 * The application form: the same questions for every target, so one screen serves them all.
 * A draft may hold any part of it; a submission must hold every required answer (see
 * `validateForSubmission`).
 */
export type ApplicationForm = {
  applicantKind?: ApplicantKind;
  /** The person's or the company's name as registered. */
  applicantName?: string;
  /** 12 digits with a valid control digit. */
  binIin?: string;
  /** +7 and ten digits. */
  contactPhone?: string;
  projectTitle?: string;
  projectDescription?: string;
  /** A district's code (`temirtau`). */
  districtCode?: string;
  /** An OKED sector code (`C23`). */
  sectorCode?: string;
  /** What the applicant asks the programme for, KZT. */
  requestedAmountKzt?: number;
  /** The whole project's cost, KZT. */
  projectCostKzt?: number;
  /** What the applicant puts in from their own money, KZT. */
  ownContributionKzt?: number;
  plannedJobs?: number;
};

export const FORM_FIELDS = [
  'applicantKind',
  'applicantName',
  'binIin',
  'contactPhone',
  'projectTitle',
  'projectDescription',
  'districtCode',
  'sectorCode',
  'requestedAmountKzt',
  'projectCostKzt',
  'ownContributionKzt',
  'plannedJobs',
] as const satisfies readonly (keyof ApplicationForm)[];
export type FormField = (typeof FORM_FIELDS)[number];

/** Answered for every target before submission; the amounts only where a programme pays out. */
export const ALWAYS_REQUIRED_FIELDS = [
  'applicantKind',
  'applicantName',
  'binIin',
  'contactPhone',
  'projectTitle',
  'projectDescription',
  'districtCode',
  'sectorCode',
  'projectCostKzt',
  'plannedJobs',
] as const satisfies readonly FormField[];

export const MAX_NAME_LENGTH = 200;
export const MAX_TITLE_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 8000;
/** A trillion tenge: more than any project of the region, small enough for exact integers. */
export const MAX_AMOUNT_KZT = 1_000_000_000_000;
export const MAX_PLANNED_JOBS = 100_000;

const PHONE_SEPARATORS = /[\s()-]/g;

/**
 * A Kazakhstan number as people write it (`+7 701 123-45-67`, `8 (701) 123 45 67`,
 * `87011234567`) in the one form it is stored in, `+77011234567`; null when it is not one.
 */
export function normalizePhone(value: string): string | null {
  const compact = value.replace(PHONE_SEPARATORS, '');
  const match = /^(?:\+7|8|7)(\d{10})$/.exec(compact);
  return match ? `+7${match[1]}` : null;
}

/**
 * The limits that make the requested amount a question: a programme that pays out names at
 * least one; a service (advice, training) names none and asks for no amount.
 */
export function amountLimits(
  version: { minAmountKzt: number | null; maxAmountKzt: number | null } | null | undefined,
): FormContext['amount'] {
  if (!version || (version.minAmountKzt === null && version.maxAmountKzt === null)) return undefined;
  return { min: version.minAmountKzt, max: version.maxAmountKzt };
}
const DISTRICT_CODE = /^[a-z][a-z0-9-]{0,63}$/;
const SECTOR_CODE = /^[A-U](\d{2}(\.\d{1,2}(\.\d)?)?)?$/;

/** What the form is checked against: the catalogue's codes and the target's money limits. */
export type FormContext = {
  districtCodes: readonly string[];
  sectorCodes: readonly string[];
  /** The programme's smallest and largest amount, when the target is a programme. */
  amount?: { min: number | null; max: number | null };
};

export type FormCheck = { ok: true; form: ApplicationForm } | { ok: false; errors: FieldError[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the shape and range of every answer given, whether or not the form is complete:
 * what a draft save runs. Field names in errors are `form.<field>`. Unknown fields are refused,
 * so a client's typo is not silently dropped.
 */
export function parseForm(raw: unknown, context: FormContext): FormCheck {
  if (raw === undefined || raw === null) return { ok: true, form: {} };
  if (!isRecord(raw)) return { ok: false, errors: [{ field: 'form', message: 'must be an object' }] };
  const errors: FieldError[] = [];
  const form: ApplicationForm = {};
  const fail = (field: string, message: string) => errors.push({ field: `form.${field}`, message });

  for (const key of Object.keys(raw)) {
    if (!(FORM_FIELDS as readonly string[]).includes(key)) fail(key, 'is not a field of the application form');
  }
  const text = (field: FormField, max: number, pattern?: RegExp, patternMessage?: string): string | undefined => {
    const value = raw[field];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') return void fail(field, 'must be a string');
    const trimmed = value.trim();
    if (!trimmed) return undefined;
    if (trimmed.length > max) return void fail(field, `must be at most ${max} characters`);
    if (pattern && !pattern.test(trimmed)) return void fail(field, patternMessage ?? 'has the wrong format');
    return trimmed;
  };
  const whole = (field: FormField, min: number, max: number): number | undefined => {
    const value = raw[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) return void fail(field, 'must be a whole number');
    if (value < min || value > max) return void fail(field, `must be between ${min} and ${max}`);
    return value;
  };

  const kind = raw['applicantKind'];
  if (kind !== undefined && kind !== null) {
    if (typeof kind === 'string' && (APPLICANT_KINDS as readonly string[]).includes(kind)) {
      form.applicantKind = kind as ApplicantKind;
    } else fail('applicantKind', `must be one of ${APPLICANT_KINDS.join(', ')}`);
  }
  const assign = <K extends FormField>(field: K, value: ApplicationForm[K] | undefined) => {
    if (value !== undefined) form[field] = value;
  };
  assign('applicantName', text('applicantName', MAX_NAME_LENGTH));
  const binIin = text('binIin', 12, /^\d{12}$/, 'must be 12 digits');
  if (binIin !== undefined) {
    if (isValidBinIin(binIin)) form.binIin = binIin;
    else fail('binIin', 'has a wrong control digit');
  }
  const phone = text('contactPhone', 32);
  if (phone !== undefined) {
    const normalized = normalizePhone(phone);
    if (normalized) form.contactPhone = normalized;
    else fail('contactPhone', 'must be a Kazakhstan number: +7 and ten digits');
  }
  assign('projectTitle', text('projectTitle', MAX_TITLE_LENGTH));
  assign('projectDescription', text('projectDescription', MAX_DESCRIPTION_LENGTH));
  const district = text('districtCode', 64, DISTRICT_CODE, 'is not a district code');
  if (district !== undefined) {
    if (context.districtCodes.includes(district)) form.districtCode = district;
    else fail('districtCode', 'is not a district of Karaganda region');
  }
  const sector = text('sectorCode', 8, SECTOR_CODE, 'is not an OKED code');
  if (sector !== undefined) {
    if (context.sectorCodes.includes(sector)) form.sectorCode = sector;
    else fail('sectorCode', 'is not a sector of the catalogue');
  }
  assign('requestedAmountKzt', whole('requestedAmountKzt', 1, MAX_AMOUNT_KZT));
  assign('projectCostKzt', whole('projectCostKzt', 1, MAX_AMOUNT_KZT));
  assign('ownContributionKzt', whole('ownContributionKzt', 0, MAX_AMOUNT_KZT));
  assign('plannedJobs', whole('plannedJobs', 0, MAX_PLANNED_JOBS));

  if (
    form.ownContributionKzt !== undefined &&
    form.projectCostKzt !== undefined &&
    form.ownContributionKzt > form.projectCostKzt
  ) {
    fail('ownContributionKzt', 'cannot exceed the project cost');
  }
  if (
    form.requestedAmountKzt !== undefined &&
    form.projectCostKzt !== undefined &&
    form.requestedAmountKzt > form.projectCostKzt
  ) {
    fail('requestedAmountKzt', 'cannot exceed the project cost');
  }
  if (form.requestedAmountKzt !== undefined && context.amount) {
    const { min, max } = context.amount;
    if (min !== null && form.requestedAmountKzt < min) fail('requestedAmountKzt', `must be at least ${min} KZT`);
    if (max !== null && form.requestedAmountKzt > max) fail('requestedAmountKzt', `must be at most ${max} KZT`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, form };
}

/**
 * What a submission must hold beyond what `parseForm` checks: every required answer, and the
 * requested amount where the target is a programme.
 */
export function missingAnswers(form: ApplicationForm, context: FormContext): FieldError[] {
  const required: FormField[] = [...ALWAYS_REQUIRED_FIELDS, ...(context.amount ? ['requestedAmountKzt' as const] : [])];
  return required
    .filter((field) => form[field] === undefined)
    .map((field) => ({ field: `form.${field}`, message: 'is required to submit' }));
}
