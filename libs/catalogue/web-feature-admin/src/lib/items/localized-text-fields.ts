import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LANGS, type Lang } from '@kbdm/shared/domain';
import { I18n, injectStrings, LANGUAGE_NAMES } from '@kbdm/shared/web-core';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';
import { controlEvents } from './control-events';
import { errorWords, type LocalizedTextGroup } from './item-form';

/**
 * One text of an item in kk | ru | en side by side (one under another on a phone): an empty
 * language marked as a missing translation, a listed draft as a machine draft until it is edited,
 * each field's error beneath it. Test ids: `field-<field>-<lang>`, `missing-…`, `draft-…`, `error-…`.
 */
@Component({
  selector: 'kbdm-localized-text-fields',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings().form;
    <h3 [id]="headingId()">{{ label() }}</h3>
    <div class="languages" role="group" [attr.aria-labelledby]="headingId()">
      @for (part of parts(); track part.lang) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ part.language }}</mat-label>
          @if (rows(); as lines) {
            <textarea
              matInput
              [rows]="lines"
              [formControl]="part.control"
              [attr.lang]="part.lang"
              [attr.data-testid]="'field-' + part.id"
              (input)="edited.emit(part.lang)"
            ></textarea>
          } @else {
            <input
              matInput
              [formControl]="part.control"
              [attr.lang]="part.lang"
              [attr.data-testid]="'field-' + part.id"
              (input)="edited.emit(part.lang)"
            />
          }
          @if (part.missing) {
            <mat-hint>
              <span class="mark missing" [attr.data-testid]="'missing-' + part.id">{{ s.missingTranslation }}</span>
            </mat-hint>
          } @else if (part.draft) {
            <mat-hint>
              <span class="mark draft" [attr.data-testid]="'draft-' + part.id">{{ s.machineDraft }}</span>
              {{ s.draftHint }}
            </mat-hint>
          }
          <mat-error [attr.data-testid]="'error-' + part.id">{{ part.error }}</mat-error>
        </mat-form-field>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 16px;
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .languages {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 16px;
    }
    @media (min-width: 900px) {
      .languages {
        grid-template-columns: repeat(3, minmax(0, 1fr));
      }
    }
    mat-form-field {
      width: 100%;
    }
    .mark {
      display: inline-block;
      padding: 0 6px;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-medium);
    }
    .mark.missing {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .mark.draft {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class LocalizedTextFields {
  private readonly i18n = inject(I18n);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  /** The text's controls, one per language. */
  readonly group = input.required<LocalizedTextGroup>();
  /** The text's name in the form (`name`, `publicPartner`): the test ids carry it. */
  readonly field = input.required<string>();
  readonly label = input.required<string>();
  /** A textarea of this many rows; a one-line input without. */
  readonly rows = input<number>();
  /** The languages whose text is a machine draft nobody has confirmed yet. */
  readonly drafts = input<readonly Lang[]>([]);
  /** A person typed in this language: its draft is confirmed. */
  readonly edited = output<Lang>();

  private readonly events = controlEvents(this.group);
  protected readonly headingId = computed(() => `text-${this.field()}`);
  protected readonly parts = computed(() => {
    this.events();
    const group = this.group();
    const drafts = this.drafts();
    const words = this.strings().form.errors;
    const lang = this.i18n.lang();
    return LANGS.map((l) => {
      const control = group.controls[l];
      const missing = control.value.trim() === '';
      return {
        lang: l,
        id: `${this.field()}-${l}`,
        language: LANGUAGE_NAMES[l].full,
        control,
        missing,
        draft: !missing && drafts.includes(l),
        error: errorWords(control.errors, words, lang),
      };
    });
  });
}
