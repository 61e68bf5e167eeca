import {
  capacityShortfalls,
  freeCapacity,
  type LedgerEntry,
  NO_UTILITIES,
  remainingCapacity,
  slotStatusOf,
} from './capacity-ledger';

const MAXIMUMS = { power: 14, water: 400, sewerage: 300, heat: 5, gas: 1200 };

describe('the capacity ledger', () => {
  it('keeps free what the active reservations do not hold', () => {
    const entries: LedgerEntry[] = [
      { status: 'held', amounts: { power: 10, water: 150 } },
      { status: 'contracted', amounts: { power: 2.5, gas: 200 } },
      // Ended reservations gave their capacity back.
      { status: 'expired', amounts: { power: 14 } },
      { status: 'withdrawn', amounts: { water: 400 } },
    ];
    expect(freeCapacity(MAXIMUMS, entries)).toEqual({ power: 1.5, water: 250, sewerage: 300, heat: 5, gas: 1000 });
    expect(freeCapacity(MAXIMUMS, [])).toEqual(MAXIMUMS);
  });

  it('counts decimals exactly: 0.1 + 0.2 MW of 0.3 leaves nothing, not a negative hair', () => {
    const free = freeCapacity({ ...NO_UTILITIES, power: 0.3 }, [
      { status: 'held', amounts: { power: 0.1 } },
      { status: 'requested', amounts: { power: 0.2 } },
    ]);
    expect(free.power).toBe(0);
    expect(capacityShortfalls({ power: 0.1 + 0.2 }, { ...NO_UTILITIES, power: 0.3 })).toEqual([]);
  });

  it('names each utility a request needs more of than is free', () => {
    const free = { power: 4, water: 50, sewerage: 300, heat: 0, gas: 1000 };
    expect(capacityShortfalls({ power: 4, water: 50 }, free)).toEqual([]);
    expect(capacityShortfalls({ power: 10, water: 20, heat: 0.5 }, free)).toEqual([
      { utility: 'power', requested: 10, free: 4 },
      { utility: 'heat', requested: 0.5, free: 0 },
    ]);
  });

  it('sets the slot status from its reservations', () => {
    expect(slotStatusOf([])).toBe('available');
    expect(slotStatusOf(['released', 'expired'])).toBe('available');
    expect(slotStatusOf(['requested'])).toBe('reserved');
    expect(slotStatusOf(['held', 'under_negotiation'])).toBe('under_negotiation');
    expect(slotStatusOf(['under_negotiation', 'contracted'])).toBe('occupied');
  });
});

describe('remainingCapacity', () => {
  it('subtracts the sums the database added, to the thousandth', () => {
    const maximums = { power: 0.3, water: 100, sewerage: 0, heat: 2, gas: 50 };
    expect(remainingCapacity(maximums, { power: 0.1, water: 99.999, gas: 50 })).toEqual({
      power: 0.2,
      water: 0.001,
      sewerage: 0,
      heat: 2,
      gas: 0,
    });
  });
});
