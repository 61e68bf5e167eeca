import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type Params, RouterLink } from '@angular/router';
import { I18n } from '@kbdm/shared/web-core';

/** Reads the list's query params the card link left in the history entry. */
function listQuery(state: unknown): Params | null {
  if (typeof state !== 'object' || state === null || !('listQuery' in state)) return null;
  const query = (state as { listQuery: unknown }).listQuery;
  return typeof query === 'object' && query !== null ? (query as Params) : null;
}

/** "Back to the list", to the same search, filters and page the reader came from. */
@Component({
  selector: 'kbdm-back-link',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<a data-testid="back-link" [routerLink]="['/', list()]" [queryParams]="query">
    ← {{ i18n.t().catalogue.detail.back }}
  </a>`,
})
export class BackLink {
  protected readonly i18n = inject(I18n);
  readonly list = input.required<string>();
  // Read once: the history entry of this detail page keeps it across reloads.
  protected readonly query = listQuery(inject(Location).getState());
}
