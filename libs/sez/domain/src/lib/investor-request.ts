import type { PppProject } from '@kbdm/catalogue/domain';
import type { ItemRef, Page } from '@kbdm/shared/domain';
import type { InterestAction, InterestStatus } from './interest-workflow';
import type { ReservationAction, ReservationStatus } from './reservation-workflow';
import type { SezSlot, SlotStatus, Utility } from './sez-slot';
import type { SlotMatch } from './slot-matching';

/**
 * What an investor sends the zone's management: a **reservation** of a slot's land and utility
 * capacity (it draws the capacity down while active), or an **expression of interest** in a slot
 * or a PPP project (it holds nothing; the utilities it names are what the investor would need).
 */
export const INVESTOR_REQUEST_KINDS = ['reservation', 'interest'] as const;
export type InvestorRequestKind = (typeof INVESTOR_REQUEST_KINDS)[number];

export const INVESTOR_TARGET_KINDS = ['sez_slot', 'ppp_project'] as const;
export type InvestorTargetKind = (typeof INVESTOR_TARGET_KINDS)[number];

export type InvestorRequestStatus = ReservationStatus | InterestStatus;
export type InvestorRequestAction = ReservationAction | InterestAction;

/** Limits of the request form, shared by the API's validation and the web form. */
export const INVESTOR_REQUEST_LIMITS = {
  company: 200,
  product: 300,
  message: 4000,
  /** Any one utility, in its own unit (MW, m³/day …). */
  utility: 100_000,
  plannedInvestmentKzt: 10_000_000_000_000,
  plannedJobs: 100_000,
} as const;

/** `POST /api/v1/investor-requests`. A reservation targets a slot and asks for some capacity. */
export type CreateInvestorRequest = {
  kind: InvestorRequestKind;
  target: { kind: InvestorTargetKind; id: string };
  company: string;
  bin: string;
  product: string;
  /** OKED code of what the investor would produce. */
  sectorCode: string;
  plannedInvestmentKzt: number;
  plannedJobs: number;
  /** A reservation's amounts (held on the ledger), or what an interest would need. */
  utilities: Partial<Record<Utility, number>>;
  message?: string;
};

/** `POST /api/v1/investor-requests/:id/transitions`. `days` lengthens a hold (`extend`). */
export type InvestorRequestTransition = {
  action: InvestorRequestAction;
  version: number;
  reason?: string;
  days?: number;
};

export type InvestorPersonRef = { id: string; fullName: string; role: string };

export type InvestorRequestTarget = {
  kind: InvestorTargetKind;
  id: string;
  code: string;
  title: string;
  /** The zone a slot belongs to. */
  sez: ItemRef | null;
};

export type InvestorRequestEvent = {
  id: string;
  at: string;
  /** Null for the expiry job. */
  actor: InvestorPersonRef | null;
  action: InvestorRequestAction | 'created';
  from: InvestorRequestStatus | null;
  to: InvestorRequestStatus;
  reason: string | null;
};

export type InvestorRequestMessage = { id: string; at: string; author: InvestorPersonRef; body: string };

export type InvestorRequestSummary = {
  id: string;
  /** Human reference, `INV-2026-000012`. */
  reference: string;
  kind: InvestorRequestKind;
  status: InvestorRequestStatus;
  target: InvestorRequestTarget;
  company: string;
  /** Who sent it; null for a reservation the zone's staff recorded from an agreement made elsewhere. */
  investor: InvestorPersonRef | null;
  /** When a request or a hold gives its capacity back unless an officer extends it. */
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type InvestorRequest = InvestorRequestSummary & {
  version: number;
  bin: string;
  product: string;
  sector: ItemRef | null;
  plannedInvestmentKzt: number;
  plannedJobs: number;
  utilities: Record<Utility, number>;
  message: string;
  /** The zone's participant a contract made, and whether it has started production. */
  participant: { id: string; operating: boolean } | null;
  events: InvestorRequestEvent[];
  /** The moves the caller may make now. */
  actions: InvestorRequestAction[];
};

export type InvestorRequestPage = Page<InvestorRequestSummary>;

/** `GET /api/v1/sez-slots/:id/capacity`: what the ledger says of each utility; never who holds it. */
export type SlotCapacity = {
  slotId: string;
  status: SlotStatus;
  utilities: { utility: Utility; unit: string; maximum: number; taken: number; free: number }[];
};

/** `GET /api/v1/investors/matches`: best first, each with one reason per criterion. */
export type InvestorMatches = {
  slots: { slot: SezSlot; match: SlotMatch }[];
  pppProjects: { project: PppProject; match: SlotMatch }[];
};
