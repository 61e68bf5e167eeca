import {
  availableInterestMoves,
  INTEREST_ACTIONS,
  INTEREST_STATUSES,
  INTEREST_TRANSITIONS,
  planInterestMove,
} from './interest-workflow';
import type { ReservationActor } from './reservation-workflow';

const ACTORS: ReservationActor[] = ['investor', 'staff', 'system'];

describe('the expression-of-interest workflow', () => {
  describe.each(INTEREST_ACTIONS)('%s', (action) => {
    const rule = INTEREST_TRANSITIONS[action];
    it.each(INTEREST_STATUSES.flatMap((status) => ACTORS.map((actor) => [status, actor] as const)))(
      'from %s by %s',
      (status, actor) => {
        const plan = planInterestMove(action, status, actor, 'because');
        if (actor !== rule.by) expect(plan).toMatchObject({ ok: false, code: 'not_allowed_for_actor' });
        else if (!rule.from.includes(status))
          expect(plan).toMatchObject({ ok: false, code: 'not_allowed_from_status' });
        else expect(plan).toEqual({ ok: true, to: rule.to });
      },
    );
  });

  it('asks an officer for a reason to decline, and offers each side its own moves', () => {
    expect(planInterestMove('decline', 'submitted', 'staff', ' ')).toMatchObject({ code: 'reason_required' });
    expect(planInterestMove('agree', 'under_negotiation', 'investor', null)).toMatchObject({
      code: 'not_allowed_for_actor',
      message: 'Only officers of the zone may agree.',
    });
    expect(availableInterestMoves('submitted', 'staff')).toEqual(['start_negotiation', 'decline']);
    expect(availableInterestMoves('under_negotiation', 'investor')).toEqual(['withdraw']);
    for (const status of ['agreed', 'declined', 'withdrawn'] as const) {
      expect([...availableInterestMoves(status, 'staff'), ...availableInterestMoves(status, 'investor')]).toEqual([]);
    }
  });
});
