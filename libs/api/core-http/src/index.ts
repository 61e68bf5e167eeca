export {
  CsvCodes,
  CsvOf,
  LangQueryDto,
  ListQueryDto,
  PageNumber,
  PageQueryDto,
  PageSize,
  QueryAmount,
} from './lib/list-query.dto';
export { ParseIdPipe } from './lib/parse-id.pipe';
export { RequestLang, langFromAcceptLanguage } from './lib/request-lang';
export { parseSort, sortValues } from './lib/sort';
export {
  GeoPointDto,
  ItemRefDto,
  LocalizedTextDto,
  PageOf,
  ProblemDetailsDto,
  SourceRefDto,
} from './lib/common.responses';
export { clientAddressOf, throttleKeyOf } from './lib/client-address';
export {
  RequestThrottle,
  Throttle,
  ThrottleGuard,
  ThrottleModule,
  TooManyRequestsException,
} from './lib/request-throttle';
export { CSRF_HEADER, CsrfHeaderGuard, CsrfHeaderMissingException, RequireCsrfHeader } from './lib/csrf-header';
export {
  OPEN_DATA_LICENCE,
  csvDocument,
  csvField,
  geoJsonDocument,
  keysetBatches,
  pointFeature,
} from './lib/open-data';
export type { ExportColumn, GeoJsonFeature } from './lib/open-data';
export { StatsQueryDto, StatsRoutes, assertPeriod } from './lib/stats-query.dto';
