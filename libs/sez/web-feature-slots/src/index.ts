/** Routed pages for the SEZ anchor slots: the list with filters in the URL, and the detail page. */
export { SEZ_SLOT_ROUTES } from './lib/sez-slot.routes';
export { SEZ_SLOT_LIST } from './lib/sez-slot-list';
export { SezSlotDetailPage } from './lib/sez-slot-detail-page';
