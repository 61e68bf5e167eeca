import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type LocalizedText, pickText } from '@kbdm/shared/domain';
import { I18n } from '@kbdm/shared/web-core';

/**
 * A content text in the interface language. When that translation is missing the nearest one
 * is shown with a small marker naming its language, e.g. «(рус.)».
 */
@Component({
  selector: 'kbdm-localized',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [attr.lang]="picked().lang">{{ picked().text }}</span>
    @if (fallback()) {
      <small class="fallback" data-testid="fallback-marker" [title]="i18n.t().catalogue.detail.fallbackNote">
        {{ i18n.t().catalogue.fallbackMarker[picked().lang] }}
      </small>
    }`,
  styles: `
    .fallback {
      margin-left: 4px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class Localized {
  protected readonly i18n = inject(I18n);
  readonly text = input.required<LocalizedText | null | undefined>();
  protected readonly picked = computed(() => pickText(this.text(), this.i18n.lang()));
  protected readonly fallback = computed(() => this.picked().text !== '' && this.picked().lang !== this.i18n.lang());
}
