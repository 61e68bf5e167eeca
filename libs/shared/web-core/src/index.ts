/** Cross-cutting web code: the API origin, the interface language with its strings, locale formats. */
export { API_BASE_URL } from './lib/api-base-url';
export type { Dictionary } from './lib/i18n/dictionary';
export { I18n, injectStrings, LANG_STORAGE_KEY, LANGUAGE_NAMES } from './lib/i18n/i18n';
export {
  fill,
  formatCountry,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatTime,
} from './lib/format/formats';
export type { Currency } from './lib/format/formats';
export {
  CountryNamePipe,
  LocalDatePipe,
  LocalDateTimePipe,
  LocalMoneyPipe,
  LocalNumberPipe,
} from './lib/format/local-number.pipe';
export { toProblem } from './lib/problem';
export { downloadCsv, saveBlob, toCsv } from './lib/format/csv';
export type { CsvCell } from './lib/format/csv';
