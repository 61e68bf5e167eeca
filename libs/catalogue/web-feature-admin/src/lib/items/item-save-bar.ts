import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { injectStrings } from '@kbdm/shared/web-core';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';
import { TEST_ID_PREFIX } from './admin-catalogue';
import type { ItemEditorView } from './item-editor';

/**
 * The end of a catalogue's form, inside it: why the last save failed (the API's errors that name
 * no field listed), or that some fields are wrong, and the submit button (`opportunity-save`, `ppp-save`).
 */
@Component({
  selector: 'kbdm-item-save-bar',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings().form;
    @let e = editor();
    @if (e.problem(); as p) {
      <div role="alert" class="problem" data-testid="form-problem">
        <p>{{ s.notSaved }} {{ e.problemText(p) }}</p>
        @if (e.unplaced().length) {
          <ul>
            @for (line of e.unplaced(); track $index) {
              <li>{{ line }}</li>
            }
          </ul>
        } @else if (p.errors?.length) {
          <p>{{ s.checkFields }}</p>
        }
      </div>
    } @else if (e.submitted() && e.invalid()) {
      <p role="alert" class="field-error" data-testid="form-invalid">{{ s.checkFields }}</p>
    }
    <div class="actions">
      <button mat-flat-button type="submit" [attr.data-testid]="saveId()" [disabled]="e.saving() || e.stale()">
        {{ e.saving() ? s.saving : e.item() ? s.save : s.create }}
      </button>
    </div>
  `,
  styleUrl: './item-save-bar.scss',
})
export class ItemSaveBar {
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  readonly editor = input.required<ItemEditorView>();

  protected readonly saveId = computed(() => `${TEST_ID_PREFIX[this.editor().catalogue]}-save`);
}
