import type { FieldError } from '@kbdm/shared/domain';

export const APPLICANT_KINDS = [
  'individual',
  'individual_entrepreneur',
  'legal_entity',
  'agricultural_cooperative',
] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export const APPLICANT_STATUSES = [
  'unemployed',
  'youth',
  'woman',
  'person_with_disability',
  'rural_resident',
  'large_family',
  'self_employed',
] as const;
export type ApplicantStatus = (typeof APPLICANT_STATUSES)[number];

export const BUSINESS_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type BusinessSize = (typeof BUSINESS_SIZES)[number];

export const CERTIFICATES = ['bastau_business'] as const;
export type Certificate = (typeof CERTIFICATES)[number];

/**
 * One condition of a programme, kept as data so that matching can explain itself.
 * Every bound is inclusive. A sector code covers every code under it (`C` covers `C23`).
 */
export type EligibilityRule =
  | { kind: 'applicantKind'; allowed: ApplicantKind[] }
  | { kind: 'applicantAge'; min?: number; max?: number }
  | { kind: 'applicantStatus'; anyOf: ApplicantStatus[] }
  | { kind: 'businessAge'; minMonths?: number; maxMonths?: number }
  | { kind: 'businessSize'; allowed: BusinessSize[] }
  | { kind: 'sectors'; allowed?: string[]; excluded?: string[] }
  | { kind: 'districts'; allowed: string[] }
  | { kind: 'projectCost'; minKzt?: number; maxKzt?: number }
  | { kind: 'ownContribution'; minShare: number }
  | { kind: 'certificate'; certificate: Certificate; issuedWithinMonths: number };

export type EligibilityRuleKind = EligibilityRule['kind'];

export const ELIGIBILITY_RULE_KINDS: readonly EligibilityRuleKind[] = [
  'applicantKind',
  'applicantAge',
  'applicantStatus',
  'businessAge',
  'businessSize',
  'sectors',
  'districts',
  'projectCost',
  'ownContribution',
  'certificate',
];

const SECTOR_CODE = /^[A-U](\d{2}(\d{1,3})?)?$/;
const DISTRICT_CODE = /^[a-z][a-z0-9-]*$/;

type Checker = (rule: Record<string, unknown>, at: string, errors: FieldError[]) => void;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonNegativeNumber(
  rule: Record<string, unknown>,
  key: string,
  at: string,
  errors: FieldError[],
  required: boolean,
): void {
  const value = rule[key];
  if (value === undefined) {
    if (required) errors.push({ field: `${at}.${key}`, message: 'is required' });
    return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    errors.push({ field: `${at}.${key}`, message: 'must be a number not below 0' });
  }
}

function range(minKey: string, maxKey: string): Checker {
  return (rule, at, errors) => {
    nonNegativeNumber(rule, minKey, at, errors, false);
    nonNegativeNumber(rule, maxKey, at, errors, false);
    const min = rule[minKey];
    const max = rule[maxKey];
    if (min === undefined && max === undefined) {
      errors.push({ field: at, message: `needs ${minKey} or ${maxKey}` });
    } else if (typeof min === 'number' && typeof max === 'number' && min > max) {
      errors.push({ field: `${at}.${minKey}`, message: `must not exceed ${maxKey}` });
    }
  };
}

function listOf(key: string, allowed: readonly string[] | RegExp, required = true): Checker {
  return (rule, at, errors) => {
    const value = rule[key];
    if (value === undefined && !required) return;
    if (!Array.isArray(value) || value.length === 0) {
      errors.push({ field: `${at}.${key}`, message: 'must be a non-empty list' });
      return;
    }
    value.forEach((item, i) => {
      const ok =
        typeof item === 'string' && (Array.isArray(allowed) ? allowed.includes(item) : (allowed as RegExp).test(item));
      if (!ok) errors.push({ field: `${at}.${key}[${i}]`, message: `is not a known value: ${JSON.stringify(item)}` });
    });
  };
}

const CHECKERS: Record<EligibilityRuleKind, { keys: string[]; check: Checker }> = {
  applicantKind: { keys: ['allowed'], check: listOf('allowed', APPLICANT_KINDS) },
  applicantAge: { keys: ['min', 'max'], check: range('min', 'max') },
  applicantStatus: { keys: ['anyOf'], check: listOf('anyOf', APPLICANT_STATUSES) },
  businessAge: { keys: ['minMonths', 'maxMonths'], check: range('minMonths', 'maxMonths') },
  businessSize: { keys: ['allowed'], check: listOf('allowed', BUSINESS_SIZES) },
  sectors: {
    keys: ['allowed', 'excluded'],
    check: (rule, at, errors) => {
      if (rule['allowed'] === undefined && rule['excluded'] === undefined) {
        errors.push({ field: at, message: 'needs allowed or excluded' });
      }
      listOf('allowed', SECTOR_CODE, false)(rule, at, errors);
      listOf('excluded', SECTOR_CODE, false)(rule, at, errors);
    },
  },
  districts: { keys: ['allowed'], check: listOf('allowed', DISTRICT_CODE) },
  projectCost: { keys: ['minKzt', 'maxKzt'], check: range('minKzt', 'maxKzt') },
  ownContribution: {
    keys: ['minShare'],
    check: (rule, at, errors) => {
      const share = rule['minShare'];
      if (typeof share !== 'number' || !(share >= 0 && share <= 1)) {
        errors.push({ field: `${at}.minShare`, message: 'must be a share between 0 and 1' });
      }
    },
  },
  certificate: {
    keys: ['certificate', 'issuedWithinMonths'],
    check: (rule, at, errors) => {
      if (!CERTIFICATES.includes(rule['certificate'] as Certificate)) {
        errors.push({ field: `${at}.certificate`, message: `must be one of ${CERTIFICATES.join(', ')}` });
      }
      nonNegativeNumber(rule, 'issuedWithinMonths', at, errors, true);
    },
  },
};

/**
 * Checks that `value` is a list of well-formed eligibility rules. Returns one error per
 * problem, each naming the field by its path (`eligibility[2].max`); an empty list means valid.
 */
export function validateEligibilityRules(value: unknown, path = 'eligibility'): FieldError[] {
  const errors: FieldError[] = [];
  if (!Array.isArray(value)) {
    return [{ field: path, message: 'must be a list of rules' }];
  }
  const seen = new Set<string>();
  value.forEach((rule, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(rule)) {
      errors.push({ field: at, message: 'must be an object' });
      return;
    }
    const kind = rule['kind'];
    // An own-key check: `in` also finds inherited names, so { kind: 'toString' } used to throw.
    if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(CHECKERS, kind)) {
      errors.push({ field: `${at}.kind`, message: `must be one of ${ELIGIBILITY_RULE_KINDS.join(', ')}` });
      return;
    }
    if (seen.has(kind)) {
      errors.push({ field: `${at}.kind`, message: `${kind} appears more than once` });
    }
    seen.add(kind);
    const { keys, check } = CHECKERS[kind as EligibilityRuleKind];
    for (const key of Object.keys(rule)) {
      if (key !== 'kind' && !keys.includes(key)) {
        errors.push({ field: `${at}.${key}`, message: 'is not a field of this rule' });
      }
    }
    check(rule, at, errors);
  });
  return errors;
}
