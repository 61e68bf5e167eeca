import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ApplicationSummary } from '@kbdm/applications/domain';
import { fill, formatDate, formatNumber, I18n, injectStrings } from '@kbdm/shared/web-core';
import { APPLICATION_STRINGS } from './application-strings';
import { OverdueMark } from './overdue-mark';

/** What the deadline part of an application needs. */
export type DeadlineFacts = Pick<ApplicationSummary, 'status' | 'decisionDue' | 'overdue' | 'pausedWorkingDaysLeft'> & {
  decidedAt?: string | null;
};

/**
 * The decision deadline in words: not started (a draft), due by a date, overdue (with a sign and
 * the word, not colour alone), paused with the working days left while the applicant answers,
 * or the day of the decision.
 */
@Component({
  selector: 'kbdm-deadline-note',
  imports: [OverdueMark],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings().deadline;
    <p class="deadline" [class.overdue]="facts().overdue" data-testid="deadline">
      @if (facts().overdue && !paused()) {
        <kbdm-overdue-mark [label]="s.overdueLabel" />
      }
      <span data-testid="deadline-text">{{ text() }}</span>
    </p>
  `,
  styles: `
    .deadline {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      margin: 0;
    }
  `,
})
export class DeadlineNote {
  private readonly i18n = inject(I18n);
  protected readonly strings = injectStrings(APPLICATION_STRINGS);
  readonly facts = input.required<DeadlineFacts>();

  protected readonly paused = computed(() => this.facts().pausedWorkingDaysLeft !== null);
  protected readonly text = computed(() => {
    const s = this.strings().deadline;
    const lang = this.i18n.lang();
    const { decidedAt, decisionDue, overdue, pausedWorkingDaysLeft } = this.facts();
    if (decidedAt) return fill(s.decided, { date: formatDate(decidedAt, lang) });
    if (pausedWorkingDaysLeft !== null) return fill(s.paused, { days: formatNumber(pausedWorkingDaysLeft, lang) });
    if (!decisionDue) return s.notStarted;
    return fill(overdue ? s.overdue : s.due, { date: formatDate(decisionDue, lang) });
  });
}
