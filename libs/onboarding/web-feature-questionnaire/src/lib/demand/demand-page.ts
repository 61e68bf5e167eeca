import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router } from '@angular/router';
import { ReferenceData } from '@kbdm/catalogue/web-data-access';
import type { OnboardingDemand, Verdict } from '@kbdm/onboarding/eligibility';
import { type DemandFilter, OnboardingClient } from '@kbdm/onboarding/web-data-access';
import { formatNumber, I18n, toProblem } from '@kbdm/shared/web-core';
import { type ChartTable, DemandChart } from './demand-chart';
import { RULE_NAMES } from './rule-names';

const VERDICTS: readonly Verdict[] = ['eligible', 'nearly', 'not'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One bar: its label, its count (null: fewer than 3) and its length as a share of the longest. */
type Bar = { key: string; label: string; count: number | null; width: number };

function bars(rows: { key: string; label: string; count: number | null }[]): Bar[] {
  const max = Math.max(0, ...rows.map((row) => row.count ?? 0));
  return rows.map((row) => ({ ...row, width: max > 0 ? ((row.count ?? 0) / max) * 100 : 0 }));
}

/**
 * `/officer/demand`: what people asked for in the onboarding questionnaire, for programme
 * officers — assessments by district and sector, verdicts per programme and the rules that
 * excluded most people, each as bars, a table and a CSV. The period and district live in the
 * URL, so a link opens the same figures.
 */
@Component({
  selector: 'kbdm-demand-page',
  imports: [DemandChart, MatButtonModule, MatInputModule, MatProgressSpinnerModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './demand-page.html',
  styleUrl: './demand-page.scss',
})
export class DemandPage {
  protected readonly i18n = inject(I18n);
  protected readonly reference = inject(ReferenceData);
  private readonly client = inject(OnboardingClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** From the query string: `?from=YYYY-MM-DD&to=YYYY-MM-DD&district=<code>`. */
  readonly from = input<string>();
  readonly to = input<string>();
  readonly district = input<string>();

  protected readonly filter = computed(
    () => ({
      from: DAY.test(this.from() ?? '') ? this.from() : null,
      to: DAY.test(this.to() ?? '') ? this.to() : null,
      district: this.district() || null,
    }),
    { equal: (a, b) => a.from === b.from && a.to === b.to && a.district === b.district },
  );

  private readonly loaded = rxResource({
    params: (): DemandFilter => this.filter(),
    stream: ({ params }) => this.client.demand(params),
  });
  protected readonly demand = computed<OnboardingDemand | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly loading = this.loaded.isLoading;
  protected readonly problem = computed(() =>
    this.loaded.status() === 'error' ? toProblem(this.loaded.error()) : null,
  );

  protected readonly districtBars = computed(() =>
    bars(
      (this.demand()?.byDistrict ?? []).map(({ district, count }) => ({
        key: district.code,
        label: this.reference.districts().find((d) => d.code === district.code)?.title ?? district.title,
        count,
      })),
    ),
  );

  protected readonly sectorBars = computed(() =>
    bars(
      (this.demand()?.bySector ?? []).map(({ sector, count }) => ({
        key: sector.code,
        label: `${sector.code} — ${this.reference.sectors().find((s) => s.code === sector.code)?.title ?? sector.title}`,
        count,
      })),
    ),
  );

  protected readonly ruleBars = computed(() => {
    const lang = this.i18n.lang();
    return bars(
      (this.demand()?.excludingRules ?? []).map(({ kind, count }) => ({
        key: kind,
        label: RULE_NAMES[kind]?.[lang] ?? kind,
        count,
      })),
    );
  });

  /** Per programme, its three verdicts as segments of one bar, each as wide as its share of the counts shown. */
  protected readonly programmeBars = computed(() => {
    const t = this.i18n.t().demand.verdicts;
    return (this.demand()?.byProgramme ?? []).map((row) => {
      const shown = VERDICTS.reduce((sum, verdict) => sum + (row[verdict] ?? 0), 0);
      return {
        key: row.programme.code,
        label: row.programme.title,
        segments: VERDICTS.map((verdict) => ({
          verdict,
          label: t[verdict],
          count: row[verdict],
          width: shown > 0 ? ((row[verdict] ?? 0) / shown) * 100 : 0,
        })),
      };
    });
  });

  protected readonly legend = computed(() => {
    const t = this.i18n.t().demand.verdicts;
    return VERDICTS.map((verdict) => ({ verdict, label: t[verdict] }));
  });

  protected readonly tables = computed(() => {
    const t = this.i18n.t().demand;
    const simple = (label: string, rows: Bar[]): ChartTable => ({
      header: [label, t.count],
      rows: rows.map((bar) => [bar.label, bar.count]),
    });
    return {
      districts: simple(t.district, this.districtBars()),
      sectors: simple(t.sector, this.sectorBars()),
      programmes: {
        header: [t.programme, ...VERDICTS.map((verdict) => t.verdicts[verdict])],
        rows: this.programmeBars().map((row) => [row.label, ...row.segments.map((segment) => segment.count)]),
      },
      rules: simple(t.rule, this.ruleBars()),
    } satisfies Record<string, ChartTable>;
  });

  /** The CSV files' names say what they hold: `demand-districts-2026-03-01-2026-03-31-temirtau`. */
  protected fileName(chart: string): string {
    const { from, to, district } = this.filter();
    return ['demand', chart, from, to, district].filter(Boolean).join('-');
  }

  protected count(value: number | null): string {
    return value === null ? this.i18n.t().demand.fewer : formatNumber(value, this.i18n.lang());
  }

  protected setFilter(key: keyof DemandFilter, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.navigate({ [key]: value || null });
  }

  protected reset(): void {
    this.navigate({ from: null, to: null, district: null });
  }

  protected reload(): void {
    this.loaded.reload();
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
