import { addMonths, ageOn, isIsoDate, parseIsoDate, regionDate } from './calendar';

describe('ageOn', () => {
  it('counts the year from the birthday itself, not the day after', () => {
    expect(ageOn('1991-03-10', '2026-03-09')).toBe(34);
    expect(ageOn('1991-03-10', '2026-03-10')).toBe(35);
    expect(ageOn('1991-03-10', '2026-03-11')).toBe(35);
  });

  it('looks at the month before the day', () => {
    expect(ageOn('2000-12-31', '2026-01-01')).toBe(25);
    expect(ageOn('2000-01-31', '2026-02-01')).toBe(26);
  });

  it('makes someone born on 29 February older on 1 March of a common year', () => {
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
    expect(ageOn('2004-02-29', '2028-02-29')).toBe(24);
  });

  it('gives null for a date that is not one', () => {
    expect(ageOn('2004-02-30', '2026-03-01')).toBeNull();
    expect(ageOn('yesterday', '2026-03-01')).toBeNull();
  });
});

describe('regionDate', () => {
  it('reads the date in Karaganda region, five hours ahead of UTC', () => {
    expect(regionDate(new Date('2026-03-10T18:59:59Z'))).toBe('2026-03-10');
    expect(regionDate(new Date('2026-03-10T19:00:00Z'))).toBe('2026-03-11');
  });

  it('refuses an invalid Date as a programming error', () => {
    expect(() => regionDate(new Date('nope'))).toThrow(TypeError);
  });
});

describe('parseIsoDate and addMonths', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-3-1')).toBeNull();
    expect(isIsoDate(20260301)).toBe(false);
  });

  it('clamps to the end of a shorter month and crosses years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-15', 24)).toBe('2029-12-15');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('not a date', 3)).toBeNull();
  });
});
