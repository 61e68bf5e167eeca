import { validateEligibilityRules } from '@kbdm/catalogue/domain';
import { parseAnswers, validateAnswers } from './validate-answers';

const TODAY = new Date('2026-03-10T06:00:00Z');
const validate = (value: unknown, options = {}) => validateAnswers(value, { today: TODAY, ...options });
const fields = (value: unknown, options = {}) => validate(value, options).map((e) => e.field);

const COMPLETE = {
  applicantKind: 'individual',
  birthDate: '2001-06-15',
  statuses: ['unemployed', 'youth'],
  businessAgeMonths: null,
  businessSize: 'micro',
  sectors: ['C23', 'C2351'],
  district: 'shet',
  projectCostKzt: 15_000_000,
  ownMoneyKzt: 2_000_000,
  experienceYears: 1.5,
  certificates: [{ certificate: 'bastau_business', issuedOn: '2025-11-20' }],
};
const MINIMAL = { applicantKind: 'legal_entity', age: 40, district: 'temirtau' };

describe('validateAnswers', () => {
  it('accepts a complete questionnaire and a minimal one', () => {
    expect(validate(COMPLETE)).toEqual([]);
    expect(validate(MINIMAL)).toEqual([]);
  });

  it('allows more money of one’s own than the project costs', () => {
    expect(validate({ ...MINIMAL, projectCostKzt: 1_000_000, ownMoneyKzt: 5_000_000 })).toEqual([]);
  });

  it('refuses what is not an object', () => {
    for (const junk of [null, undefined, 'answers', 42, [], [MINIMAL]]) {
      expect(validate(junk)).toEqual([{ field: 'answers', message: 'must be an object' }]);
    }
  });

  it('requires applicant kind, district and a birth date or age', () => {
    expect(validate({})).toEqual([
      { field: 'applicantKind', message: 'is required' },
      { field: 'birthDate', message: 'is required, or give age instead' },
      { field: 'district', message: 'is required' },
    ]);
  });

  it('refuses the issue’s wrong answers with the field named: negative money, unknown district, age 7', () => {
    const errors = validate(
      { ...MINIMAL, age: 7, ownMoneyKzt: -5, district: 'atlantis' },
      { districtCodes: ['temirtau', 'shet'] },
    );
    expect(errors).toEqual([
      { field: 'age', message: 'must be a whole number from 16 to 100' },
      { field: 'district', message: 'is not a district of the region: atlantis' },
      { field: 'ownMoneyKzt', message: 'must be a number from 0 to 1000000000000' },
    ]);
  });

  it('refuses numbers that are not finite numbers', () => {
    for (const junk of [NaN, Infinity, -Infinity, '2000000', true, {}, null]) {
      expect(fields({ ...MINIMAL, ownMoneyKzt: junk })).toEqual(['ownMoneyKzt']);
    }
    expect(fields({ ...MINIMAL, projectCostKzt: 0 })).toEqual(['projectCostKzt']);
    expect(fields({ ...MINIMAL, projectCostKzt: 2e12 })).toEqual(['projectCostKzt']);
    expect(fields({ ...MINIMAL, experienceYears: -1 })).toEqual(['experienceYears']);
    expect(fields({ ...MINIMAL, age: 30.5 })).toEqual(['age']);
    expect(fields({ ...MINIMAL, businessAgeMonths: 3.5 })).toEqual(['businessAgeMonths']);
    expect(fields({ ...MINIMAL, businessAgeMonths: -1 })).toEqual(['businessAgeMonths']);
  });

  it('checks birth dates: real, not in the future, and a plausible age', () => {
    expect(fields({ ...MINIMAL, age: undefined, birthDate: '2001-02-30' })).toEqual(['birthDate']);
    expect(fields({ ...MINIMAL, age: undefined, birthDate: '15.06.2001' })).toEqual(['birthDate']);
    expect(fields({ ...MINIMAL, age: undefined, birthDate: '2027-01-01' })).toEqual(['birthDate']);
    expect(validate({ ...MINIMAL, age: undefined, birthDate: '2019-01-01' })).toEqual([
      { field: 'birthDate', message: 'gives an age of 7; applicants are 16 to 100 years old' },
    ]);
    // Sixteen today is old enough; sixteen tomorrow is not yet.
    expect(fields({ ...MINIMAL, age: undefined, birthDate: '2010-03-10' })).toEqual([]);
    expect(fields({ ...MINIMAL, age: undefined, birthDate: '2010-03-11' })).toEqual(['birthDate']);
  });

  it('wants a birth date or an age, not both', () => {
    expect(validate({ ...MINIMAL, birthDate: '1986-01-01' })).toEqual([
      { field: 'age', message: 'give either birthDate or age, not both' },
    ]);
  });

  it('names the wrong entry of a list by its index', () => {
    expect(fields({ ...MINIMAL, sectors: ['C23', 'C23.1', 7, 'c23', 'C23'] })).toEqual([
      'sectors[1]',
      'sectors[2]',
      'sectors[3]',
      'sectors[4]',
    ]);
    expect(validate({ ...MINIMAL, sectors: ['C23', 'C23'] })).toEqual([
      { field: 'sectors[1]', message: 'repeats sectors[0]' },
    ]);
    expect(fields({ ...MINIMAL, statuses: ['youth', 'retired'] })).toEqual(['statuses[1]']);
    expect(fields({ ...MINIMAL, statuses: 'youth' })).toEqual(['statuses']);
    expect(fields({ ...MINIMAL, sectors: Array.from({ length: 11 }, (_, i) => `C${10 + i}`) })).toEqual(['sectors']);
  });

  it('checks sectors against the catalogue when given its codes', () => {
    expect(fields({ ...MINIMAL, sectors: ['C23', 'C99'] }, { sectorCodes: ['C', 'C23'] })).toEqual(['sectors[1]']);
  });

  it('checks each certificate’s kind and date', () => {
    expect(
      fields({
        ...MINIMAL,
        certificates: [
          { certificate: 'bastau_business', issuedOn: '2025-01-01' },
          { certificate: 'driving_licence', issuedOn: '2025-01-01' },
          { certificate: 'bastau_business', issuedOn: '2026-03-11' },
          { certificate: 'bastau_business' },
          { certificate: 'bastau_business', issuedOn: '2025-01-01', grade: 'A' },
          'bastau_business',
        ],
      }),
    ).toEqual([
      'certificates[1].certificate',
      'certificates[2].issuedOn',
      'certificates[3].issuedOn',
      'certificates[4].grade',
      'certificates[5]',
    ]);
    expect(fields({ ...MINIMAL, certificates: {} })).toEqual(['certificates']);
  });

  it('refuses unknown questions and wrong choices', () => {
    expect(validate({ ...MINIMAL, favouriteColour: 'red', applicantKind: 'robot', businessSize: 'huge' })).toEqual([
      { field: 'favouriteColour', message: 'is not a question of the onboarding' },
      {
        field: 'applicantKind',
        message: 'must be one of individual, individual_entrepreneur, legal_entity, agricultural_cooperative',
      },
      { field: 'businessSize', message: 'must be one of micro, small, medium, large' },
    ]);
    expect(fields({ ...MINIMAL, district: 'Temirtau' })).toEqual(['district']);
    expect(fields({ ...MINIMAL, district: 42 })).toEqual(['district']);
  });

  it('does not trip over names an object inherits', () => {
    expect(fields({ ...MINIMAL, toString: 'x', constructor: 1 })).toEqual(['toString', 'constructor']);
    expect(fields({ ...MINIMAL, applicantKind: 'toString' })).toEqual(['applicantKind']);
  });
});

describe('parseAnswers', () => {
  it('gives the answers narrowed to the questions, or the errors', () => {
    expect(parseAnswers(COMPLETE, { today: TODAY })).toEqual({ ok: true, answers: COMPLETE });
    expect(parseAnswers({ ...MINIMAL, age: 7 }, { today: TODAY })).toEqual({
      ok: false,
      errors: [{ field: 'age', message: 'must be a whole number from 16 to 100' }],
    });
  });
});

describe('validateEligibilityRules (the rules this engine reads)', () => {
  it('refuses a rule kind named like an inherited property instead of throwing', () => {
    for (const kind of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(validateEligibilityRules([{ kind }]).map((e) => e.field)).toEqual(['eligibility[0].kind']);
    }
  });
});
