import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ProgrammeVerdict } from '@kbdm/onboarding/eligibility';
import { fill, formatMoney, I18n } from '@kbdm/shared/web-core';

/**
 * One programme's verdict: eligible says why ("you qualify because…" with every rule), nearly
 * says what is missing ("you would qualify if…" with the unmet and unknown rules, the met ones
 * folded away), not is folded to its name with the reason inside. Texts come in all three
 * languages, so a language switch only re-renders.
 */
@Component({
  selector: 'kbdm-verdict-card',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = i18n.t().onboarding.results;
    @let v = verdict();
    @if (v.verdict === 'not') {
      <details class="card not" data-testid="verdict-card" [attr.data-verdict]="v.verdict">
        <summary>
          <span class="name" [attr.lang]="lang()">{{ name() }}</span>
          <span class="badge">{{ t.verdicts.not }}</span>
        </summary>
        <p class="lead">{{ t.whyNot }}</p>
        <ul>
          @for (text of unmet(); track $index) {
            <li data-testid="verdict-reason">{{ text }}</li>
          }
        </ul>
        <a [routerLink]="['/programmes', v.programme.id]">{{ t.programmeLink }}</a>
      </details>
    } @else {
      <article
        class="card"
        [class.nearly]="v.verdict === 'nearly'"
        data-testid="verdict-card"
        [attr.data-verdict]="v.verdict"
      >
        <header>
          <h3>
            <a [routerLink]="['/programmes', v.programme.id]" [attr.lang]="lang()">{{ name() }}</a>
          </h3>
          <span class="badge">{{ t.verdicts[v.verdict] }}</span>
        </header>
        @if (amount(); as amount) {
          <p class="amount">{{ amount }}</p>
        }
        @if (v.verdict === 'eligible') {
          @if (met().length) {
            <p class="lead">{{ t.qualifyBecause }}</p>
            <ul>
              @for (text of met(); track $index) {
                <li data-testid="verdict-reason">{{ text }}</li>
              }
            </ul>
          }
        } @else {
          <p class="lead">{{ t.wouldQualifyIf }}</p>
          <ul>
            @for (text of missing(); track $index) {
              <li data-testid="verdict-reason">{{ text }}</li>
            }
          </ul>
          @if (met().length) {
            <details>
              <summary>{{ alreadyMet() }}</summary>
              <ul>
                @for (text of met(); track $index) {
                  <li>{{ text }}</li>
                }
              </ul>
            </details>
          }
        }
        <p class="more">
          <a [routerLink]="['/programmes', v.programme.id]">{{ t.programmeLink }}</a>
        </p>
      </article>
    }
  `,
  styleUrl: './verdict-card.scss',
})
export class VerdictCard {
  protected readonly i18n = inject(I18n);
  readonly verdict = input.required<ProgrammeVerdict>();

  protected readonly lang = this.i18n.lang;
  protected readonly name = computed(
    () => this.verdict().programme.name[this.lang()] || this.verdict().programme.title,
  );
  protected readonly amount = computed(() => {
    const max = this.verdict().programme.maxAmountKzt;
    return max === null
      ? ''
      : fill(this.i18n.t().onboarding.results.upTo, { amount: formatMoney(max, 'KZT', this.lang()) });
  });
  private readonly texts = (outcomes: readonly string[]) =>
    this.verdict()
      .rules.filter((rule) => outcomes.includes(rule.outcome))
      .map((rule) => rule.explanation[this.lang()]);
  protected readonly met = computed(() => this.texts(['met']));
  protected readonly unmet = computed(() => this.texts(['unmet']));
  /** What stands between a nearly verdict and eligible: the unmet rules, then the ones an answer would settle. */
  protected readonly missing = computed(() => [...this.texts(['unmet']), ...this.texts(['unknown'])]);
  protected readonly alreadyMet = computed(() =>
    fill(this.i18n.t().onboarding.results.alreadyMet, { count: this.met().length }),
  );
}
