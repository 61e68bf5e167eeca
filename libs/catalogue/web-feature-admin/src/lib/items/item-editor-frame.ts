import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { injectStrings } from '@kbdm/shared/web-core';
import { ADMIN_PATHS } from '../catalogue-admin.routes';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';
import { TEST_ID_PREFIX } from './admin-catalogue';
import type { ItemEditorView } from './item-editor';
import { ItemHistory } from './item-history';

/**
 * What every catalogue's form page has around its form: the way back to the list, the title, the
 * publication and its button (kept until the changes are saved), the stale-version notice with its
 * reload, the loading bar or the load's problem, and the history beside the form once it is saved.
 * The form comes in as content. Test ids carry the catalogue's prefix: `opportunity-publish`, `ppp-publish`.
 */
@Component({
  selector: 'kbdm-item-editor-frame',
  imports: [ItemHistory, MatButtonModule, MatProgressBarModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './item-editor-frame.html',
  styleUrl: './item-editor-frame.scss',
})
export class ItemEditorFrame {
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  readonly editor = input.required<ItemEditorView>();

  protected readonly words = computed(() => this.strings().catalogues[this.editor().catalogue]);
  protected readonly listPath = computed(() => ADMIN_PATHS[this.editor().catalogue]);
  protected readonly testIdPrefix = computed(() => TEST_ID_PREFIX[this.editor().catalogue]);
}
