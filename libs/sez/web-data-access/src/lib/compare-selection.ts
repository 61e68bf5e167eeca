import { computed, Injectable, signal } from '@angular/core';

/** A plot or a PPP project picked for the compare view. */
export type ComparePick = { kind: 'slot' | 'ppp'; id: string };

/** At most this many side by side. */
export const COMPARE_LIMIT = 4;
const STORAGE_KEY = 'kbdm.compare';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function stored(): ComparePick[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(value)
      ? value
          .filter((p): p is ComparePick => (p?.kind === 'slot' || p?.kind === 'ppp') && UUID.test(String(p?.id)))
          .slice(0, COMPARE_LIMIT)
      : [];
  } catch {
    return [];
  }
}

/**
 * What the investor has picked to compare, from the ranking or from the map, kept for the tab
 * (session storage). The compare view's URL is made from it, and sets it when opened by a link.
 */
@Injectable({ providedIn: 'root' })
export class CompareSelection {
  private readonly state = signal<ComparePick[]>(stored());
  readonly picks = this.state.asReadonly();
  readonly full = computed(() => this.state().length >= COMPARE_LIMIT);
  /** The compare view's query parameters: `slots=…&ppp=…`. */
  readonly queryParams = computed(() => {
    const ids = (kind: ComparePick['kind']) =>
      this.state()
        .filter((p) => p.kind === kind)
        .map((p) => p.id)
        .join(',');
    return { slots: ids('slot') || null, ppp: ids('ppp') || null };
  });

  has(kind: ComparePick['kind'], id: string): boolean {
    return this.state().some((p) => p.kind === kind && p.id === id);
  }

  /** Adds or removes one; a fifth is not added. */
  toggle(kind: ComparePick['kind'], id: string): void {
    const picks = this.state();
    this.set(
      this.has(kind, id)
        ? picks.filter((p) => !(p.kind === kind && p.id === id))
        : picks.length < COMPARE_LIMIT
          ? [...picks, { kind, id }]
          : picks,
    );
  }

  set(picks: ComparePick[]): void {
    const next = picks.slice(0, COMPARE_LIMIT);
    this.state.set(next);
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage may be off; the selection still lives for this page.
    }
  }
}
