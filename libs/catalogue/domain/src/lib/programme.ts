import type { LocalizedText, Provenance } from '@kbdm/shared/domain';
import type { EligibilityRule } from './eligibility-rule';

export const PROGRAMME_INSTRUMENTS = [
  'interest_subsidy',
  'loan_guarantee',
  'grant',
  'microcredit',
  'training',
  'service_support',
] as const;
export type ProgrammeInstrument = (typeof PROGRAMME_INSTRUMENTS)[number];

/** A programme is active while one of its versions is in force. */
export const PROGRAMME_STATUSES = ['active', 'historical'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const PROGRAMME_VERSION_STATUSES = ['in_force', 'expired', 'annulled'] as const;
export type ProgrammeVersionStatus = (typeof PROGRAMME_VERSION_STATUSES)[number];

/** Where an application is filed: here, or on eGov (the portal prepares it and hands over). */
export const APPLICATION_CHANNELS = ['portal', 'egov', 'operator'] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];

export type LegalAct = {
  title: LocalizedText;
  number: string;
  /** ISO date of adoption. */
  date: string;
  annulledBy?: { title: LocalizedText; number: string; date: string };
};

export const RATE_KINDS = ['subsidy_share', 'guarantee_share', 'interest_rate', 'grant_share'] as const;
export type RateKind = (typeof RATE_KINDS)[number];

export type ProgrammeRate = {
  kind: RateKind;
  percent: number;
};

/** The terms of a programme as one legal act set them, for the dates it was in force. */
export type ProgrammeVersion = Provenance & {
  id: string;
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
};

export type ProgrammeVersionSummary = {
  id: string;
  label: string;
  legalActNumber: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: ProgrammeVersionStatus;
};

export type Programme = Provenance & {
  id: string;
  code: string;
  name: LocalizedText;
  title: string;
  description: LocalizedText;
  operator: LocalizedText;
  instrument: ProgrammeInstrument;
  status: ProgrammeStatus;
  /** The version in force, or for a historical programme its last one. */
  currentVersion: ProgrammeVersion;
  versions: ProgrammeVersionSummary[];
};

export type ProgrammeSort = 'name' | '-name' | 'maxAmount' | '-maxAmount' | 'effectiveFrom' | '-effectiveFrom';
