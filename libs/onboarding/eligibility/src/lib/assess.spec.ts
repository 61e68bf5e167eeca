import type { EligibilityRule } from '@kbdm/catalogue/domain';
import type { OnboardingAnswers } from './answers';
import { MAX_UNMET_FOR_NEARLY, assessAll, assessProgramme, verdictOf } from './assess';

const TODAY = new Date('2026-03-10T06:00:00Z');

const met = { outcome: 'met', changeable: false } as const;
const unknown = { outcome: 'unknown', changeable: false } as const;
const fixable = { outcome: 'unmet', changeable: true } as const;
const fixed = { outcome: 'unmet', changeable: false } as const;

describe('verdictOf', () => {
  it('is eligible only when every rule is met, and for a programme with no rules', () => {
    expect(verdictOf([met, met])).toBe('eligible');
    expect(verdictOf([])).toBe('eligible');
  });

  it('is nearly with up to two changeable unmet rules', () => {
    expect(MAX_UNMET_FOR_NEARLY).toBe(2);
    expect(verdictOf([met, fixable])).toBe('nearly');
    expect(verdictOf([fixable, fixable, met])).toBe('nearly');
  });

  it('is not with three unmet rules, even all changeable', () => {
    expect(verdictOf([fixable, fixable, fixable])).toBe('not');
  });

  it('is not with any unmet rule the applicant cannot change', () => {
    expect(verdictOf([met, fixed])).toBe('not');
    expect(verdictOf([fixed, unknown])).toBe('not');
  });

  it('is nearly, never eligible nor not, when answers are only missing', () => {
    expect(verdictOf([met, unknown])).toBe('nearly');
    expect(verdictOf([unknown, unknown, unknown, fixable])).toBe('nearly');
  });
});

describe('assessProgramme', () => {
  const rules: EligibilityRule[] = [
    { kind: 'applicantAge', min: 18, max: 35 },
    { kind: 'ownContribution', minShare: 0.1 },
    { kind: 'certificate', certificate: 'bastau_business', issuedWithinMonths: 24 },
  ];

  it('gives one outcome per rule, in the programme’s order', () => {
    const result = assessProgramme(
      rules,
      { age: 29, ownMoneyKzt: 1_200_000, projectCostKzt: 20_000_000, certificates: [] },
      TODAY,
    );
    expect(result.verdict).toBe('nearly');
    expect(result.rules.map((r) => [r.kind, r.outcome, r.changeable])).toEqual([
      ['applicantAge', 'met', false],
      ['ownContribution', 'unmet', true],
      ['certificate', 'unmet', true],
    ]);
    expect(result.rules[1].explanation.en).toMatch(/^You would qualify with at least 10%/);
    expect(result.rules[2].explanation.en).toMatch(/^You would qualify with a Bastau Business certificate/);
  });

  it('says "you do not qualify" about a changeable rule once a fixed rule rules the programme out', () => {
    const result = assessProgramme(
      rules,
      { age: 40, ownMoneyKzt: 1_200_000, projectCostKzt: 20_000_000, certificates: [] },
      TODAY,
    );
    expect(result.verdict).toBe('not');
    expect(result.rules.map((r) => r.explanation.en.split(':')[0])).toEqual([
      'You do not qualify',
      'You do not qualify',
      'You do not qualify',
    ]);
    expect(result.rules[1].explanation.ru).toMatch(
      /^Вы не подходите: программа требует собственных средств не менее 10/,
    );
  });

  it('is the same for the same day whatever the hour in Karaganda', () => {
    const answers: OnboardingAnswers = { birthDate: '2008-03-11' };
    const rule: EligibilityRule[] = [{ kind: 'applicantAge', min: 18 }];
    // 23:59 on 10 March in Karaganda: still 17.
    expect(assessProgramme(rule, answers, new Date('2026-03-10T18:59:00Z')).verdict).toBe('not');
    // 00:00 on 11 March in Karaganda, still the 10th in UTC: 18 today.
    expect(assessProgramme(rule, answers, new Date('2026-03-10T19:00:00Z')).verdict).toBe('eligible');
  });
});

