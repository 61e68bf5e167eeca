import type { GeoPoint, ItemRef, LocalizedText, Provenance } from '@kbdm/shared/domain';

export const SLOT_STATUSES = ['available', 'reserved', 'under_negotiation', 'occupied'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export const SITE_TYPES = ['greenfield', 'brownfield'] as const;
export type SiteType = (typeof SITE_TYPES)[number];

export const DEAL_FORMS = ['lease', 'purchase'] as const;
export type DealForm = (typeof DEAL_FORMS)[number];

/** Utilities a plot is connected to, each with its unit. */
export const UTILITIES = ['power', 'water', 'sewerage', 'heat', 'gas'] as const;
export type Utility = (typeof UTILITIES)[number];

export const UTILITY_UNITS: Record<Utility, string> = {
  power: 'MW',
  water: 'm3/day',
  sewerage: 'm3/day',
  heat: 'Gcal/h',
  gas: 'm3/h',
};

export type SlotUtility = {
  utility: Utility;
  unit: string;
  /** The connection's maximum capacity; 0 when the plot has no such connection. */
  maximum: number;
  /** What the capacity ledger leaves: the maximum less every active reservation's amount. */
  free: number;
};

/** An anchor slot: a land plot of the zone offered to an investor. */
export type SezSlot = Provenance & {
  id: string;
  code: string;
  sez: ItemRef;
  name: LocalizedText;
  title: string;
  site: LocalizedText;
  areaHa: number;
  targetIndustries: ItemRef[];
  utilities: SlotUtility[];
  railSpur: boolean;
  distanceToRailKm: number;
  distanceToRoadKm: number;
  siteType: SiteType;
  dealForms: DealForm[];
  leaseRateKztPerHaYear: number | null;
  priceKzt: number | null;
  cadastralNumber: string;
  zoning: LocalizedText;
  status: SlotStatus;
  district: ItemRef | null;
  location: GeoPoint | null;
  updatedAt: string;
};

export type SezSlotSort = 'code' | '-code' | 'area' | '-area' | 'power' | '-power';
