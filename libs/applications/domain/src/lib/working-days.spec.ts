import { addWorkingDays, isWorkingDay, workingDaysBetween, type WorkingCalendar } from './working-days';

// Kazakhstan, March 2026: Nauryz on Saturday 21 to Monday 23 March; the two weekend days move to
// Tuesday 24 and Wednesday 25. 8 March (International Women's Day) is a Sunday, so Monday 9 is off.
const CALENDAR: WorkingCalendar = {
  daysOff: new Set(['2026-03-09', '2026-03-23', '2026-03-24', '2026-03-25']),
  workingWeekendDays: new Set(['2026-01-03']),
};

describe('working days', () => {
  it('skips the weekend: a Friday submission with two days is due on Tuesday', () => {
    expect(addWorkingDays('2026-02-06', 2, CALENDAR)).toBe('2026-02-10');
  });

  it('crosses a weekend and a holiday: Friday 6 March + 1 working day is Tuesday 10 March', () => {
    expect(addWorkingDays('2026-03-06', 1, CALENDAR)).toBe('2026-03-10');
  });

  it('crosses Nauryz: Friday 20 March + 3 working days is Monday 30 March', () => {
    // 21–22 weekend, 23–25 days off, 26 and 27 count, 28–29 weekend, 30 is the third.
    expect(addWorkingDays('2026-03-20', 3, CALENDAR)).toBe('2026-03-30');
  });

  it('does not count the day of submission, and 0 days is that day', () => {
    expect(addWorkingDays('2026-02-02', 1, CALENDAR)).toBe('2026-02-03');
    expect(addWorkingDays('2026-02-07', 0, CALENDAR)).toBe('2026-02-07');
  });

  it('counts a Saturday made a working day', () => {
    expect(isWorkingDay('2026-01-03', CALENDAR)).toBe(true);
    expect(isWorkingDay('2026-01-10', CALENDAR)).toBe(false);
    expect(addWorkingDays('2026-01-02', 1, CALENDAR)).toBe('2026-01-03');
  });

  it('crosses a year end', () => {
    expect(addWorkingDays('2026-12-31', 1, { daysOff: new Set(['2027-01-01']) })).toBe('2027-01-04');
  });

  it('counts the working days left to a deadline, and none once it has passed', () => {
    expect(workingDaysBetween('2026-03-20', '2026-03-30', CALENDAR)).toBe(3);
    expect(workingDaysBetween('2026-03-30', '2026-03-20', CALENDAR)).toBe(0);
    expect(workingDaysBetween('2026-03-30', '2026-03-30', CALENDAR)).toBe(0);
    const due = addWorkingDays('2026-02-11', 10, CALENDAR);
    expect(workingDaysBetween('2026-02-11', due, CALENDAR)).toBe(10);
  });

  it('refuses a date that is not one and a negative count', () => {
    expect(() => addWorkingDays('2026-02-30', 1, CALENDAR)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-01', -1, CALENDAR)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-01', 1.5, CALENDAR)).toThrow(RangeError);
  });
});
