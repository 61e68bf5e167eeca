/** The Special Economic Zones' API clients: zones and their anchor slots. */
export { SezClient, SezSlotClient } from './lib/sez-client';
export type { SezSlotFilter } from './lib/sez-client';
