/**
 * Decision deadlines in working days. A working day is Monday to Friday, unless the calendar
 * (Kazakhstan's public holidays and the days off moved onto weekdays, kept as data in the
 * database) says it is a day off; a Saturday the government made a working day counts as one.
 * Days are ISO dates (YYYY-MM-DD) in the region's time zone.
 */
export type WorkingCalendar = {
  /** Weekdays that are days off: holidays and days off moved from a holiday on a weekend. */
  daysOff: ReadonlySet<string>;
  /** Weekend days the government made working days. */
  workingWeekendDays?: ReadonlySet<string>;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtc(date: string): Date {
  if (!ISO_DATE.test(date)) throw new RangeError(`Not an ISO date: ${date}`);
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return parsed;
}

function nextDay(date: string): string {
  const day = toUtc(date);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const weekday = toUtc(date).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  if (weekend) return calendar.workingWeekendDays?.has(date) ?? false;
  return !calendar.daysOff.has(date);
}

/**
 * The date `days` working days after `start`. The day of submission does not count (an
 * application filed on Friday with a 1-day deadline is due on Monday); 0 days is `start` itself.
 */
export function addWorkingDays(start: string, days: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, not ${days}`);
  let date = start;
  toUtc(date);
  let left = days;
  while (left > 0) {
    date = nextDay(date);
    if (isWorkingDay(date, calendar)) left -= 1;
  }
  return date;
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`): how many
 * are left of a deadline on `to`, counted on `from`.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  if (toUtc(to).getTime() <= toUtc(from).getTime()) return 0;
  let count = 0;
  for (let date = nextDay(from); date <= to; date = nextDay(date)) {
    if (isWorkingDay(date, calendar)) count += 1;
  }
  return count;
}
