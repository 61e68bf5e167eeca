import { amountLimits, type ApplicationForm, missingAnswers, normalizePhone, parseForm } from './application-form';

const CONTEXT = { districtCodes: ['temirtau', 'karaganda'], sectorCodes: ['C23', 'C10'] };
const PROGRAMME = { ...CONTEXT, amount: { min: 1_000_000, max: 200_000_000 } };

const COMPLETE: ApplicationForm = {
  applicantKind: 'individual_entrepreneur',
  applicantName: 'IP Bekova A.',
  binIin: '900101300017',
  contactPhone: '+77011234567',
  projectTitle: 'Bakery in Temirtau',
  projectDescription: 'Bread for the town’s schools.',
  districtCode: 'temirtau',
  sectorCode: 'C10',
  requestedAmountKzt: 20_000_000,
  projectCostKzt: 30_000_000,
  ownContributionKzt: 10_000_000,
  plannedJobs: 4,
};

const fields = (raw: unknown, context: Parameters<typeof parseForm>[1] = CONTEXT) => {
  const check = parseForm(raw, context);
  return check.ok ? [] : check.errors.map((e) => e.field);
};

describe('the application form', () => {
  it('accepts a complete form and trims its text', () => {
    const check = parseForm({ ...COMPLETE, applicantName: '  IP Bekova A. ' }, PROGRAMME);
    expect(check).toEqual({ ok: true, form: COMPLETE });
    expect(missingAnswers(COMPLETE, PROGRAMME)).toEqual([]);
  });

  it('accepts an empty or partial draft, and names what a submission still needs', () => {
    expect(parseForm(undefined, CONTEXT)).toEqual({ ok: true, form: {} });
    const partial = parseForm({ projectTitle: 'Bakery' }, PROGRAMME);
    expect(partial.ok).toBe(true);
    const missing = missingAnswers(partial.ok ? partial.form : {}, PROGRAMME).map((e) => e.field);
    expect(missing).toContain('form.binIin');
    expect(missing).toContain('form.requestedAmountKzt');
    expect(missing).not.toContain('form.projectTitle');
    // An opportunity pays out nothing: no amount is asked.
    expect(missingAnswers(COMPLETE, CONTEXT)).toEqual([]);
    expect(missingAnswers({ ...COMPLETE, requestedAmountKzt: undefined }, CONTEXT)).toEqual([]);
  });

  it('names each wrong field', () => {
    expect(
      fields({
        applicantKind: 'alien',
        binIin: '900101300018',
        contactPhone: '+1 555 0100',
        districtCode: 'almaty',
        sectorCode: 'Z99',
        plannedJobs: 2.5,
        projectCostKzt: '100',
        colour: 'blue',
      }),
    ).toEqual([
      'form.colour',
      'form.applicantKind',
      'form.binIin',
      'form.contactPhone',
      'form.districtCode',
      'form.sectorCode',
      'form.projectCostKzt',
      'form.plannedJobs',
    ]);
    expect(fields([])).toEqual(['form']);
    expect(fields({ projectTitle: 'x'.repeat(201) })).toEqual(['form.projectTitle']);
  });

  it('takes a phone number as people write it and keeps one form of it', () => {
    for (const written of ['+7 701 123 45 67', '8 (701) 123-45-67', '87011234567', '7 701 1234567']) {
      expect(normalizePhone(written)).toBe('+77011234567');
    }
    for (const wrong of ['+1 555 0100', '+7 701 123 45', '8 701 123 45 678', '+7 701 abc 45 67']) {
      expect(normalizePhone(wrong)).toBeNull();
    }
    const check = parseForm({ contactPhone: ' 8 701 123 45 67 ' }, CONTEXT);
    expect(check).toEqual({ ok: true, form: { contactPhone: '+77011234567' } });
  });

  it('asks for an amount only where the programme names a limit', () => {
    expect(amountLimits({ minAmountKzt: null, maxAmountKzt: null })).toBeUndefined();
    expect(amountLimits(null)).toBeUndefined();
    expect(amountLimits({ minAmountKzt: null, maxAmountKzt: 500 })).toEqual({ min: null, max: 500 });
  });

  it('keeps the money consistent and inside the programme’s limits', () => {
    expect(fields({ projectCostKzt: 10, ownContributionKzt: 11 })).toEqual(['form.ownContributionKzt']);
    expect(fields({ projectCostKzt: 10, requestedAmountKzt: 11 })).toEqual(['form.requestedAmountKzt']);
    expect(fields({ requestedAmountKzt: 500_000 }, PROGRAMME)).toEqual(['form.requestedAmountKzt']);
    expect(fields({ requestedAmountKzt: 200_000_001, projectCostKzt: 300_000_000 }, PROGRAMME)).toEqual([
      'form.requestedAmountKzt',
    ]);
    expect(fields({ requestedAmountKzt: 200_000_000, projectCostKzt: 300_000_000 }, PROGRAMME)).toEqual([]);
  });
});
