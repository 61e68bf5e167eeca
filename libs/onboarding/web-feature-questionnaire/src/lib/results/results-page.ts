import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  ElementRef,
  inject,
  input,
  linkedSignal,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import { ReferenceData } from '@kbdm/catalogue/web-data-access';
import type { OpportunityMatch, Verdict } from '@kbdm/onboarding/eligibility';
import { AssessmentStore } from '@kbdm/onboarding/web-data-access';
import { fill, formatNumber, I18n, LocalDatePipe, toProblem } from '@kbdm/shared/web-core';
import { FillPipe } from '../fill.pipe';
import { BusinessChecklist } from './business-checklist';
import { SaveResults } from './save-results';
import { VerdictCard } from './verdict-card';

const VERDICTS: readonly Verdict[] = ['eligible', 'nearly', 'not'];

/**
 * `/start/results/:id`: an assessment — how many programmes fit, each programme's verdict
 * with its reasons, the ranked opportunities, the steps to open a business, the link to come
 * back with, and saving it to an account. Everything is read once: the explanations carry all
 * three languages, so switching language asks the API nothing.
 */
@Component({
  selector: 'kbdm-results-page',
  imports: [
    BusinessChecklist,
    FillPipe,
    LocalDatePipe,
    MatButtonModule,
    MatProgressSpinnerModule,
    RouterLink,
    SaveResults,
    VerdictCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './results-page.html',
  styleUrl: './results-page.scss',
  host: { '(window:beforeprint)': 'unfold()' },
})
export class ResultsPage {
  protected readonly i18n = inject(I18n);
  private readonly store = inject(AssessmentStore);
  private readonly auth = inject(AuthStore);
  private readonly reference = inject(ReferenceData);
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the route's `:id`: the assessment's unguessable token. */
  readonly id = input.required<string>();

  // Only the id is a parameter: the language is read once, for the names of referenced items.
  private readonly loaded = resource({
    params: () => this.id(),
    loader: async ({ params }) => {
      // A claimed assessment answers only its account: wait for the session a reload brings back.
      await this.auth.restore();
      return this.store.load(params, untracked(this.i18n.lang));
    },
  });
  protected readonly assessment = computed(() => (this.loaded.hasValue() ? this.loaded.value() : undefined));
  protected readonly loading = this.loaded.isLoading;
  protected readonly problem = computed(() =>
    this.loaded.status() === 'error' ? toProblem(this.loaded.error()) : null,
  );
  protected readonly claimed = linkedSignal(() => this.assessment()?.claimed ?? false);

  protected readonly byVerdict = computed(() => {
    const programmes = this.assessment()?.programmes ?? [];
    return {
      eligible: programmes.filter((p) => p.verdict === 'eligible'),
      nearly: programmes.filter((p) => p.verdict === 'nearly'),
      not: programmes.filter((p) => p.verdict === 'not'),
    };
  });

  /** The summary bar's segments, each as wide as its share of the programmes. */
  protected readonly segments = computed(() => {
    const summary = this.assessment()?.summary;
    const t = this.i18n.t().onboarding.results.verdicts;
    return VERDICTS.map((verdict) => ({
      verdict,
      label: t[verdict],
      count: summary?.[verdict] ?? 0,
      share: summary && summary.total > 0 ? (summary[verdict] / summary.total) * 100 : 0,
    }));
  });

  protected readonly summaryText = computed(() => {
    const summary = this.assessment()?.summary;
    return summary ? fill(this.i18n.t().onboarding.results.summaryText, summary) : '';
  });

  protected readonly link = computed(
    () => `${this.document.location.origin}/start/results/${encodeURIComponent(this.id())}`,
  );
  protected readonly copyStatus = signal<'copied' | 'failed' | null>(null);

  protected opportunityName(match: OpportunityMatch): string {
    return match.opportunity.name[this.i18n.lang()] || match.opportunity.title;
  }

  /** The sector and district in the interface language when the catalogue has them, else as the API named them. */
  protected opportunityPlace(match: OpportunityMatch): string {
    const { sector, district } = match.opportunity;
    const sectorTitle = this.reference.sectors().find((s) => s.code === sector.code)?.title ?? sector.title;
    const parts = [`${sector.code} — ${sectorTitle}`];
    if (district) parts.push(this.reference.districts().find((d) => d.code === district.code)?.title ?? district.title);
    return parts.join(' · ');
  }

  protected points(points: number, weight: number): string {
    const lang = this.i18n.lang();
    return fill(this.i18n.t().onboarding.results.points, {
      points: formatNumber(points, lang, 1),
      weight: formatNumber(weight, lang),
    });
  }

  protected reload(): void {
    this.loaded.reload();
  }

  protected copy(): void {
    this.copyStatus.set(this.clipboard.copy(this.link()) ? 'copied' : 'failed');
  }

  protected print(): void {
    this.unfold();
    this.document.defaultView?.print();
  }

  /** Opens every folded part before printing: a closed <details> prints closed. */
  protected unfold(): void {
    this.host.nativeElement.querySelectorAll('details').forEach((details) => (details.open = true));
  }
}
