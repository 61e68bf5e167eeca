import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import { OKED_CODE_PATTERN } from '@kbdm/accounts/domain';
import type { MatchReason, SlotMatch } from '@kbdm/sez/domain';
import {
  COMPARE_LIMIT,
  type ComparePick,
  CompareSelection,
  InvestorRequestsClient,
  type MatchQuery,
  SezClient,
} from '@kbdm/sez/web-data-access';
import { CapacityBars } from '@kbdm/sez/web-ui';
import { fill, formatMoney, I18n, injectStrings, toProblem } from '@kbdm/shared/web-core';
import { INVESTOR_STRINGS } from '../investors.strings';

const NEEDS = ['area', 'power', 'water', 'gas', 'budget'] as const;

const amount = (value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? number : undefined;
};

/**
 * `/investors`: the investor's needs (in the URL, so a ranking can be shared), the zone's plots
 * and the PPP projects ranked against them with one reason per criterion, free capacity bars,
 * and up to four picked for the compare view.
 */
@Component({
  selector: 'kbdm-investor-landing-page',
  imports: [
    CapacityBars,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './investor-landing-page.html',
  styleUrl: './investor-landing-page.scss',
})
export class InvestorLandingPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(InvestorRequestsClient);
  private readonly zones = inject(SezClient);
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthStore);
  protected readonly strings = injectStrings(INVESTOR_STRINGS);

  /** From the query string. */
  readonly sector = input<string>();
  readonly area = input<string>();
  readonly power = input<string>();
  readonly water = input<string>();
  readonly gas = input<string>();
  readonly budget = input<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    sector: ['', Validators.pattern(OKED_CODE_PATTERN)],
    area: ['', Validators.min(0)],
    power: ['', Validators.min(0)],
    water: ['', Validators.min(0)],
    gas: ['', Validators.min(0)],
    budget: ['', Validators.min(0)],
  });

  protected readonly query = computed<MatchQuery>(() => {
    const sector = this.sector()?.trim().toUpperCase();
    return {
      ...(sector && OKED_CODE_PATTERN.test(sector) ? { sector } : {}),
      area: amount(this.area()),
      power: amount(this.power()),
      water: amount(this.water()),
      gas: amount(this.gas()),
      budget: amount(this.budget()),
    };
  });
  protected readonly ranking = rxResource({
    params: () => ({ query: this.query(), lang: this.i18n.lang() }),
    stream: ({ params }) => this.client.matches(params.query, params.lang),
  });
  protected readonly problem = computed(() =>
    this.ranking.status() === 'error' ? toProblem(this.ranking.error()) : null,
  );
  protected readonly slots = computed(() => (this.ranking.hasValue() ? this.ranking.value().slots : []));
  protected readonly projects = computed(() => (this.ranking.hasValue() ? this.ranking.value().pppProjects : []));

  private readonly zoneList = rxResource({
    params: () => ({ lang: this.i18n.lang() }),
    stream: ({ params }) => this.zones.list({ pageSize: 5 }, params.lang),
  });
  protected readonly zone = computed(() =>
    this.zoneList.hasValue() ? (this.zoneList.value().items[0] ?? null) : null,
  );

  private readonly selection = inject(CompareSelection);
  protected readonly picked = this.selection.picks;
  protected readonly compareLink = this.selection.queryParams;
  protected readonly isInvestor = computed(() => this.auth.role() === 'investor');
  protected readonly limit = COMPARE_LIMIT;
  protected readonly fill = fill;
  /** The numeric needs, one field each, in the order of the form. */
  protected readonly needs = NEEDS.map((key) => ({ key }));

  constructor() {
    // The form shows what the URL says, after a reload or a shared link as after a search.
    effect(() => {
      this.form.setValue({
        sector: this.sector() ?? '',
        area: this.area() ?? '',
        power: this.power() ?? '',
        water: this.water() ?? '',
        gas: this.gas() ?? '',
        budget: this.budget() ?? '',
      });
    });
  }

  protected search(event: Event): void {
    event.preventDefault();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    // Number inputs hand their controls numbers (or null), whatever the controls were made with.
    const value = this.form.getRawValue() as Record<string, string | number | null>;
    const text = (key: string) => String(value[key] ?? '').trim();
    const queryParams: Record<string, string | null> = { sector: text('sector').toUpperCase() || null };
    for (const need of NEEDS) queryParams[need] = text(need) || null;
    void this.router.navigate([], { queryParams });
  }

  protected clear(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected isPicked(kind: ComparePick['kind'], id: string): boolean {
    return this.selection.has(kind, id);
  }

  protected toggle(kind: ComparePick['kind'], id: string): void {
    this.selection.toggle(kind, id);
  }

  protected reasonText(reason: MatchReason): string {
    const text = reason.text[this.i18n.lang()];
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  }

  protected fitText(match: SlotMatch): string {
    const judged = match.reasons.filter((r) => r.criterion !== 'rail' && r.criterion !== 'tender');
    if (match.fits) return this.strings().landing.fits;
    return fill(this.strings().landing.partly, { met: judged.filter((r) => r.met).length, total: judged.length });
  }

  protected money(value: number): string {
    return formatMoney(value, 'KZT', this.i18n.lang(), true);
  }

  protected zoneLine(registered: number, operating: number): string {
    return fill(this.strings().landing.zone, { registered, operating });
  }
}
