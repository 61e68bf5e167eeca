/**
 * A slot reservation's lifecycle as one explicit state machine. Every status change goes through
 * `planReservationMove`: it says whether the actor may make the move, and whether a reason is owed.
 *
 *   requested ─hold→ held ─start_negotiation→ under_negotiation ─contract→ contracted
 *       │              │ ▲                          │
 *       │              └─┘ extend                   │
 *       ├──────────────┴────── release (officer) ───┴──→ released
 *       ├──────────────┴────── withdraw (investor) ─┴──→ withdrawn
 *       └──────────────┴────── expire (the expiry job, at the stored date) ──→ expired
 *
 * On a contracted slot an officer records once that the participant has started production
 * (`record_production`, the status stays): the zone then counts it as operating.
 *
 * A request takes its capacity when it is made (it is refused when that is not free), so the
 * capacity an officer confirms is still there. An unanswered request and a hold both end at their
 * stored expiry date unless an officer extends the hold.
 */

export const RESERVATION_STATUSES = [
  'requested',
  'held',
  'under_negotiation',
  'contracted',
  'released',
  'expired',
  'withdrawn',
] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** These hold capacity on the ledger; the others gave it back. */
export const ACTIVE_RESERVATION_STATUSES = [
  'requested',
  'held',
  'under_negotiation',
  'contracted',
] as const satisfies readonly ReservationStatus[];

/** These end at their stored expiry date unless an officer extends them. */
export const EXPIRING_RESERVATION_STATUSES = ['requested', 'held'] as const satisfies readonly ReservationStatus[];

export const RESERVATION_ACTIONS = [
  'hold',
  'extend',
  'start_negotiation',
  'contract',
  'release',
  'withdraw',
  'expire',
  'record_production',
] as const;
export type ReservationAction = (typeof RESERVATION_ACTIONS)[number];

/** Who moves a reservation: the investor who asked for it, the zone's staff, or the expiry job. */
export type ReservationActor = 'investor' | 'staff' | 'system';

type ReservationRule = {
  from: readonly ReservationStatus[];
  to: ReservationStatus;
  by: ReservationActor;
  /** The investor would ask "why?": capacity taken back by an officer. */
  reasonRequired: boolean;
};

export const RESERVATION_TRANSITIONS: Readonly<Record<ReservationAction, ReservationRule>> = {
  hold: { from: ['requested'], to: 'held', by: 'staff', reasonRequired: false },
  extend: { from: ['held'], to: 'held', by: 'staff', reasonRequired: false },
  start_negotiation: { from: ['held'], to: 'under_negotiation', by: 'staff', reasonRequired: false },
  contract: { from: ['under_negotiation'], to: 'contracted', by: 'staff', reasonRequired: false },
  release: { from: ['requested', 'held', 'under_negotiation'], to: 'released', by: 'staff', reasonRequired: true },
  withdraw: {
    from: ['requested', 'held', 'under_negotiation'],
    to: 'withdrawn',
    by: 'investor',
    reasonRequired: false,
  },
  expire: { from: EXPIRING_RESERVATION_STATUSES, to: 'expired', by: 'system', reasonRequired: false },
  /** The participant on a contracted slot has started production: the zone counts it as operating. */
  record_production: { from: ['contracted'], to: 'contracted', by: 'staff', reasonRequired: false },
};

/** How long a request or a hold keeps its capacity unless extended (`RESERVATION_HOLD_DAYS`). */
export const DEFAULT_HOLD_DAYS = 30;

export type ReservationRefusal =
  | { code: 'not_allowed_for_actor'; message: string }
  | { code: 'not_allowed_from_status'; message: string }
  | { code: 'reason_required'; message: string };

export type ReservationPlan =
  { ok: true; to: ReservationStatus; freesCapacity: boolean } | ({ ok: false } & ReservationRefusal);

const ACTOR_NAMES: Record<ReservationActor, string> = {
  investor: 'the investor',
  staff: 'officers of the zone',
  system: 'the expiry job',
};
const words = (value: string) => value.replace(/_/g, ' ');

export function isActiveReservation(status: ReservationStatus): boolean {
  return (ACTIVE_RESERVATION_STATUSES as readonly ReservationStatus[]).includes(status);
}

/**
 * Whether `actor` may make `action` on a reservation now in `status`, with `reason`. The role
 * check comes first: an investor asking to contract learns that investors cannot, not the status.
 * `freesCapacity` tells the caller to give the reservation's amounts back to the ledger.
 */
export function planReservationMove(
  action: ReservationAction,
  status: ReservationStatus,
  actor: ReservationActor,
  reason: string | null | undefined,
): ReservationPlan {
  const rule = RESERVATION_TRANSITIONS[action];
  if (rule.by !== actor) {
    return { ok: false, code: 'not_allowed_for_actor', message: `Only ${ACTOR_NAMES[rule.by]} may ${words(action)}.` };
  }
  if (!rule.from.includes(status)) {
    return {
      ok: false,
      code: 'not_allowed_from_status',
      message: `A reservation that is ${words(status)} cannot be moved by ${words(action)}.`,
    };
  }
  if (rule.reasonRequired && !(reason ?? '').trim()) {
    return { ok: false, code: 'reason_required', message: `A reason is required to ${words(action)}.` };
  }
  return { ok: true, to: rule.to, freesCapacity: isActiveReservation(status) && !isActiveReservation(rule.to) };
}

/** The moves `actor` could make from `status` (what a screen offers as buttons). */
export function availableReservationMoves(status: ReservationStatus, actor: ReservationActor): ReservationAction[] {
  return RESERVATION_ACTIONS.filter((action) => {
    const rule = RESERVATION_TRANSITIONS[action];
    return rule.by === actor && rule.from.includes(status);
  });
}
