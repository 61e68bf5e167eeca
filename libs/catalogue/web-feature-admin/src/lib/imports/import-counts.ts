import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type ImportCounts as Counts, IMPORT_ROW_ACTIONS } from '@kbdm/catalogue/domain';
import { fill, formatNumber, I18n, injectStrings } from '@kbdm/shared/web-core';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';

/** What a file would do: one bar split by action (new, changed, unchanged, with errors) and the numbers beside. */
@Component({
  selector: 'kbdm-import-counts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" role="img" [attr.aria-label]="summary()" data-testid="import-counts-bar">
      @for (part of parts(); track part.action) {
        @if (part.count > 0) {
          <span [class]="'part ' + part.action" [style.flex-grow]="part.count"></span>
        }
      }
    </div>
    <ul class="legend">
      @for (part of parts(); track part.action) {
        <li>
          <span [class]="'swatch ' + part.action" aria-hidden="true"></span>
          {{ part.label }}
          <strong [attr.data-testid]="'count-' + part.action">{{ part.text }}</strong>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      display: flex;
      height: 16px;
      overflow: hidden;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 20px;
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
    }
    .swatch {
      display: inline-block;
      width: 12px;
      height: 12px;
      margin-inline-end: 4px;
      border-radius: 2px;
    }
    .add {
      background: var(--mat-sys-primary);
    }
    .update {
      background: var(--mat-sys-tertiary);
    }
    .unchanged {
      background: var(--mat-sys-outline);
    }
    .invalid {
      background: var(--mat-sys-error);
    }
  `,
})
export class ImportCounts {
  private readonly i18n = inject(I18n);
  private readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  readonly counts = input.required<Counts>();

  protected readonly parts = computed(() => {
    const words = this.strings().job.actions;
    const lang = this.i18n.lang();
    return IMPORT_ROW_ACTIONS.map((action) => ({
      action,
      label: words[action],
      count: this.counts()[action],
      text: formatNumber(this.counts()[action], lang),
    }));
  });
  protected readonly summary = computed(() => {
    const lang = this.i18n.lang();
    const counts = this.counts();
    return fill(this.strings().job.countsSummary, {
      add: formatNumber(counts.add, lang),
      update: formatNumber(counts.update, lang),
      unchanged: formatNumber(counts.unchanged, lang),
      invalid: formatNumber(counts.invalid, lang),
    });
  });
}
