export { DEFAULT_LANG, LANGS, isLang, pickText } from './lib/localized-text';
export type { Lang, LocalizedText } from './lib/localized-text';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './lib/page';
export type { ListQuery, Page } from './lib/page';
export { PROBLEM_CONTENT_TYPE } from './lib/problem-details';
export type { FieldError, ProblemDetails } from './lib/problem-details';
export type { GeoPoint, ItemRef, Provenance, SourceRef } from './lib/provenance';
export { REGION_TIME_ZONE, regionDate } from './lib/region-date';
