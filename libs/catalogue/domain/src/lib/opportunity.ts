import type { GeoPoint, ItemRef, LocalizedText, Provenance } from '@kbdm/shared/domain';
import type { PotentialScore } from './potential-score';

export const OPPORTUNITY_STATUSES = ['open', 'investor_found', 'in_production', 'archived'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Why a district suits an opportunity. */
export const DISTRICT_FIT_REASONS = ['raw_materials', 'anchor_buyers', 'land', 'labour', 'logistics'] as const;
export type DistrictFitReason = (typeof DISTRICT_FIT_REASONS)[number];

export type DistrictFit = {
  district: ItemRef;
  reasons: DistrictFitReason[];
};

export type ImportVolume = {
  amount: number;
  /** Unit of the amount: `t`, `thousand_units`, `m3`, `m2`, `units`. */
  unit: string;
};

export type MoneyRange = {
  min: number;
  max: number;
};

/** A good the region imports and could produce itself. */
export type Opportunity = Provenance & {
  id: string;
  code: string;
  name: LocalizedText;
  title: string;
  description: LocalizedText;
  /** Harmonized System code of the good (4 or 6 digits). */
  hsCode: string;
  sector: ItemRef;
  /** Annual import into the region. */
  importVolume: ImportVolume;
  importValueUsd: number;
  /** ISO 3166-1 alpha-2 codes of the main source countries. */
  sourceCountries: string[];
  /** Share of regional demand covered by local production, in percent. */
  localProductionShare: number;
  investmentKzt: MoneyRange;
  jobs: number;
  status: OpportunityStatus;
  /** The district where the marker stands. */
  district: ItemRef | null;
  districtFits: DistrictFit[];
  location: GeoPoint | null;
  potentialScore: PotentialScore;
  updatedAt: string;
};

export type OpportunitySort = 'score' | '-score' | 'name' | '-name' | 'importValue' | '-importValue' | 'jobs' | '-jobs';
