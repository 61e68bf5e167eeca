import {
  availableReservationMoves,
  planReservationMove,
  RESERVATION_ACTIONS,
  RESERVATION_STATUSES,
  RESERVATION_TRANSITIONS,
  type ReservationActor,
} from './reservation-workflow';

const ACTORS: ReservationActor[] = ['investor', 'staff', 'system'];

describe('the reservation workflow', () => {
  // Every action, from every status, by every actor: allowed exactly where the table says.
  describe.each(RESERVATION_ACTIONS)('%s', (action) => {
    const rule = RESERVATION_TRANSITIONS[action];
    it.each(RESERVATION_STATUSES.flatMap((status) => ACTORS.map((actor) => [status, actor] as const)))(
      'from %s by %s',
      (status, actor) => {
        const plan = planReservationMove(action, status, actor, 'because');
        if (actor !== rule.by) expect(plan).toMatchObject({ ok: false, code: 'not_allowed_for_actor' });
        else if (!rule.from.includes(status))
          expect(plan).toMatchObject({ ok: false, code: 'not_allowed_from_status' });
        else expect(plan).toMatchObject({ ok: true, to: rule.to });
      },
    );
  });

  it('walks a reservation from the request to the contract', () => {
    expect(planReservationMove('hold', 'requested', 'staff', null)).toEqual({
      ok: true,
      to: 'held',
      freesCapacity: false,
    });
    expect(planReservationMove('extend', 'held', 'staff', null)).toMatchObject({ ok: true, to: 'held' });
    expect(planReservationMove('start_negotiation', 'held', 'staff', null)).toMatchObject({ to: 'under_negotiation' });
    expect(planReservationMove('contract', 'under_negotiation', 'staff', null)).toEqual({
      ok: true,
      to: 'contracted',
      freesCapacity: false,
    });
  });

  it('gives the capacity back when a reservation ends without a contract', () => {
    expect(planReservationMove('release', 'under_negotiation', 'staff', 'The investor chose Temirtau')).toEqual({
      ok: true,
      to: 'released',
      freesCapacity: true,
    });
    expect(planReservationMove('withdraw', 'requested', 'investor', null)).toMatchObject({ freesCapacity: true });
    expect(planReservationMove('expire', 'held', 'system', null)).toMatchObject({ to: 'expired', freesCapacity: true });
  });

  it('asks the officer for a reason to take capacity back, and no one for an expiry', () => {
    expect(planReservationMove('release', 'held', 'staff', '  ')).toMatchObject({ ok: false, code: 'reason_required' });
    expect(planReservationMove('expire', 'requested', 'system', null)).toMatchObject({ ok: true });
  });

  it('never moves an ended reservation, only records production on a contract, and says who may act', () => {
    for (const status of ['contracted', 'released', 'expired', 'withdrawn'] as const) {
      expect(availableReservationMoves(status, 'investor')).toEqual([]);
      expect(availableReservationMoves(status, 'system')).toEqual([]);
    }
    expect(availableReservationMoves('contracted', 'staff')).toEqual(['record_production']);
    expect(planReservationMove('contract', 'held', 'investor', null)).toEqual({
      ok: false,
      code: 'not_allowed_for_actor',
      message: 'Only officers of the zone may contract.',
    });
    expect(availableReservationMoves('held', 'staff')).toEqual(['extend', 'start_negotiation', 'release']);
    expect(availableReservationMoves('held', 'investor')).toEqual(['withdraw']);
  });
});
