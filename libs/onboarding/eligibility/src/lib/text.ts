import type { Lang } from '@kbdm/shared/domain';
import { parseIsoDate } from './calendar';

/** A sentence in every portal language; assignable to `LocalizedText`, with no language missing. */
export type TrilingualText = { kk: string; ru: string; en: string };

/** Builds a text by writing the same sentence once per language. */
export function inEachLang(write: (lang: Lang) => string): TrilingualText {
  return { kk: write('kk'), ru: write('ru'), en: write('en') };
}

// A no-break space keeps "1 200 000 ₸" and "10 %" on one line, on screen and in print.
const NBSP = '\u00a0';

/** Groups thousands the way each language writes them: 1,200,000 / 1 200 000; one decimal at most. */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const [whole, fraction] = fixed.split('.');
  const groupSeparator = lang === 'en' ? ',' : NBSP;
  const decimalSeparator = lang === 'en' ? '.' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
  const trimmed = fraction?.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${grouped}${trimmed ? decimalSeparator + trimmed : ''}`;
}

/** An amount of tenge, rounded to a whole tenge. */
export function formatKzt(value: number, lang: Lang): string {
  return `${formatNumber(Math.round(value), lang)}${NBSP}₸`;
}

/** A percentage given in percent (`12.5`), with one decimal at most. */
export function formatPercent(percent: number, lang: Lang): string {
  const number = formatNumber(percent, lang, 1);
  return lang === 'en' ? `${number}%` : `${number}${NBSP}%`;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 15 March 2025 in English, 15.03.2025 in Kazakh and Russian. */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  if (lang === 'en') return `${date.day} ${EN_MONTHS[date.month - 1]} ${date.year}`;
  return `${String(date.day).padStart(2, '0')}.${String(date.month).padStart(2, '0')}.${date.year}`;
}

const OR: Record<Lang, string> = { kk: 'немесе', ru: 'или', en: 'or' };
const AND: Record<Lang, string> = { kk: 'және', ru: 'и', en: 'and' };

function joinWith(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** "A, B or C" in the language. */
export function joinOr(items: readonly string[], lang: Lang): string {
  return joinWith(items, OR[lang]);
}

/** "A, B and C" in the language. */
export function joinAnd(items: readonly string[], lang: Lang): string {
  return joinWith(items, AND[lang]);
}

/**
 * Russian noun forms after a number: `one` after 1, 21, 31…; `few` after 2–4, 22–24…;
 * `many` otherwise (5–20, 25–30…). A fraction takes `few` (1,5 года).
 */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  if (!Number.isInteger(n)) return few;
  const lastTwo = Math.abs(n) % 100;
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

/** Russian genitive after "не менее / до / более": 1 → года, 21 → месяца, otherwise the plural. */
export function ruGenitive(n: number, singular: string, plural: string): string {
  const lastTwo = Math.abs(n) % 100;
  return Number.isInteger(n) && lastTwo % 10 === 1 && lastTwo !== 11 ? singular : plural;
}

/** English "1 month" / "2 months". */
export function enCount(n: number, singular: string, plural: string): string {
  return `${formatNumber(n, 'en', 1)} ${n === 1 ? singular : plural}`;
}
