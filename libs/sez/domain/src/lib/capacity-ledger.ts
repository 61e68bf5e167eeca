import { UTILITIES, type SlotStatus, type Utility } from './sez-slot';
import { isActiveReservation, type ReservationStatus } from './reservation-workflow';

/** An amount of each utility: a slot's maximums, what a reservation holds, or what is free. */
export type UtilityAmounts = Readonly<Record<Utility, number>>;

/**
 * Amounts are compared in thousandths of a unit (1 kW of a MW, 1 litre of a m³): decimal figures
 * such as 0.1 + 0.2 MW must neither refuse nor allow a reservation by a floating-point hair.
 */
const SCALE = 1000;
const units = (value: number) => Math.round(value * SCALE);

export const NO_UTILITIES: UtilityAmounts = Object.freeze({ power: 0, water: 0, sewerage: 0, heat: 0, gas: 0 });

/** One reservation as the ledger sees it: what it holds, and whether it still holds it. */
export type LedgerEntry = { status: ReservationStatus; amounts: Partial<Record<Utility, number>> };

/** What is left of each utility: the maximum less what every active reservation holds. Never typed by hand. */
export function freeCapacity(maximums: UtilityAmounts, entries: readonly LedgerEntry[]): UtilityAmounts {
  const taken = Object.fromEntries(UTILITIES.map((utility) => [utility, 0])) as Record<Utility, number>;
  for (const entry of entries) {
    if (!isActiveReservation(entry.status)) continue;
    for (const utility of UTILITIES) taken[utility] += units(entry.amounts[utility] ?? 0);
  }
  return Object.fromEntries(
    UTILITIES.map((utility) => [utility, (units(maximums[utility]) - taken[utility]) / SCALE]),
  ) as Record<Utility, number>;
}

/** What is left when `taken` (the active reservations' sums, as the database adds them) is held. */
export function remainingCapacity(maximums: UtilityAmounts, taken: Partial<Record<Utility, number>>): UtilityAmounts {
  return Object.fromEntries(
    UTILITIES.map((utility) => [utility, (units(maximums[utility]) - units(taken[utility] ?? 0)) / SCALE]),
  ) as Record<Utility, number>;
}

/** A utility the request needs more of than is free. */
export type CapacityShortfall = { utility: Utility; requested: number; free: number };

/**
 * The utilities `requested` needs more of than `free` holds, in the order of `UTILITIES`; empty
 * when the request fits. A negative or non-finite amount is the caller's input error, not a shortfall.
 */
export function capacityShortfalls(
  requested: Partial<Record<Utility, number>>,
  free: UtilityAmounts,
): CapacityShortfall[] {
  return UTILITIES.flatMap((utility) => {
    const amount = requested[utility] ?? 0;
    return units(amount) > units(free[utility]) ? [{ utility, requested: amount, free: free[utility] }] : [];
  });
}

/**
 * The slot's status as its reservations make it: occupied once one is contracted, under
 * negotiation while one is negotiated, reserved while one is requested or held, else available.
 */
export function slotStatusOf(statuses: readonly ReservationStatus[]): SlotStatus {
  if (statuses.includes('contracted')) return 'occupied';
  if (statuses.includes('under_negotiation')) return 'under_negotiation';
  if (statuses.includes('requested') || statuses.includes('held')) return 'reserved';
  return 'available';
}
