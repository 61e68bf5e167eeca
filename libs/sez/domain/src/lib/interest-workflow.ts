import type { ReservationActor } from './reservation-workflow';

/**
 * An expression of interest's lifecycle: an investor tells the zone (or a PPP project's public
 * partner) what they would build; officers talk it through and close it. It holds no capacity.
 *
 *   submitted ─start_negotiation→ under_negotiation ─agree→ agreed
 *       ├──────────────┴──── decline (officer, with a reason) ──→ declined
 *       └──────────────┴──── withdraw (investor) ──→ withdrawn
 */
export const INTEREST_STATUSES = ['submitted', 'under_negotiation', 'agreed', 'declined', 'withdrawn'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

/** Still open: the investor and the officers may still talk and act. */
export const OPEN_INTEREST_STATUSES = ['submitted', 'under_negotiation'] as const satisfies readonly InterestStatus[];

export const INTEREST_ACTIONS = ['start_negotiation', 'agree', 'decline', 'withdraw'] as const;
export type InterestAction = (typeof INTEREST_ACTIONS)[number];

type InterestRule = {
  from: readonly InterestStatus[];
  to: InterestStatus;
  by: Exclude<ReservationActor, 'system'>;
  reasonRequired: boolean;
};

export const INTEREST_TRANSITIONS: Readonly<Record<InterestAction, InterestRule>> = {
  start_negotiation: { from: ['submitted'], to: 'under_negotiation', by: 'staff', reasonRequired: false },
  agree: { from: ['under_negotiation'], to: 'agreed', by: 'staff', reasonRequired: false },
  decline: { from: OPEN_INTEREST_STATUSES, to: 'declined', by: 'staff', reasonRequired: true },
  withdraw: { from: OPEN_INTEREST_STATUSES, to: 'withdrawn', by: 'investor', reasonRequired: false },
};

export type InterestPlan =
  | { ok: true; to: InterestStatus }
  | { ok: false; code: 'not_allowed_for_actor' | 'not_allowed_from_status' | 'reason_required'; message: string };

const words = (value: string) => value.replace(/_/g, ' ');

/** Whether `actor` may make `action` on an expression of interest now in `status`, with `reason`. */
export function planInterestMove(
  action: InterestAction,
  status: InterestStatus,
  actor: ReservationActor,
  reason: string | null | undefined,
): InterestPlan {
  const rule = INTEREST_TRANSITIONS[action];
  if (rule.by !== actor) {
    const who = rule.by === 'staff' ? 'officers of the zone' : 'the investor';
    return { ok: false, code: 'not_allowed_for_actor', message: `Only ${who} may ${words(action)}.` };
  }
  if (!rule.from.includes(status)) {
    return {
      ok: false,
      code: 'not_allowed_from_status',
      message: `An expression of interest that is ${words(status)} cannot be moved by ${words(action)}.`,
    };
  }
  if (rule.reasonRequired && !(reason ?? '').trim()) {
    return { ok: false, code: 'reason_required', message: `A reason is required to ${words(action)}.` };
  }
  return { ok: true, to: rule.to };
}

export function availableInterestMoves(status: InterestStatus, actor: ReservationActor): InterestAction[] {
  return INTEREST_ACTIONS.filter((action) => {
    const rule = INTEREST_TRANSITIONS[action];
    return rule.by === actor && rule.from.includes(status);
  });
}
