import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { ApplicationDecisionTimes, ApplicationFunnel } from '@kbdm/applications/domain';
import { ReferenceData, toQueryParams } from '@kbdm/catalogue/web-data-access';
import { API_BASE_URL, fill, formatMoney, formatNumber, I18n, injectStrings, toProblem } from '@kbdm/shared/web-core';
import { forkJoin } from 'rxjs';
import { DASHBOARD_STRINGS } from './dashboard.strings';
import { type Figure, FigureCard } from './figure-card';

type Occupancy = {
  zones: {
    code: string;
    title: string;
    registered: number;
    operating: number;
    slots: Record<string, number>;
    utilities: { utility: string; unit: string; maximum: number; taken: number }[];
  }[];
};
type Pipeline = { stages: { stage: string; projects: number; capexKzt: number }[] };
type OpportunityStats = {
  bySector: { code: string; title: string; opportunities: number; importValueUsd: number }[];
  byDistrict: { code: string; title: string; opportunities: number; importValueUsd: number }[];
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DISTRICT = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * `/officer/dashboard`: the figures of `/api/v1/stats/…` as charts, each with its table and CSV;
 * the period and the district in the URL, the same filters for every chart.
 */
@Component({
  selector: 'kbdm-dashboard-page',
  imports: [
    FigureCard,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  protected readonly i18n = inject(I18n);
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly router = inject(Router);
  protected readonly reference = inject(ReferenceData);
  protected readonly strings = injectStrings(DASHBOARD_STRINGS);

  /** From the query string. */
  readonly from = input<string>();
  readonly to = input<string>();
  readonly district = input<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({ from: '', to: '', district: '' });
  protected readonly filter = computed(() => ({
    from: ISO_DATE.test(this.from() ?? '') ? this.from() : undefined,
    to: ISO_DATE.test(this.to() ?? '') ? this.to() : undefined,
    district: DISTRICT.test(this.district() ?? '') ? this.district() : undefined,
  }));

  protected readonly figures = rxResource({
    params: () => ({ filter: this.filter(), lang: this.i18n.lang() }),
    stream: ({ params }) => {
      const options = { params: toQueryParams(params.filter, params.lang) };
      const url = (path: string) => `${this.baseUrl}/api/v1/stats/${path}`;
      return forkJoin({
        funnel: this.http.get<ApplicationFunnel>(url('applications/funnel'), options),
        decisions: this.http.get<ApplicationDecisionTimes>(url('applications/decision-times'), options),
        occupancy: this.http.get<Occupancy>(url('sez/occupancy'), options),
        pipeline: this.http.get<Pipeline>(url('ppp/pipeline'), options),
        opportunities: this.http.get<OpportunityStats>(url('opportunities'), options),
      });
    },
  });
  protected readonly problem = computed(() =>
    this.figures.status() === 'error' ? toProblem(this.figures.error()) : null,
  );
  private readonly data = computed(() => (this.figures.hasValue() ? this.figures.value() : null));

  constructor() {
    effect(() => {
      const filter = this.filter();
      this.form.setValue({ from: filter.from ?? '', to: filter.to ?? '', district: filter.district ?? '' });
    });
  }

  private readonly number = (value: number) => formatNumber(value, this.i18n.lang());
  private readonly percent = (value: number) => `${formatNumber(value, this.i18n.lang(), 1)} %`;
  private readonly money = (value: number) => formatMoney(value, 'KZT', this.i18n.lang(), true);

  protected readonly funnel = computed<Figure | null>(() => {
    const data = this.data();
    const s = this.strings().funnel;
    if (!data) return null;
    return {
      labelHeader: s.programme,
      columns: [{ label: s.open }, { label: s.approved }, { label: s.rejected }, { label: s.withdrawn }],
      rows: data.funnel.rows.map((r) => ({ label: r.title, values: [r.open, r.approved, r.rejected, r.withdrawn] })),
    };
  });

  protected readonly decisions = computed<Figure | null>(() => {
    const data = this.data();
    const s = this.strings().decisions;
    if (!data) return null;
    const share = (value: number | null) => (value === null ? 0 : value * 100);
    return {
      labelHeader: this.strings().funnel.programme,
      columns: [
        { label: s.onTime },
        { label: s.late },
        { label: s.openInTime },
        { label: s.openOverdue },
        { label: s.overdueShare, chart: false, format: this.percent },
        { label: s.medianDays, chart: false },
      ],
      rows: data.decisions.rows.map((r) => ({
        label: r.title,
        values: [r.onTime, r.late, r.openInTime, r.openOverdue, share(r.overdueShare), r.medianDays ?? 0],
      })),
    };
  });

  protected readonly decisionsLead = computed(() => {
    const total = this.data()?.decisions.total;
    if (!total) return '';
    return fill(this.strings().decisions.lead, {
      share: total.overdueShare === null ? '—' : this.percent(total.overdueShare * 100),
      days: total.medianDays === null ? '—' : this.number(total.medianDays),
    });
  });

  protected readonly participants = computed<Figure | null>(() => {
    const data = this.data();
    const s = this.strings().participants;
    if (!data) return null;
    return {
      labelHeader: s.zone,
      columns: [{ label: s.registered }, { label: s.operating }],
      rows: data.occupancy.zones.map((z) => ({ label: z.title, values: [z.registered, z.operating] })),
    };
  });

  protected readonly capacity = computed<Figure | null>(() => {
    const data = this.data();
    const s = this.strings().capacity;
    if (!data) return null;
    const names = this.i18n.t().catalogue.utility as Record<string, string>;
    const units = this.i18n.t().catalogue.utilityUnits as Record<string, string>;
    const lines = data.occupancy.zones.flatMap((z) =>
      z.utilities
        .filter((u) => u.maximum > 0)
        .map((u) => ({
          label: `${names[u.utility] ?? u.utility}, ${units[u.unit] ?? u.unit}${data.occupancy.zones.length > 1 ? ` (${z.title})` : ''}`,
          values: [(u.taken / u.maximum) * 100, u.maximum, u.taken],
        })),
    );
    return {
      labelHeader: s.utility,
      columns: [
        { label: s.takenShare, format: this.percent },
        { label: s.maximum, chart: false },
        { label: s.taken, chart: false },
      ],
      rows: lines,
    };
  });

  protected readonly slots = computed<Figure | null>(() => {
    const data = this.data();
    const s = this.strings().slots;
    if (!data) return null;
    const labels = this.i18n.t().catalogue.slotStatus as Record<string, string>;
    const totals = new Map<string, number>();
    for (const zone of data.occupancy.zones) {
      for (const [status, count] of Object.entries(zone.slots)) totals.set(status, (totals.get(status) ?? 0) + count);
    }
    return {
      labelHeader: s.status,
      columns: [{ label: s.plots }],
      rows: [...totals].map(([status, count]) => ({ label: labels[status] ?? status, values: [count] })),
    };
  });

  protected readonly pipeline = computed<Figure | null>(() => {
    const data = this.data();
    const s = this.strings().ppp;
    if (!data) return null;
    const labels = this.i18n.t().catalogue.pppStage as Record<string, string>;
    return {
      labelHeader: s.stage,
      columns: [{ label: s.projects }, { label: s.capex, chart: false, format: this.money }],
      rows: data.pipeline.stages.map((st) => ({
        label: labels[st.stage] ?? st.stage,
        values: [st.projects, st.capexKzt],
      })),
    };
  });

  protected readonly sectors = computed<Figure | null>(() => {
    const data = this.data();
    const s = this.strings().sectors;
    if (!data) return null;
    return {
      labelHeader: s.sector,
      columns: [{ label: s.opportunities }, { label: s.importValue, chart: false }],
      rows: data.opportunities.bySector.map((r) => ({
        label: r.title === r.code ? r.code : `${r.code} — ${r.title}`,
        values: [r.opportunities, r.importValueUsd],
      })),
    };
  });

  protected readonly districts = computed<Figure | null>(() => {
    const data = this.data();
    const s = this.strings();
    if (!data) return null;
    return {
      labelHeader: s.districts.district,
      columns: [{ label: s.sectors.opportunities }, { label: s.sectors.importValue, chart: false }],
      rows: data.opportunities.byDistrict.map((r) => ({ label: r.title, values: [r.opportunities, r.importValueUsd] })),
    };
  });

  /** The charts in the order the page shows them; one whose figures have not come yet is left out. */
  protected readonly cards = computed(() => {
    const s = this.strings();
    const cards: {
      id: string;
      heading: string;
      lead?: string;
      figure: Figure | null;
      stacked?: boolean;
      horizontal?: boolean;
      height?: number;
    }[] = [
      {
        id: 'funnel',
        heading: s.funnel.heading,
        lead: s.funnel.lead,
        figure: this.funnel(),
        stacked: true,
        horizontal: true,
      },
      {
        id: 'decisions',
        heading: s.decisions.heading,
        lead: this.decisionsLead(),
        figure: this.decisions(),
        stacked: true,
        horizontal: true,
      },
      { id: 'participants', heading: s.participants.heading, figure: this.participants(), height: 200 },
      {
        id: 'capacity',
        heading: s.capacity.heading,
        lead: s.capacity.lead,
        figure: this.capacity(),
        horizontal: true,
        height: 220,
      },
      { id: 'slots', heading: s.slots.heading, figure: this.slots(), height: 220 },
      { id: 'pipeline', heading: s.ppp.heading, figure: this.pipeline(), height: 220 },
      { id: 'sectors', heading: s.sectors.heading, figure: this.sectors(), horizontal: true, height: 320 },
      { id: 'districts', heading: s.districts.heading, figure: this.districts(), horizontal: true, height: 320 },
    ];
    return cards.filter((card): card is (typeof cards)[number] & { figure: Figure } => card.figure !== null);
  });

  protected show(event: Event): void {
    event.preventDefault();
    const value = this.form.getRawValue();
    void this.router.navigate([], {
      queryParams: { from: value.from || null, to: value.to || null, district: value.district || null },
    });
  }

  protected clear(): void {
    void this.router.navigate([], { queryParams: {} });
  }
}
