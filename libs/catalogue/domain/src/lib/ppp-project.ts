import type { GeoPoint, ItemRef, LocalizedText, Provenance } from '@kbdm/shared/domain';

export const PPP_FORMS = [
  'concession',
  'trust_management',
  'service_contract',
  'lease',
  'life_cycle_contract',
] as const;
export type PppForm = (typeof PPP_FORMS)[number];

/** Stages in the order a project passes them. */
export const PPP_STAGES = ['idea', 'concept', 'tender', 'contract', 'operation'] as const;
export type PppStage = (typeof PPP_STAGES)[number];

/** The region's needs a PPP project answers (named in the source report). */
export const PPP_NEEDS = [
  'drinking_water',
  'heat_supply',
  'clean_air',
  'green_technology',
  'higher_education',
  'health_care',
  'housing',
  'tourism',
  'transport',
] as const;
export type PppNeed = (typeof PPP_NEEDS)[number];

export type PppProject = Provenance & {
  id: string;
  code: string;
  name: LocalizedText;
  title: string;
  description: LocalizedText;
  sector: ItemRef;
  form: PppForm;
  stage: PppStage;
  need: PppNeed;
  capexKzt: number;
  termYears: number;
  publicPartner: LocalizedText;
  /** ISO date; null when no tender is announced. */
  tenderDeadline: string | null;
  district: ItemRef | null;
  location: GeoPoint | null;
  updatedAt: string;
};

export type PppProjectSort =
  'name' | '-name' | 'capex' | '-capex' | 'tenderDeadline' | '-tenderDeadline' | 'stage' | '-stage';
