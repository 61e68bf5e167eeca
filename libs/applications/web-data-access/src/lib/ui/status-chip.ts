import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ApplicationStatus } from '@kbdm/applications/domain';
import { I18n } from '@kbdm/shared/web-core';

/** How a status reads at a glance; the label always says it in words too. */
const TONE: Record<ApplicationStatus, 'neutral' | 'progress' | 'attention' | 'positive' | 'negative'> = {
  draft: 'neutral',
  submitted: 'progress',
  in_review: 'progress',
  information_requested: 'attention',
  resubmitted: 'progress',
  approved: 'positive',
  rejected: 'negative',
  withdrawn: 'neutral',
};

/** An application's status as a labelled chip in the interface language; the key itself is never shown. */
@Component({
  selector: 'kbdm-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="tone()" data-testid="status-chip" [attr.data-status]="status()">{{
    label()
  }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .neutral {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .progress {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .attention {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .positive {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .negative {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class StatusChip {
  private readonly i18n = inject(I18n);
  readonly status = input.required<ApplicationStatus>();
  protected readonly tone = computed(() => TONE[this.status()]);
  protected readonly label = computed(() => this.i18n.t().applications.status[this.status()]);
}
