import { APPLICANT_KINDS, APPLICANT_STATUSES, BUSINESS_SIZES, CERTIFICATES } from '@kbdm/catalogue/domain';
import type { FieldError } from '@kbdm/shared/domain';
import type { OnboardingAnswers } from './answers';
import {
  MAX_AMOUNT_KZT,
  MAX_APPLICANT_AGE,
  MAX_BUSINESS_AGE_MONTHS,
  MAX_CERTIFICATES,
  MAX_EXPERIENCE_YEARS,
  MAX_SECTORS,
  MIN_APPLICANT_AGE,
} from './answers';
import { ageOn, isIsoDate, regionDate } from './calendar';
import { SECTOR_CODE } from './sector-code';

/** Known codes from the catalogue; without them only the codes' shape is checked. */
export type AnswerValidationOptions = {
  /** Today, for birth and issue dates; defaults to now. */
  today?: Date;
  districtCodes?: readonly string[];
  sectorCodes?: readonly string[];
};

type Context = { today: string; options: AnswerValidationOptions };
type Check = (answers: Record<string, unknown>, context: Context) => FieldError[];

// The same shape validateEligibilityRules accepts for a district in a rule.
const DISTRICT_CODE = /^[a-z][a-z0-9-]*$/;

const QUESTIONS: readonly (keyof OnboardingAnswers)[] = [
  'applicantKind',
  'birthDate',
  'age',
  'statuses',
  'businessAgeMonths',
  'businessSize',
  'sectors',
  'district',
  'projectCostKzt',
  'ownMoneyKzt',
  'experienceYears',
  'certificates',
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const error = (field: string, message: string): FieldError[] => [{ field, message }];

function oneOf(value: unknown, field: string, allowed: readonly string[], required: boolean): FieldError[] {
  if (value === undefined) return required ? error(field, 'is required') : [];
  return typeof value === 'string' && allowed.includes(value)
    ? []
    : error(field, `must be one of ${allowed.join(', ')}`);
}

type Bounds = { min: number; max: number; whole?: boolean; aboveMin?: boolean };

/** A finite number within bounds; NaN, Infinity and numeric strings are refused. */
function numberIn(value: unknown, field: string, { min, max, whole, aboveMin }: Bounds): FieldError[] {
  if (value === undefined) return [];
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (aboveMin ? value > min : value >= min) &&
    value <= max &&
    (!whole || Number.isInteger(value));
  return ok
    ? []
    : error(field, `must be ${whole ? 'a whole number' : 'a number'} ${aboveMin ? 'above' : 'from'} ${min} to ${max}`);
}

/** A list of distinct strings, each checked by `item`; errors name the entry (`sectors[1]`). */
function listOf(value: unknown, field: string, maxItems: number, item: (entry: string) => string | null): FieldError[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return error(field, 'must be a list');
  const errors = value.length > maxItems ? error(field, `must have at most ${maxItems} items`) : [];
  value.slice(0, maxItems).forEach((entry: unknown, i) => {
    const at = `${field}[${i}]`;
    const first = value.indexOf(entry);
    const problem =
      typeof entry !== 'string'
        ? 'must be a string'
        : (item(entry) ?? (first < i ? `repeats ${field}[${first}]` : null));
    if (problem) errors.push({ field: at, message: problem });
  });
  return errors;
}

/** Birth date or age, exactly one, and a plausible applicant either way. */
const checkAge: Check = ({ birthDate, age }, { today }) => {
  if (birthDate === undefined && age === undefined) return error('birthDate', 'is required, or give age instead');
  if (birthDate !== undefined && age !== undefined) return error('age', 'give either birthDate or age, not both');
  if (age !== undefined) return numberIn(age, 'age', { min: MIN_APPLICANT_AGE, max: MAX_APPLICANT_AGE, whole: true });
  if (!isIsoDate(birthDate)) return error('birthDate', 'must be a date written YYYY-MM-DD');
  if (birthDate > today) return error('birthDate', 'must not be in the future');
  const years = ageOn(birthDate, today) ?? 0;
  return years < MIN_APPLICANT_AGE || years > MAX_APPLICANT_AGE
    ? error(
        'birthDate',
        `gives an age of ${years}; applicants are ${MIN_APPLICANT_AGE} to ${MAX_APPLICANT_AGE} years old`,
      )
    : [];
};

const checkDistrict: Check = ({ district }, { options }) => {
  if (district === undefined) return error('district', 'is required');
  if (typeof district !== 'string' || !DISTRICT_CODE.test(district)) {
    return error('district', 'must be a district code such as temirtau');
  }
  return options.districtCodes && !options.districtCodes.includes(district)
    ? error('district', `is not a district of the region: ${district}`)
    : [];
};

const checkSectors: Check = ({ sectors }, { options }) =>
  listOf(sectors, 'sectors', MAX_SECTORS, (code) => {
    if (!SECTOR_CODE.test(code)) return `must be an OKED code such as C or C23, not ${JSON.stringify(code)}`;
    return options.sectorCodes && !options.sectorCodes.includes(code)
      ? `is not a sector of the catalogue: ${code}`
      : null;
  });

function checkCertificate(entry: unknown, at: string, today: string): FieldError[] {
  if (!isObject(entry)) return error(at, 'must be an object with certificate and issuedOn');
  const errors = Object.keys(entry)
    .filter((key) => key !== 'certificate' && key !== 'issuedOn')
    .map((key) => ({ field: `${at}.${key}`, message: 'is not a field of a certificate' }));
  errors.push(...oneOf(entry['certificate'], `${at}.certificate`, CERTIFICATES, true));
  const issuedOn = entry['issuedOn'];
  if (!isIsoDate(issuedOn)) errors.push(...error(`${at}.issuedOn`, 'must be a date written YYYY-MM-DD'));
  else if (issuedOn > today) errors.push(...error(`${at}.issuedOn`, 'must not be in the future'));
  return errors;
}

const checkCertificates: Check = ({ certificates }, { today }) => {
  if (certificates === undefined) return [];
  if (!Array.isArray(certificates)) return error('certificates', 'must be a list');
  const errors =
    certificates.length > MAX_CERTIFICATES ? error('certificates', `must have at most ${MAX_CERTIFICATES} items`) : [];
  certificates.slice(0, MAX_CERTIFICATES).forEach((entry: unknown, i) => {
    errors.push(...checkCertificate(entry, `certificates[${i}]`, today));
  });
  return errors;
};

const CHECKS: readonly Check[] = [
  ({ applicantKind }) => oneOf(applicantKind, 'applicantKind', APPLICANT_KINDS, true),
  checkAge,
  ({ statuses }) =>
    listOf(statuses, 'statuses', APPLICANT_STATUSES.length, (status) =>
      (APPLICANT_STATUSES as readonly string[]).includes(status)
        ? null
        : `must be one of ${APPLICANT_STATUSES.join(', ')}`,
    ),
  // null says "no business yet", a different answer from a missing one.
  ({ businessAgeMonths: months }) =>
    months === null ? [] : numberIn(months, 'businessAgeMonths', { min: 0, max: MAX_BUSINESS_AGE_MONTHS, whole: true }),
  ({ businessSize }) => oneOf(businessSize, 'businessSize', BUSINESS_SIZES, false),
  checkSectors,
  checkDistrict,
  ({ projectCostKzt }) => numberIn(projectCostKzt, 'projectCostKzt', { min: 0, max: MAX_AMOUNT_KZT, aboveMin: true }),
  ({ ownMoneyKzt }) => numberIn(ownMoneyKzt, 'ownMoneyKzt', { min: 0, max: MAX_AMOUNT_KZT }),
  ({ experienceYears }) => numberIn(experienceYears, 'experienceYears', { min: 0, max: MAX_EXPERIENCE_YEARS }),
  checkCertificates,
];

/**
 * Checks a questionnaire body from the outside world. Returns one error per problem, each
 * naming its field as the API reports it (`age`, `sectors[1]`, `certificates[0].issuedOn`);
 * an empty list means the value is a valid `OnboardingAnswers`. Required: applicantKind,
 * district, and birthDate or age — without them no programme can be judged. Own money above
 * the project cost is allowed: the rest can fund working capital.
 */
export function validateAnswers(value: unknown, options: AnswerValidationOptions = {}): FieldError[] {
  if (!isObject(value)) return error('answers', 'must be an object');
  const unknownKeys = Object.keys(value)
    .filter((key) => !(QUESTIONS as readonly string[]).includes(key))
    .map((key) => ({ field: key, message: 'is not a question of the onboarding' }));
  const context: Context = { today: regionDate(options.today ?? new Date()), options };
  return [...unknownKeys, ...CHECKS.flatMap((check) => check(value, context))];
}

/** Validates and narrows: the answers with only the known questions, or the errors. */
export function parseAnswers(
  value: unknown,
  options: AnswerValidationOptions = {},
): { ok: true; answers: OnboardingAnswers } | { ok: false; errors: FieldError[] } {
  const errors = validateAnswers(value, options);
  if (errors.length > 0 || !isObject(value)) return { ok: false, errors };
  const answers = Object.fromEntries(
    QUESTIONS.filter((key) => value[key] !== undefined).map((key) => [key, value[key]]),
  );
  // Every key was checked above, so the narrowing is what validateAnswers guarantees.
  return { ok: true, answers: answers as OnboardingAnswers };
}
