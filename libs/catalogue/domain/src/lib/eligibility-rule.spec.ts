import { validateEligibilityRules } from './eligibility-rule';

describe('validateEligibilityRules', () => {
  it('accepts a list of every rule kind', () => {
    expect(
      validateEligibilityRules([
        { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity'] },
        { kind: 'applicantAge', min: 18, max: 35 },
        { kind: 'applicantStatus', anyOf: ['unemployed', 'youth'] },
        { kind: 'businessAge', maxMonths: 36 },
        { kind: 'businessSize', allowed: ['micro', 'small'] },
        { kind: 'sectors', allowed: ['C'], excluded: ['C12'] },
        { kind: 'districts', allowed: ['karkaraly', 'shet'] },
        { kind: 'projectCost', maxKzt: 200_000_000 },
        { kind: 'ownContribution', minShare: 0.1 },
        { kind: 'certificate', certificate: 'bastau_business', issuedWithinMonths: 24 },
      ]),
    ).toEqual([]);
  });

  it('names the field of every problem by its path', () => {
    const errors = validateEligibilityRules([
      { kind: 'applicantAge', min: 40, max: 18 },
      { kind: 'sectors', allowed: ['steel'] },
      { kind: 'ownContribution', minShare: 1.5 },
      { kind: 'teleport' },
      { kind: 'businessSize', allowed: ['micro'], colour: 'red' },
    ]);
    expect(errors.map((e) => e.field)).toEqual([
      'eligibility[0].min',
      'eligibility[1].allowed[0]',
      'eligibility[2].minShare',
      'eligibility[3].kind',
      'eligibility[4].colour',
    ]);
  });

  it('refuses a rule kind given twice, a range with no bound and a non-list', () => {
    expect(validateEligibilityRules([{ kind: 'projectCost' }]).map((e) => e.field)).toEqual(['eligibility[0]']);
    expect(
      validateEligibilityRules([
        { kind: 'districts', allowed: ['nura'] },
        { kind: 'districts', allowed: ['shet'] },
      ]).map((e) => e.message),
    ).toEqual(['districts appears more than once']);
    expect(validateEligibilityRules({ kind: 'districts' })).toEqual([
      { field: 'eligibility', message: 'must be a list of rules' },
    ]);
  });
});