describe('explanations', () => {
  const RULES: EligibilityRule[] = [
    { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity'] },
    { kind: 'applicantKind', allowed: ['individual'] },
    { kind: 'applicantAge', min: 18, max: 35 },
    { kind: 'applicantAge', min: 21 },
    { kind: 'applicantAge', max: 63 },
    { kind: 'applicantStatus', anyOf: ['unemployed', 'rural_resident', 'large_family'] },
    { kind: 'businessAge', minMonths: 12, maxMonths: 36 },
    { kind: 'businessAge', minMonths: 1 },
    { kind: 'businessAge', maxMonths: 21 },
    { kind: 'businessSize', allowed: ['micro', 'small'] },
    { kind: 'sectors', allowed: ['C20', 'C23'] },
    { kind: 'sectors', excluded: ['G', 'K'] },
    { kind: 'sectors', allowed: ['A', 'C'], excluded: ['C12'] },
    { kind: 'districts', allowed: ['temirtau', 'abay'] },
    { kind: 'projectCost', minKzt: 20_000_000, maxKzt: 1_500_000_000 },
    { kind: 'projectCost', maxKzt: 35_000_000 },
    { kind: 'projectCost', minKzt: 10_000_000 },
    { kind: 'ownContribution', minShare: 0.2 },
    { kind: 'certificate', certificate: 'bastau_business', issuedWithinMonths: 24 },
  ];
  const PROFILES: OnboardingAnswers[] = [
    {},
    {
      applicantKind: 'individual',
      birthDate: '2001-06-15',
      statuses: [],
      businessAgeMonths: null,
      businessSize: 'medium',
      sectors: ['G47', 'C'],
      district: 'shet',
      projectCostKzt: 45_000_000,
      ownMoneyKzt: 1_234_567,
      certificates: [{ certificate: 'bastau_business', issuedOn: '2019-05-01' }],
    },
    {
      applicantKind: 'legal_entity',
      age: 62,
      statuses: ['rural_resident'],
      businessAgeMonths: 21,
      businessSize: 'micro',
      sectors: ['C2351'],
      district: 'abay',
      projectCostKzt: 20_000_000,
      ownMoneyKzt: 4_000_000,
      certificates: [{ certificate: 'bastau_business', issuedOn: '2025-12-01' }],
    },
    {
      applicantKind: 'individual_entrepreneur',
      age: 17,
      statuses: ['youth'],
      businessAgeMonths: 0,
      sectors: ['C12'],
      certificates: [],
    },
  ];
  // Letters Kazakh has and Russian does not.
  const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
  const CYRILLIC = /[а-яё]/i;

  const cases = PROFILES.flatMap((answers, p) =>
    RULES.map((rule, r) => ({ answers, rule, label: `profile ${p}, rule ${r}` })),
  );

  // Alone, an unmet changeable rule reads "you would qualify if…"; beside a rule nobody meets, "you do not qualify".
  it.each(cases)('reads well in every language: $label', ({ answers, rule }) => {
    const nobody: EligibilityRule = { kind: 'districts', allowed: ['nowhere'] };
    for (const verdictRules of [[rule], [rule, nobody]]) {
      const { rules } = assessProgramme(verdictRules, answers, TODAY);
      const { explanation } = rules[0];
      for (const text of [explanation.kk, explanation.ru, explanation.en]) {
        expect(text.length).toBeGreaterThan(30);
        expect(text).not.toMatch(/undefined|NaN|null|Infinity|\[object/);
        expect(text).toMatch(/[.]$/);
        expect(text).not.toMatch(/\s{2}|\s[,.;:]/);
        expect(text.replace(/^«/, '')).toMatch(/^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/);
      }
      expect(explanation.kk).toMatch(KAZAKH_LETTERS);
      expect(explanation.ru).not.toMatch(KAZAKH_LETTERS);
      expect(explanation.ru).toMatch(CYRILLIC);
      expect(explanation.en).not.toMatch(CYRILLIC);
    }
  });

  it('carries the applicant’s numbers in every language', () => {
    const answers = PROFILES[1];
    const { rules } = assessProgramme(
      [
        { kind: 'applicantAge', min: 18, max: 35 },
        { kind: 'projectCost', maxKzt: 35_000_000 },
        { kind: 'ownContribution', minShare: 0.2 },
        { kind: 'certificate', certificate: 'bastau_business', issuedWithinMonths: 24 },
      ],
      answers,
      TODAY,
    );
    const [age, cost, own, certificate] = rules.map((r) => r.explanation);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const digits = (text: string) => text.replace(/[\u00a0,]/g, '');
      expect(age[lang]).toContain('24');
      expect(digits(cost[lang])).toContain('45000000');
      expect(digits(cost[lang])).toContain('35000000');
      expect(digits(own[lang])).toContain('1234567');
      expect(own[lang]).toMatch(/2[.,]7/);
      expect(certificate[lang]).toMatch(/2019/);
    }
  });
});

describe('assessAll', () => {
  const programme = (code: string, eligibility: EligibilityRule[]) => ({ code, currentVersion: { eligibility } });
  const programmes = [
    programme('z-open', []),
    programme('y-too-old', [{ kind: 'applicantAge', max: 30 }]),
    programme('x-two-fixes', [
      { kind: 'ownContribution', minShare: 0.5 },
      { kind: 'projectCost', maxKzt: 1_000_000 },
    ]),
    programme('w-one-fix', [{ kind: 'projectCost', maxKzt: 1_000_000 }]),
    programme('v-unknown', [{ kind: 'businessSize', allowed: ['micro'] }]),
    programme('a-open', [{ kind: 'applicantAge', min: 18 }]),
  ];

  it('sorts eligible, nearly, not; fewer unmet then fewer unknown first; then by code', () => {
    const result = assessAll(programmes, { age: 40, ownMoneyKzt: 1_000_000, projectCostKzt: 5_000_000 }, TODAY);
    expect(result.programmes.map((p) => [p.programme.code, p.verdict])).toEqual([
      ['a-open', 'eligible'],
      ['z-open', 'eligible'],
      ['v-unknown', 'nearly'],
      ['w-one-fix', 'nearly'],
      ['x-two-fixes', 'nearly'],
      ['y-too-old', 'not'],
    ]);
    expect(result.summary).toEqual({ eligible: 2, nearly: 3, not: 1, total: 6 });
  });

  it('keeps the caller’s programme objects and does not depend on their order', () => {
    const answers = { age: 40 };
    const forward = assessAll(programmes, answers, TODAY).programmes.map((p) => p.programme.code);
    const backward = assessAll([...programmes].reverse(), answers, TODAY).programmes.map((p) => p.programme.code);
    expect(backward).toEqual(forward);
    expect(assessAll(programmes, answers, TODAY).programmes[0].programme).toBe(programmes[5]);
  });
});
