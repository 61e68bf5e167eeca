import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { AdminCatalogue, CatalogueChange } from '@kbdm/catalogue/domain';
import { CatalogueAdminClient } from '@kbdm/catalogue/web-data-access';
import { fill, formatDateTime, I18n, injectStrings, toProblem } from '@kbdm/shared/web-core';
import { ADMIN_PATHS } from '../catalogue-admin.routes';
import { CATALOGUE_ADMIN_STRINGS, HISTORY_ACTIONS } from '../catalogue-admin.strings';

/** The words for an audit action, told by its last word: `catalogue.opportunity_published`, `…ppp_project_published`. */
export function historyActionKey(action: string): (typeof HISTORY_ACTIONS)[number] | null {
  const last = action.split(/[._]/).pop() ?? '';
  return HISTORY_ACTIONS.find((known) => known === last) ?? null;
}

/** Who changed an item of a catalogue, when, and which fields, newest first; asked again when `version` moves. */
@Component({
  selector: 'kbdm-item-history',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings().form;
    <h2 id="history-heading">{{ s.history }}</h2>
    @if (changes.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="strings().common.loading" />
    }
    @if (problem(); as p) {
      <div role="alert" class="error">
        <p>{{ s.historyFailed }} {{ p.detail ?? p.title }}</p>
        <button mat-stroked-button type="button" (click)="changes.reload()">{{ strings().common.retry }}</button>
      </div>
    }
    <ol aria-labelledby="history-heading" data-testid="history">
      @for (entry of entries(); track entry.id) {
        <li data-testid="history-entry">
          <span class="what">{{ entry.what }}</span>
          <span class="meta">
            <time [attr.datetime]="entry.at">{{ entry.when }}</time> · {{ entry.who }}
          </span>
          @if (entry.fields) {
            <span class="fields">{{ entry.fields }}</span>
          }
          @if (entry.importId; as importId) {
            <a [routerLink]="[paths.imports, importId]">{{ s.fromImport }}</a>
          }
        </li>
      } @empty {
        @if (changes.hasValue()) {
          <li class="note">{{ s.historyEmpty }}</li>
        }
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      flex-direction: column;
      gap: 2px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .what {
      font: var(--mat-sys-title-small);
    }
    .meta,
    .fields,
    .note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .fields {
      overflow-wrap: anywhere;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ItemHistory {
  private readonly i18n = inject(I18n);
  private readonly client = inject(CatalogueAdminClient);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);
  protected readonly paths = ADMIN_PATHS;

  readonly catalogue = input.required<AdminCatalogue>();
  readonly itemId = input.required<string>();
  /** Moves after each save or publication: the history is read again. */
  readonly version = input(0);

  protected readonly changes = rxResource({
    params: () => ({ catalogue: this.catalogue(), id: this.itemId(), version: this.version() }),
    stream: ({ params }) => this.client.history(params.catalogue, params.id),
  });
  protected readonly problem = computed(() =>
    this.changes.status() === 'error' ? toProblem(this.changes.error()) : null,
  );
  protected readonly entries = computed(() => {
    const changes: CatalogueChange[] = this.changes.hasValue() ? this.changes.value() : [];
    const s = this.strings().form;
    const actions = this.strings().catalogues[this.catalogue()].form.historyActions;
    const lang = this.i18n.lang();
    return changes.map((change) => {
      const key = historyActionKey(change.action);
      // An import's entry may name the import among its fields: it is linked instead.
      const fields = change.fields.filter((field) => field !== change.importId);
      return {
        id: change.id,
        at: change.at,
        when: formatDateTime(change.at, lang),
        what: key ? actions[key] : change.action,
        who: change.actor?.fullName ?? s.nobody,
        fields: fields.length > 0 ? fill(s.fields, { fields: fields.join(', ') }) : '',
        importId: change.importId,
      };
    });
  });
}
