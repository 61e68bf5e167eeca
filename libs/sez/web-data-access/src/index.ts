/** The Special Economic Zones' API clients: zones, their anchor slots, and investors' requests. */
export { SezClient, SezSlotClient } from './lib/sez-client';
export type { SezSlotFilter } from './lib/sez-client';
export { InvestorRequestsClient } from './lib/investor-requests-client';
export type { MatchQuery, RequestListQuery } from './lib/investor-requests-client';
export { COMPARE_LIMIT, CompareSelection } from './lib/compare-selection';
export type { ComparePick } from './lib/compare-selection';
