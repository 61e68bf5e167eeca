export type { Sez, SezDetail, SezParticipant } from './lib/sez';
export { DEAL_FORMS, SITE_TYPES, SLOT_STATUSES, UTILITIES, UTILITY_UNITS } from './lib/sez-slot';
export type { DealForm, SezSlot, SezSlotSort, SiteType, SlotStatus, SlotUtility, Utility } from './lib/sez-slot';
