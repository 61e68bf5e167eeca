import type { ApplicantKind, ApplicantStatus, BusinessSize, Certificate } from '@kbdm/catalogue/domain';

/** A certificate the applicant holds, with its ISO issue date (YYYY-MM-DD). */
export type HeldCertificate = {
  certificate: Certificate;
  issuedOn: string;
};

/**
 * What the onboarding questionnaire asks. Every field is optional so that a draft or a
 * partial answer can be assessed: a missing answer makes the rules that need it `unknown`,
 * never `unmet`. `validateAnswers` decides what the API insists on.
 */
export type OnboardingAnswers = {
  applicantKind?: ApplicantKind;
  /** ISO date (YYYY-MM-DD); wins over `age` when both are known. */
  birthDate?: string;
  /** Whole years, for someone who would rather not give a birth date. */
  age?: number;
  statuses?: ApplicantStatus[];
  /** Months since the business was registered; `null` when there is no business yet. */
  businessAgeMonths?: number | null;
  /** The size of the business, or of the one being planned. */
  businessSize?: BusinessSize;
  /** OKED codes the applicant is interested in (`C`, `C23`, `C2351`). */
  sectors?: string[];
  /** District code (`shet`, `temirtau`). */
  district?: string;
  projectCostKzt?: number;
  ownMoneyKzt?: number;
  /** Years of running or working in a business. */
  experienceYears?: number;
  /** `[]` means "none"; a missing list means the question was not answered. */
  certificates?: HeldCertificate[];
};

/** The portal serves adults who could register a business: younger or older is a typo. */
export const MIN_APPLICANT_AGE = 16;
export const MAX_APPLICANT_AGE = 100;
/** Caps that keep junk out without refusing any real project (KZT 1 trillion). */
export const MAX_AMOUNT_KZT = 1_000_000_000_000;
export const MAX_BUSINESS_AGE_MONTHS = 1200;
export const MAX_EXPERIENCE_YEARS = 80;
export const MAX_SECTORS = 10;
export const MAX_CERTIFICATES = 10;
