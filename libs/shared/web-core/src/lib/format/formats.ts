import type { Lang } from '@kbdm/shared/domain';

/** Currencies the catalogues quote amounts in. */
export type Currency = 'KZT' | 'USD';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

let kazakhData: boolean | undefined;

/**
 * Whether this browser can write Kazakh. Chromium says it supports `kk` but ships no data for it
 * and falls back to the root locale (`2026 M11 25`, `₸ 20,000,000.00`); Node and Firefox have it.
 */
export function hasKazakhLocaleData(): boolean {
  kazakhData ??=
    new Intl.DateTimeFormat('kk', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 25))) !==
    'M11';
  return kazakhData;
}

/**
 * The locale whose number conventions `lang` uses. Kazakh groups and separates like Russian
 * (`12 345,6`, `20 000 000 ₸`), so without Kazakh data Russian-in-Kazakhstan stands in.
 */
export function numberLocale(lang: Lang): string {
  return lang === 'kk' && !hasKazakhLocaleData() ? 'ru-KZ' : lang;
}

/** A number grouped the way `lang` writes it (`12 345` in kk/ru, `12,345` in en). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return cached(
    `n:${lang}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits }),
  ).format(value);
}

/**
 * An amount with its currency sign (₸, $). `compact` shortens large sums the way `lang` does
 * (`180 млрд ₸`, `$49M`) for cards; detail pages show the full amount.
 */
export function formatMoney(value: number, currency: Currency, lang: Lang, compact = false): string {
  return cached(
    `m:${lang}:${currency}:${compact}`,
    () =>
      new Intl.NumberFormat(numberLocale(lang), {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        notation: compact ? 'compact' : 'standard',
        maximumFractionDigits: compact ? 1 : 0,
      }),
  ).format(value);
}

/** An ISO date (`2025-12-30`) or timestamp written out in `lang`. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Dates without a time are calendar days: read and written in UTC so no zone shifts them.
  if (lang === 'kk' && !hasKazakhLocaleData()) {
    // Kazakh's long date, as CLDR writes it: year, then day and month.
    return `${date.getUTCFullYear()} ж. ${date.getUTCDate()} ${KK_MONTHS[date.getUTCMonth()]}`;
  }
  return cached(`d:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

/** The time of an instant in the reader's zone (`10:41`; `10:41 AM` in English). */
export function formatTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Kazakh writes the time as Russian does (24 hours, a colon); used where Kazakh data is missing.
  const locale = lang === 'kk' && !hasKazakhLocaleData() ? 'ru' : lang;
  return cached(`t:${locale}`, () => new Intl.DateTimeFormat(locale, { timeStyle: 'short' })).format(date);
}

/** An instant's day and time in the reader's zone (`10 марта 2026 г. в 10:41`). */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (lang === 'kk' && !hasKazakhLocaleData()) {
    return `${date.getFullYear()} ж. ${date.getDate()} ${KK_MONTHS[date.getMonth()]}, ${formatTime(iso, lang)}`;
  }
  return cached(`dt:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' })).format(
    date,
  );
}

/**
 * Kazakh names of the countries the region imports from most, for browsers without Kazakh data;
 * any other country is then named in Russian, which every Kazakh reader reads, not in English.
 */
const KK_COUNTRIES: Record<string, string> = {
  RU: 'Ресей',
  CN: 'Қытай',
  TR: 'Түркия',
  BY: 'Беларусь',
  UZ: 'Өзбекстан',
  DE: 'Германия',
  KR: 'Оңтүстік Корея',
  KG: 'Қырғызстан',
  IT: 'Италия',
  IN: 'Үндістан',
  US: 'АҚШ',
  JP: 'Жапония',
};

/** A country's name in `lang` from its ISO 3166-1 alpha-2 code; the code itself if unknown. */
export function formatCountry(code: string, lang: Lang): string {
  try {
    if (lang === 'kk' && !hasKazakhLocaleData()) return KK_COUNTRIES[code] ?? formatCountry(code, 'ru');
    return cached(`r:${lang}`, () => new Intl.DisplayNames([lang], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Fills `{name}` placeholders of a dictionary sentence. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
