import type { EligibilityRule } from '@kbdm/catalogue/domain';
import type { OnboardingAnswers } from './answers';
import { assessAll } from './assess';

/*
 * The rules of the version in force of each of the ten demo programmes, copied from
 * apps/api/src/database/demo-data/programmes.ts: a library may not import an app's files
 * (@nx/enforce-module-boundaries), so the copy has to be kept in step by hand. The API's
 * integration tests run the same profile against the real seeded data.
 */
const RURAL = ['abay', 'aktogay', 'bukhar-zhyrau', 'karkaraly', 'nura', 'osakarov', 'shet'];
const DEMO_RULES: Record<string, EligibilityRule[]> = {
  'damu-interest-subsidy': [
    { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity', 'agricultural_cooperative'] },
    { kind: 'businessSize', allowed: ['micro', 'small'] },
  ],
  'damu-loan-guarantee': [
    { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity'] },
    { kind: 'businessSize', allowed: ['micro', 'small', 'medium'] },
    { kind: 'sectors', excluded: ['B', 'K'] },
    { kind: 'ownContribution', minShare: 0.2 },
  ],
  'damu-microcredit': [
    { kind: 'applicantKind', allowed: ['individual', 'individual_entrepreneur'] },
    { kind: 'businessSize', allowed: ['micro'] },
    { kind: 'certificate', certificate: 'bastau_business', issuedWithinMonths: 24 },
    { kind: 'projectCost', maxKzt: 35_000_000 },
  ],
  'grants-new-entrepreneurs': [
    {
      kind: 'applicantStatus',
      anyOf: ['youth', 'woman', 'person_with_disability', 'large_family', 'unemployed', 'rural_resident'],
    },
    { kind: 'businessAge', maxMonths: 36 },
    { kind: 'sectors', allowed: ['A', 'C', 'F', 'I', 'Q', 'R'] },
    { kind: 'ownContribution', minShare: 0.1 },
    { kind: 'certificate', certificate: 'bastau_business', issuedWithinMonths: 24 },
  ],
  'bastau-business': [
    { kind: 'applicantKind', allowed: ['individual', 'individual_entrepreneur'] },
    { kind: 'applicantAge', min: 18 },
    {
      kind: 'applicantStatus',
      anyOf: [
        'unemployed',
        'self_employed',
        'rural_resident',
        'youth',
        'woman',
        'large_family',
        'person_with_disability',
      ],
    },
    { kind: 'districts', allowed: [...RURAL, 'saran', 'shakhtinsk', 'priozersk'] },
  ],
  'service-support': [
    {
      kind: 'applicantKind',
      allowed: ['individual', 'individual_entrepreneur', 'legal_entity', 'agricultural_cooperative'],
    },
    { kind: 'businessSize', allowed: ['micro', 'small', 'medium'] },
  ],
  'regional-manufacturing-cofinancing': [
    { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity'] },
    { kind: 'sectors', allowed: ['C20', 'C21', 'C23', 'C24', 'C25', 'C32'] },
    { kind: 'projectCost', minKzt: 20_000_000, maxKzt: 1_500_000_000 },
    { kind: 'ownContribution', minShare: 0.2 },
    { kind: 'businessAge', minMonths: 12 },
    { kind: 'businessSize', allowed: ['small', 'medium'] },
  ],
  'small-towns-microcredit': [
    { kind: 'applicantKind', allowed: ['individual', 'individual_entrepreneur'] },
    { kind: 'applicantAge', min: 18, max: 63 },
    { kind: 'districts', allowed: ['temirtau', 'balkhash', 'saran', 'shakhtinsk', 'priozersk', 'abay'] },
    { kind: 'businessSize', allowed: ['micro', 'small'] },
    { kind: 'projectCost', maxKzt: 30_000_000 },
    { kind: 'sectors', excluded: ['G', 'K'] },
  ],
  'agri-investment-subsidy': [
    { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity', 'agricultural_cooperative'] },
    { kind: 'sectors', allowed: ['A01', 'C10'] },
    { kind: 'projectCost', minKzt: 10_000_000 },
  ],
  'rural-microcredit': [
    { kind: 'applicantKind', allowed: ['individual', 'individual_entrepreneur', 'agricultural_cooperative'] },
    { kind: 'applicantStatus', anyOf: ['rural_resident'] },
    { kind: 'applicantAge', min: 18, max: 65 },
    { kind: 'districts', allowed: RURAL },
    { kind: 'sectors', allowed: ['A', 'C10', 'C13', 'C14', 'I'] },
  ],
};

const PROGRAMMES = Object.entries(DEMO_RULES).map(([code, eligibility]) => ({ code, currentVersion: { eligibility } }));
const TODAY = new Date('2026-03-10T06:00:00Z');

describe('the demo programmes', () => {
  it('give a 24-year-old unemployed person in Shet with a micro C23 project a known set of verdicts', () => {
    const answers: OnboardingAnswers = {
      applicantKind: 'individual',
      birthDate: '2001-06-15',
      statuses: ['unemployed'],
      businessAgeMonths: null,
      businessSize: 'micro',
      sectors: ['C23'],
      district: 'shet',
      projectCostKzt: 15_000_000,
      ownMoneyKzt: 2_000_000,
      certificates: [],
    };
    const { programmes, summary } = assessAll(PROGRAMMES, answers, TODAY);

    expect(programmes.map((p) => [p.programme.code, p.verdict])).toEqual([
      ['bastau-business', 'eligible'],
      ['service-support', 'eligible'],
      // One thing to do: register, or take the Bastau Business training.
      ['damu-interest-subsidy', 'nearly'],
      ['damu-microcredit', 'nearly'],
      ['grants-new-entrepreneurs', 'nearly'],
      // Two: register and bring 20 % of the cost (13.3 % now).
      ['damu-loan-guarantee', 'nearly'],
      // Shet is not a small town.
      ['small-towns-microcredit', 'not'],
      // C23 is neither farming nor food.
      ['agri-investment-subsidy', 'not'],
      // Not a declared rural resident, and C23 is outside the rural sectors.
      ['rural-microcredit', 'not'],
      // A registered small or medium business of at least a year is needed.
      ['regional-manufacturing-cofinancing', 'not'],
    ]);
    expect(summary).toEqual({ eligible: 2, nearly: 4, not: 4, total: 10 });

    const guarantee = programmes.find((p) => p.programme.code === 'damu-loan-guarantee');
    expect(guarantee?.rules.map((r) => [r.kind, r.outcome])).toEqual([
      ['applicantKind', 'unmet'],
      ['businessSize', 'met'],
      ['sectors', 'met'],
      ['ownContribution', 'unmet'],
    ]);
    expect(guarantee?.rules[3].explanation.en.replace(/\u00a0/g, ' ')).toBe(
      'You would qualify with at least 20% of the cost of your own: you have 13.3% (2,000,000 ₸ of 15,000,000 ₸), 1,000,000 ₸ short.',
    );
    const cofinancing = programmes.find((p) => p.programme.code === 'regional-manufacturing-cofinancing');
    expect(cofinancing?.rules.filter((r) => r.outcome === 'unmet').map((r) => r.kind)).toEqual([
      'applicantKind',
      'projectCost',
      'ownContribution',
      'businessAge',
      'businessSize',
    ]);
  });

  it('give the browser test’s 23-year-old baker in Temirtau at least one eligible programme with its reasons', () => {
    const answers: OnboardingAnswers = {
      applicantKind: 'individual',
      age: 23,
      statuses: ['youth'],
      businessAgeMonths: null,
      businessSize: 'micro',
      sectors: ['C10'],
      district: 'temirtau',
      projectCostKzt: 10_000_000,
      ownMoneyKzt: 2_000_000,
      certificates: [],
    };
    const { programmes } = assessAll(PROGRAMMES, answers, TODAY);
    const eligible = programmes.filter((p) => p.verdict === 'eligible').map((p) => p.programme.code);
    expect(eligible).toEqual(['service-support', 'small-towns-microcredit']);
    const smallTowns = programmes.find((p) => p.programme.code === 'small-towns-microcredit');
    expect(smallTowns?.rules.every((r) => r.explanation.en.startsWith('You qualify:'))).toBe(true);
  });

  it('leave a programme nearly, never eligible, when an answer it needs is missing', () => {
    const { programmes } = assessAll(PROGRAMMES, { applicantKind: 'individual', age: 30, district: 'nura' }, TODAY);
    const bastau = programmes.find((p) => p.programme.code === 'bastau-business');
    expect(bastau?.verdict).toBe('nearly');
    expect(bastau?.rules.find((r) => r.kind === 'applicantStatus')?.outcome).toBe('unknown');
  });
});
