export type { Sez, SezDetail, SezParticipant } from './lib/sez';
export { DEAL_FORMS, SITE_TYPES, SLOT_STATUSES, UTILITIES, UTILITY_UNITS } from './lib/sez-slot';
export type { DealForm, SezSlot, SezSlotSort, SiteType, SlotStatus, SlotUtility, Utility } from './lib/sez-slot';
export {
  ACTIVE_RESERVATION_STATUSES,
  DEFAULT_HOLD_DAYS,
  EXPIRING_RESERVATION_STATUSES,
  RESERVATION_ACTIONS,
  RESERVATION_STATUSES,
  RESERVATION_TRANSITIONS,
  availableReservationMoves,
  isActiveReservation,
  planReservationMove,
} from './lib/reservation-workflow';
export type {
  ReservationAction,
  ReservationActor,
  ReservationPlan,
  ReservationRefusal,
  ReservationStatus,
} from './lib/reservation-workflow';
export { NO_UTILITIES, capacityShortfalls, freeCapacity, remainingCapacity, slotStatusOf } from './lib/capacity-ledger';
export type { CapacityShortfall, LedgerEntry, UtilityAmounts } from './lib/capacity-ledger';
export { formatFigure, matchPppProject, matchSlot, rankSlots } from './lib/slot-matching';
export type {
  InvestorNeeds,
  MatchCriterion,
  MatchFacts,
  MatchReason,
  PppMatchFacts,
  SlotMatch,
} from './lib/slot-matching';
export {
  INTEREST_ACTIONS,
  INTEREST_STATUSES,
  INTEREST_TRANSITIONS,
  OPEN_INTEREST_STATUSES,
  availableInterestMoves,
  planInterestMove,
} from './lib/interest-workflow';
export type { InterestAction, InterestPlan, InterestStatus } from './lib/interest-workflow';
export { INVESTOR_REQUEST_KINDS, INVESTOR_REQUEST_LIMITS, INVESTOR_TARGET_KINDS } from './lib/investor-request';
export type {
  CreateInvestorRequest,
  InvestorMatches,
  InvestorPersonRef,
  InvestorRequest,
  InvestorRequestAction,
  InvestorRequestEvent,
  InvestorRequestKind,
  InvestorRequestMessage,
  InvestorRequestPage,
  InvestorRequestStatus,
  InvestorRequestSummary,
  InvestorRequestTarget,
  InvestorRequestTransition,
  InvestorTargetKind,
  SlotCapacity,
} from './lib/investor-request';
