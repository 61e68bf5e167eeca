import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  type ActorSide,
  type ApplicationAction,
  type ApplicationStatus,
  availableActions,
  isEditableByApplicant,
  planTransition,
} from './workflow';

/** Every allowed move, by whom, and where it lands; anything not listed here must be refused. */
const ALLOWED: [ApplicationAction, ApplicationStatus, ActorSide, ApplicationStatus][] = [
  ['submit', 'draft', 'applicant', 'submitted'],
  ['withdraw', 'submitted', 'applicant', 'withdrawn'],
  ['withdraw', 'in_review', 'applicant', 'withdrawn'],
  ['withdraw', 'information_requested', 'applicant', 'withdrawn'],
  ['withdraw', 'resubmitted', 'applicant', 'withdrawn'],
  ['start_review', 'submitted', 'staff', 'in_review'],
  ['start_review', 'resubmitted', 'staff', 'in_review'],
  ['request_information', 'in_review', 'staff', 'information_requested'],
  ['resubmit', 'information_requested', 'applicant', 'resubmitted'],
  ['approve', 'in_review', 'staff', 'approved'],
  ['reject', 'in_review', 'staff', 'rejected'],
];

const SIDES: ActorSide[] = ['applicant', 'staff'];

describe('the application workflow', () => {
  describe.each(ALLOWED)('%s from %s by the %s', (action, from, side, to) => {
    it(`moves to ${to}`, () => {
      expect(planTransition(action, from, side, 'because the file is complete')).toEqual({ ok: true, to });
    });
  });

  const refused = APPLICATION_ACTIONS.flatMap((action) =>
    APPLICATION_STATUSES.flatMap((status) =>
      SIDES.filter((side) => !ALLOWED.some(([a, f, s]) => a === action && f === status && s === side)).map(
        (side) => [action, status, side] as const,
      ),
    ),
  );

  it('refuses every other combination of action, status and side', () => {
    expect(refused.length).toBe(APPLICATION_ACTIONS.length * APPLICATION_STATUSES.length * 2 - ALLOWED.length);
    for (const [action, status, side] of refused) {
      const plan = planTransition(action, status, side, 'a reason');
      expect({ action, status, side, ok: plan.ok }).toEqual({ action, status, side, ok: false });
    }
  });

  it('tells an applicant who tries an officer’s move that only officers may, whatever the status', () => {
    expect(planTransition('approve', 'draft', 'applicant', null)).toMatchObject({
      ok: false,
      code: 'not_allowed_for_actor',
    });
    expect(planTransition('submit', 'draft', 'staff', null)).toMatchObject({
      ok: false,
      code: 'not_allowed_for_actor',
    });
  });

  it('refuses a decision on an application that is already decided', () => {
    for (const decided of ['approved', 'rejected', 'withdrawn'] as const) {
      expect(planTransition('approve', decided, 'staff', null)).toMatchObject({
        ok: false,
        code: 'not_allowed_from_status',
      });
      expect(availableActions(decided, 'staff')).toEqual([]);
      expect(availableActions(decided, 'applicant')).toEqual([]);
    }
  });

  it.each(['request_information', 'reject', 'resubmit'] as const)('asks for a reason to %s', (action) => {
    const from = action === 'resubmit' ? 'information_requested' : 'in_review';
    const side = action === 'resubmit' ? 'applicant' : 'staff';
    for (const reason of [null, undefined, '', '   \n']) {
      expect(planTransition(action, from, side, reason)).toMatchObject({ ok: false, code: 'reason_required' });
    }
  });

  it('approves, submits and withdraws without a reason', () => {
    expect(planTransition('approve', 'in_review', 'staff', null).ok).toBe(true);
    expect(planTransition('submit', 'draft', 'applicant', undefined).ok).toBe(true);
    expect(planTransition('withdraw', 'submitted', 'applicant', '').ok).toBe(true);
  });

  it('offers each side exactly the moves it may make', () => {
    expect(availableActions('in_review', 'staff')).toEqual(['request_information', 'approve', 'reject']);
    expect(availableActions('in_review', 'applicant')).toEqual(['withdraw']);
    expect(availableActions('information_requested', 'applicant')).toEqual(['withdraw', 'resubmit']);
    expect(availableActions('draft', 'applicant')).toEqual(['submit']);
  });

  it('lets the applicant edit only a draft or an application waiting for their answer', () => {
    expect(APPLICATION_STATUSES.filter(isEditableByApplicant)).toEqual(['draft', 'information_requested']);
  });
});
