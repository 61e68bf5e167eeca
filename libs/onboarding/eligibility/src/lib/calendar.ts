/**
 * Calendar dates as ISO strings (YYYY-MM-DD). "Today" is the date in Karaganda region: an
 * applicant whose birthday it is at 01:00 local time is already a year older, even though
 * the server's UTC clock still shows yesterday.
 */
export const REGION_TIME_ZONE = 'Asia/Almaty';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type CalendarDate = { year: number; month: number; day: number };

/** The date in the region at `instant`; throws on an invalid Date, which is a programming error. */
export function regionDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) {
    throw new TypeError('today must be a valid Date');
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: REGION_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

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
