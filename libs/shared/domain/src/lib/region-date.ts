/**
 * "Today" is the date in Karaganda region: an applicant whose birthday it is at 01:00 local time
 * is already a year older, and a deadline falls due by the region's calendar, even though the
 * server's UTC clock still shows yesterday.
 */
export const REGION_TIME_ZONE = 'Asia/Almaty';

/** The date (YYYY-MM-DD) in the region at `instant`; throws on an invalid Date, which is a programming error. */
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
