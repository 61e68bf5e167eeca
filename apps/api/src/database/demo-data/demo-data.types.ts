import type {
  ApplicationChannel,
  DistrictFitReason,
  DistrictKind,
  EligibilityRule,
  ImportVolume,
  LegalAct,
  OpportunityStatus,
  PppForm,
  PppNeed,
  PppStage,
  ProgrammeInstrument,
  ProgrammeRate,
  ProgrammeVersionStatus,
} from '@kbdm/catalogue/domain';
import type { DealForm, SiteType, SlotStatus, Utility } from '@kbdm/sez/domain';
import type { GeoPoint, LocalizedText, SourceRef } from '@kbdm/shared/domain';

/*
 * The shapes of the demo and sourced data the portal starts with. Items refer to each other by
 * `code` (stable slugs); the loader turns codes into ids. Every item says whether it is sourced
 * (`demo: false` with a `source`) or invented (`demo: true`).
 */

export type DistrictSeed = {
  code: string;
  kato: string;
  kind: DistrictKind;
  name: Required<Pick<LocalizedText, 'kk' | 'ru' | 'en'>>;
  adminCentre: Required<Pick<LocalizedText, 'kk' | 'ru' | 'en'>>;
  centre: GeoPoint;
  source: SourceRef;
};

/** `C` is a section, `C23` a division (its section is the letter). */
export type SectorSeed = {
  code: string;
  name: LocalizedText;
  priority: boolean;
};

export type OpportunitySeed = {
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  hsCode: string;
  sectorCode: string;
  importVolume: ImportVolume;
  importValueUsd: number;
  sourceCountries: string[];
  localProductionShare: number;
  investmentKzt: { min: number; max: number };
  jobs: number;
  status: OpportunityStatus;
  districtCode: string | null;
  districtFits: { districtCode: string; reasons: DistrictFitReason[] }[];
  location: GeoPoint | null;
  demo: boolean;
  source: SourceRef | null;
};

export type PppProjectSeed = {
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  sectorCode: string;
  form: PppForm;
  stage: PppStage;
  need: PppNeed;
  capexKzt: number;
  termYears: number;
  publicPartner: LocalizedText;
  tenderDeadline: string | null;
  districtCode: string | null;
  location: GeoPoint | null;
  demo: boolean;
  source: SourceRef | null;
};

export type ProgrammeVersionSeed = {
  /** Unique within the programme, e.g. `2025-isker-aimak`. */
  code: string;
  label: LocalizedText;
  legalAct: LegalAct;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: ProgrammeVersionStatus;
  acceptsApplications: boolean;
  applicationChannel: ApplicationChannel;
  minAmountKzt: number | null;
  maxAmountKzt: number | null;
  rate: ProgrammeRate | null;
  termMonths: number | null;
  applicationWindow: { opensOn: string; closesOn: string | null } | null;
  requiredDocuments: LocalizedText[];
  obligations: LocalizedText[];
  decisionDeadlineWorkingDays: number;
  eligibility: EligibilityRule[];
  demo: boolean;
  source: SourceRef | null;
};

export type ProgrammeSeed = {
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  operator: LocalizedText;
  instrument: ProgrammeInstrument;
  demo: boolean;
  source: SourceRef | null;
  /** Oldest first; at most one has status `in_force`. */
  versions: ProgrammeVersionSeed[];
};

export type SezParticipantSeed = {
  code: string;
  name: LocalizedText;
  product: LocalizedText;
  sectorCode: string;
  operating: boolean;
  demo: boolean;
  source: SourceRef | null;
};

export type SezSlotSeed = {
  code: string;
  name: LocalizedText;
  site: LocalizedText;
  areaHa: number;
  targetIndustryCodes: string[];
  /** Maximum capacity per utility (0 = not connected): MW, m³/day, m³/day, Gcal/h, m³/h. */
  utilities: Record<Utility, number>;
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
  districtCode: string;
  location: GeoPoint;
  demo: boolean;
  source: SourceRef | null;
};

export type SezSeed = {
  code: string;
  name: LocalizedText;
  profile: LocalizedText;
  areaHa: number;
  establishedOn: string;
  targetIndustryCodes: string[];
  constraints: LocalizedText[];
  districtCode: string;
  location: GeoPoint;
  demo: boolean;
  source: SourceRef | null;
  participants: SezParticipantSeed[];
  slots: SezSlotSeed[];
};
