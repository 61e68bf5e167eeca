/**
 * The application workflow as one explicit state machine. Every status change goes through
 * `planTransition`: it says whether the actor may make the move, and whether a reason is owed.
 *
 *   draft ─submit→ submitted ─start_review→ in_review ─approve→ approved
 *                      ▲                     │  │  └─reject→ rejected
 *                      │                     │  └request_information→ information_requested
 *   resubmitted ─start_review→ in_review     │                               │
 *        ▲                                   │                               │
 *        └────────────resubmit───────────────┼───────────────────────────────┘
 *   withdraw (the applicant, before a decision) → withdrawn
 */

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'information_requested',
  'resubmitted',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Nothing moves out of these. */
export const FINAL_STATUSES = ['approved', 'rejected', 'withdrawn'] as const satisfies readonly ApplicationStatus[];

/** Waiting for an officer: these count against the decision deadline. */
export const AWAITING_OFFICER_STATUSES = [
  'submitted',
  'in_review',
  'resubmitted',
] as const satisfies readonly ApplicationStatus[];

export const APPLICATION_ACTIONS = [
  'submit',
  'withdraw',
  'start_review',
  'request_information',
  'resubmit',
  'approve',
  'reject',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** Who acts on an application: its applicant, or staff (officers and administrators). */
export type ActorSide = 'applicant' | 'staff';

type TransitionRule = {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: ActorSide;
  /** A person on the other side would ask "why?": a request for information, a rejection, an answer. */
  reasonRequired: boolean;
};

export const TRANSITIONS: Readonly<Record<ApplicationAction, TransitionRule>> = {
  submit: { from: ['draft'], to: 'submitted', by: 'applicant', reasonRequired: false },
  withdraw: {
    from: ['submitted', 'in_review', 'information_requested', 'resubmitted'],
    to: 'withdrawn',
    by: 'applicant',
    reasonRequired: false,
  },
  start_review: { from: ['submitted', 'resubmitted'], to: 'in_review', by: 'staff', reasonRequired: false },
  request_information: { from: ['in_review'], to: 'information_requested', by: 'staff', reasonRequired: true },
  resubmit: { from: ['information_requested'], to: 'resubmitted', by: 'applicant', reasonRequired: true },
  approve: { from: ['in_review'], to: 'approved', by: 'staff', reasonRequired: false },
  reject: { from: ['in_review'], to: 'rejected', by: 'staff', reasonRequired: true },
};

/** The longest reason kept with a move. */
export const MAX_REASON_LENGTH = 4000;

export type TransitionRefusal =
  /** The actor's side may not make this move at all. */
  | { code: 'not_allowed_for_actor'; message: string }
  /** The move does not start from the application's current status. */
  | { code: 'not_allowed_from_status'; message: string }
  | { code: 'reason_required'; message: string };

export type TransitionPlan = { ok: true; to: ApplicationStatus } | ({ ok: false } & TransitionRefusal);

/**
 * Whether `side` may make `action` on an application now in `status`, with `reason`. The role
 * check comes first, so an applicant asking to approve learns that applicants cannot, not what
 * status the application is in.
 */
export function planTransition(
  action: ApplicationAction,
  status: ApplicationStatus,
  side: ActorSide,
  reason: string | null | undefined,
): TransitionPlan {
  const rule = TRANSITIONS[action];
  if (rule.by !== side) {
    return {
      ok: false,
      code: 'not_allowed_for_actor',
      message: `Only ${rule.by === 'staff' ? 'officers' : 'the applicant'} may ${action.replace(/_/g, ' ')}.`,
    };
  }
  if (!rule.from.includes(status)) {
    return {
      ok: false,
      code: 'not_allowed_from_status',
      message: `An application that is ${status.replace(/_/g, ' ')} cannot be moved by ${action.replace(/_/g, ' ')}.`,
    };
  }
  if (rule.reasonRequired && !(reason ?? '').trim()) {
    return { ok: false, code: 'reason_required', message: `A reason is required to ${action.replace(/_/g, ' ')}.` };
  }
  return { ok: true, to: rule.to };
}

/** The moves `side` could make from `status` (what a screen offers as buttons). */
export function availableActions(status: ApplicationStatus, side: ActorSide): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action];
    return rule.by === side && rule.from.includes(status);
  });
}

export function isFinal(status: ApplicationStatus): boolean {
  return (FINAL_STATUSES as readonly ApplicationStatus[]).includes(status);
}

/** The applicant may change the form and the documents only while it is theirs to complete. */
export function isEditableByApplicant(status: ApplicationStatus): boolean {
  return status === 'draft' || status === 'information_requested';
}
