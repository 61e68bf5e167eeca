import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { Lang } from '@kbdm/shared/domain';
import type { LocalizedTextGroup } from './item-form';
import { LocalizedTextFields } from './localized-text-fields';

/** One text of an item in the form: its field, its label, a textarea's rows, its three controls. */
export type ItemText = { field: string; label: string; rows?: number; group: LocalizedTextGroup };

/**
 * The texts section every catalogue's form starts with: each text in the three languages side by
 * side with its missing and draft marks, and its own error (such as "needs Russian or Kazakh").
 */
@Component({
  selector: 'kbdm-item-texts',
  imports: [LocalizedTextFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="texts" aria-labelledby="texts-heading">
      <h2 id="texts-heading">{{ heading() }}</h2>
      <p class="lead">{{ lead() }}</p>
      @for (text of texts(); track text.field) {
        <kbdm-localized-text-fields
          [field]="text.field"
          [label]="text.label"
          [rows]="text.rows"
          [group]="text.group"
          [drafts]="drafts()[text.field] ?? []"
          (edited)="edited.emit({ field: text.field, lang: $event })"
        />
        @if (groupError()(text.field); as message) {
          <p class="field-error" role="alert" [attr.data-testid]="'error-' + text.field">{{ message }}</p>
        }
      }
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-large);
    }
    .lead {
      color: var(--mat-sys-on-surface-variant);
    }
    .field-error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ItemTexts {
  readonly heading = input.required<string>();
  readonly lead = input.required<string>();
  readonly texts = input.required<readonly ItemText[]>();
  /** The languages still marked as machine drafts, per text. */
  readonly drafts = input.required<Readonly<Partial<Record<string, readonly Lang[]>>>>();
  /** A text's own error in words, or '' (the editor's `groupError`). */
  readonly groupError = input.required<(field: string) => string>();
  /** A person typed in a text's language: its draft mark goes. */
  readonly edited = output<{ field: string; lang: Lang }>();
}
