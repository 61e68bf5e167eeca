import { regionDate, REGION_TIME_ZONE } from '@kbdm/shared/domain';

/** Calendar dates as ISO strings (YYYY-MM-DD), "today" being the region's (`regionDate`). */
export { regionDate, REGION_TIME_ZONE };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type CalendarDate = { year: number; month: number; day: number };

/** Parses a real calendar date (`2026-02-30` is refused); `null` when it is not one. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIso({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Full years between a birth date and `on`. The birthday counts from its first day; someone
 * born on 29 February turns a year older on 1 March in a common year.
 */
export function ageOn(birthDate: string, on: string): number | null {
  const birth = parseIsoDate(birthDate);
  const day = parseIsoDate(on);
  if (!birth || !day) return null;
  const beforeBirthday = day.month < birth.month || (day.month === birth.month && day.day < birth.day);
  return day.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** `date` plus `months`, the day clamped to the month's end (31 January + 1 month = 28/29 February). */
export function addMonths(date: string, months: number): string | null {
  const start = parseIsoDate(date);
  if (!start) return null;
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toIso({ year, month, day: Math.min(start.day, daysInMonth(year, month)) });
}
