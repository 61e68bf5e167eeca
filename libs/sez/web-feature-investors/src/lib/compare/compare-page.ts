import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { PppProjectClient } from '@kbdm/catalogue/web-data-access';
import type { PppProject } from '@kbdm/catalogue/domain';
import type { SezSlot } from '@kbdm/sez/domain';
import { COMPARE_LIMIT, CompareSelection, SezSlotClient } from '@kbdm/sez/web-data-access';
import { CapacityBars } from '@kbdm/sez/web-ui';
import { formatDate, formatMoney, formatNumber, I18n, injectStrings } from '@kbdm/shared/web-core';
import { catchError, forkJoin, map, of } from 'rxjs';
import { INVESTOR_STRINGS } from '../investors.strings';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idsOf = (value: string | undefined): string[] =>
  [...new Set((value ?? '').split(',').map((id) => id.trim()))].filter((id) => UUID.test(id));

type Column = { kind: 'slot'; id: string; item: SezSlot | null } | { kind: 'ppp'; id: string; item: PppProject | null };

/**
 * `/investors/compare?slots=…&ppp=…`: up to four plots and PPP projects side by side, the
 * selection in the URL (a link shows the same comparison), each plot with its capacity bars.
 */
@Component({
  selector: 'kbdm-compare-page',
  imports: [CapacityBars, MatButtonModule, MatProgressBarModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './compare-page.html',
  styleUrl: './compare-page.scss',
})
export class ComparePage {
  protected readonly i18n = inject(I18n);
  private readonly slotClient = inject(SezSlotClient);
  private readonly projectClient = inject(PppProjectClient);
  private readonly router = inject(Router);
  protected readonly strings = injectStrings(INVESTOR_STRINGS);

  /** From the query string: comma lists of ids. */
  readonly slots = input<string>();
  readonly ppp = input<string>();

  private readonly picks = computed(() => {
    const slots = idsOf(this.slots()).map((id) => ({ kind: 'slot' as const, id }));
    const projects = idsOf(this.ppp()).map((id) => ({ kind: 'ppp' as const, id }));
    return [...slots, ...projects].slice(0, COMPARE_LIMIT);
  });

  protected readonly loaded = rxResource({
    params: () => ({ picks: this.picks(), lang: this.i18n.lang() }),
    stream: ({ params }) =>
      params.picks.length === 0
        ? of([] as Column[])
        : forkJoin(
            params.picks.map((pick) =>
              pick.kind === 'slot'
                ? this.slotClient.get(pick.id, params.lang).pipe(
                    map((item): Column => ({ kind: 'slot', id: pick.id, item })),
                    catchError(() => of<Column>({ kind: 'slot', id: pick.id, item: null })),
                  )
                : this.projectClient.get(pick.id, params.lang).pipe(
                    map((item): Column => ({ kind: 'ppp', id: pick.id, item })),
                    catchError(() => of<Column>({ kind: 'ppp', id: pick.id, item: null })),
                  ),
            ),
          ),
  });
  private readonly selection = inject(CompareSelection);

  constructor() {
    // A shared link sets the selection, so the ranking and the map tick what is compared here.
    effect(() => {
      const picks = this.picks();
      untracked(() => this.selection.set(picks));
    });
  }

  protected readonly columns = computed(() => (this.loaded.hasValue() ? this.loaded.value() : []));
  protected readonly empty = computed(() => this.picks().length === 0);

  protected slotOf(column: Column): SezSlot | null {
    return column.kind === 'slot' ? column.item : null;
  }

  protected projectOf(column: Column): PppProject | null {
    return column.kind === 'ppp' ? column.item : null;
  }

  protected remove(column: Column): void {
    const rest = this.picks().filter((p) => !(p.kind === column.kind && p.id === column.id));
    const join = (kind: Column['kind']) =>
      rest
        .filter((p) => p.kind === kind)
        .map((p) => p.id)
        .join(',') || null;
    void this.router.navigate([], { queryParams: { slots: join('slot'), ppp: join('ppp') } });
  }

  protected money(value: number | null): string {
    return value === null ? this.strings().compare.none : formatMoney(value, 'KZT', this.i18n.lang());
  }

  protected number(value: number): string {
    return formatNumber(value, this.i18n.lang());
  }

  protected date(value: string | null): string {
    return value ? formatDate(value, this.i18n.lang()) : this.strings().compare.none;
  }

  protected slotStatus(status: string): string {
    return (this.i18n.t().catalogue.slotStatus as Record<string, string>)[status] ?? status;
  }

  protected stage(stage: string): string {
    return (this.i18n.t().catalogue.pppStage as Record<string, string>)[stage] ?? stage;
  }
}
