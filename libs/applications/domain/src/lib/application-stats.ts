import type { ApplicationTargetKind } from './application-contract';

/** Counts of one target's (or the total's) applications submitted in the period. */
export type FunnelCounts = {
  /** Every application submitted in the period, whatever became of it. */
  submitted: number;
  /** Still with the officers or the applicant: submitted, in review, information requested, resubmitted. */
  open: number;
  approved: number;
  rejected: number;
  withdrawn: number;
};

/** `GET /api/v1/stats/applications/funnel`: per programme (opportunities and PPP projects as one row each). */
export type ApplicationFunnel = {
  rows: (FunnelCounts & { key: string; kind: ApplicationTargetKind; title: string })[];
  total: FunnelCounts;
};

export type DecisionTimeCounts = {
  /** Approved or rejected. */
  decided: number;
  /** Decided on or before the deadline (in the region's calendar). */
  onTime: number;
  late: number;
  /** Waiting for an officer past the deadline today (the clock not stopped for the applicant). */
  openOverdue: number;
  openInTime: number;
  /** (late + open overdue) / (decided + open); null with nothing to count. */
  overdueShare: number | null;
  /** Calendar days from submission to decision, the median; null with no decision. */
  medianDays: number | null;
};

/** `GET /api/v1/stats/applications/decision-times`. */
export type ApplicationDecisionTimes = {
  rows: (DecisionTimeCounts & { key: string; kind: ApplicationTargetKind; title: string })[];
  total: DecisionTimeCounts;
};
