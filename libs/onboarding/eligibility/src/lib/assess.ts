import type { EligibilityRule, EligibilityRuleKind } from '@kbdm/catalogue/domain';
import type { OnboardingAnswers } from './answers';
import { ageOn, regionDate } from './calendar';
import { evaluateApplicantAge, evaluateApplicantKind, evaluateApplicantStatus } from './rules/applicant-rules';
import { evaluateBusinessAge, evaluateBusinessSize, evaluateDistricts, evaluateSectors } from './rules/business-rules';
import { evaluateCertificate } from './rules/certificate-rule';
import { evaluateOwnContribution, evaluateProjectCost } from './rules/money-rules';
import type { CatalogueNames, Profile, RuleEvaluation, RuleOutcomeKind, Verdict } from './rules/rule-evaluation';
import type { TrilingualText } from './text';

/** One rule of a programme as it applies to the applicant. */
export type RuleOutcome = {
  kind: EligibilityRuleKind;
  outcome: RuleOutcomeKind;
  /** Whether the applicant could meet it by acting now (register, save, re-scope, train). */
  changeable: boolean;
  explanation: TrilingualText;
};

export type ProgrammeAssessment = {
  verdict: Verdict;
  /** One outcome per rule, in the programme's order. */
  rules: RuleOutcome[];
};

/** A nearly verdict leaves at most this many rules to fix: more is a different plan, not "nearly". */
export const MAX_UNMET_FOR_NEARLY = 2;

/** Derives once what the rules share: today in the region and the age (birth date wins over a stated age). */
export function profileOf(answers: OnboardingAnswers, today: Date, names: CatalogueNames = {}): Profile {
  const day = regionDate(today);
  const fromBirthDate = answers.birthDate === undefined ? null : ageOn(answers.birthDate, day);
  return { answers, today: day, age: fromBirthDate ?? answers.age, names };
}

/** Checks one rule; the switch has no default so that a new rule kind fails to compile here. */
export function evaluateRule(rule: EligibilityRule, profile: Profile): RuleEvaluation {
  switch (rule.kind) {
    case 'applicantKind':
      return evaluateApplicantKind(rule, profile);
    case 'applicantAge':
      return evaluateApplicantAge(rule, profile);
    case 'applicantStatus':
      return evaluateApplicantStatus(rule, profile);
    case 'businessAge':
      return evaluateBusinessAge(rule, profile);
    case 'businessSize':
      return evaluateBusinessSize(rule, profile);
    case 'sectors':
      return evaluateSectors(rule, profile);
    case 'districts':
      return evaluateDistricts(rule, profile);
    case 'projectCost':
      return evaluateProjectCost(rule, profile);
    case 'ownContribution':
      return evaluateOwnContribution(rule, profile);
    case 'certificate':
      return evaluateCertificate(rule, profile);
  }
}

/**
 * The verdict from the rules' outcomes:
 * - eligible: every rule is met (a programme with no rules is open to all);
 * - not: a rule the applicant cannot change is unmet (age, status, business age or size,
 *   sector, district), or more than MAX_UNMET_FOR_NEARLY rules are unmet;
 * - nearly: otherwise — one or two unmet rules the applicant can change (applicant kind by
 *   registering, project cost, own contribution, certificate) and/or rules we cannot judge
 *   because an answer is missing. A missing answer never makes a programme eligible on a
 *   guess, nor rules it out.
 */
export function verdictOf(outcomes: readonly Pick<RuleOutcome, 'outcome' | 'changeable'>[]): Verdict {
  const unmet = outcomes.filter((o) => o.outcome === 'unmet');
  if (unmet.length > MAX_UNMET_FOR_NEARLY || unmet.some((o) => !o.changeable)) return 'not';
  return outcomes.every((o) => o.outcome === 'met') ? 'eligible' : 'nearly';
}

/**
 * Assesses a programme's rules (its version's `eligibility`) against the answers on `today`.
 * Pure: the same rules, answers and day give the same assessment. `names` lets the
 * explanations name districts and sectors instead of showing their codes.
 */
export function assessProgramme(
  rules: readonly EligibilityRule[],
  answers: OnboardingAnswers,
  today: Date,
  names: CatalogueNames = {},
): ProgrammeAssessment {
  const profile = profileOf(answers, today, names);
  const evaluations = rules.map((rule) => ({ kind: rule.kind, ...evaluateRule(rule, profile) }));
  const verdict = verdictOf(evaluations);
  return {
    verdict,
    rules: evaluations.map(({ kind, outcome, changeable, explain }) => ({
      kind,
      outcome,
      changeable,
      explanation: explain(verdict),
    })),
  };
}

/** What `assessAll` needs of a programme: a code to sort by and the rules in force. */
export type AssessableProgramme = {
  code: string;
  currentVersion: { eligibility: readonly EligibilityRule[] };
};

export type AssessedProgramme<P extends AssessableProgramme> = ProgrammeAssessment & { programme: P };

export type AssessmentSummary = Record<Verdict, number> & { total: number };

export type Assessments<P extends AssessableProgramme> = {
  programmes: AssessedProgramme<P>[];
  summary: AssessmentSummary;
};

const VERDICT_ORDER: Record<Verdict, number> = { eligible: 0, nearly: 1, not: 2 };

const countOf = (assessment: ProgrammeAssessment, outcome: RuleOutcomeKind) =>
  assessment.rules.filter((r) => r.outcome === outcome).length;

/** Eligible first, then nearly, then not; within a verdict the fewest unmet, then fewest unknown, then code. */
export function compareAssessments<P extends AssessableProgramme>(
  a: AssessedProgramme<P>,
  b: AssessedProgramme<P>,
): number {
  return (
    VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
    countOf(a, 'unmet') - countOf(b, 'unmet') ||
    countOf(a, 'unknown') - countOf(b, 'unknown') ||
    (a.programme.code < b.programme.code ? -1 : a.programme.code > b.programme.code ? 1 : 0)
  );
}

/**
 * Assesses every programme given (pass the active ones: a historical programme's last version
 * is no longer in force), sorted eligible → nearly → not, with a count per verdict.
 */
export function assessAll<P extends AssessableProgramme>(
  programmes: readonly P[],
  answers: OnboardingAnswers,
  today: Date,
  names: CatalogueNames = {},
): Assessments<P> {
  const assessed = programmes
    .map((programme) => ({
      programme,
      ...assessProgramme(programme.currentVersion.eligibility, answers, today, names),
    }))
    .sort(compareAssessments);
  const summary: AssessmentSummary = { eligible: 0, nearly: 0, not: 0, total: assessed.length };
  for (const { verdict } of assessed) summary[verdict] += 1;
  return { programmes: assessed, summary };
}
