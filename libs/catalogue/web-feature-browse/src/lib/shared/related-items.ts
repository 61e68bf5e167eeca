import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { Opportunity, Programme } from '@kbdm/catalogue/domain';
import { OpportunityClient, ProgrammeClient } from '@kbdm/catalogue/web-data-access';
import type { ItemRef, Page } from '@kbdm/shared/domain';
import { I18n } from '@kbdm/shared/web-core';
import { of } from 'rxjs';

/** How many related items of each kind a detail page names before linking to the whole list. */
export const RELATED_COUNT = 5;

/**
 * What a reader looks at next from an item: the active support programmes that fund its sector,
 * and the other opportunities in its district, each with a link to the whole filtered list.
 */
@Component({
  selector: 'kbdm-related-items',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = this.t();
    <section class="related" data-testid="related-items" [attr.aria-label]="t.heading">
      @if (sector(); as sector) {
        <div>
          <h2>{{ t.programmes }}</h2>
          <ul data-testid="related-programmes">
            @for (programme of programmes(); track programme.id) {
              <li>
                <a [routerLink]="['/programmes', programme.id]">{{ programme.title }}</a>
              </li>
            } @empty {
              <li class="none">{{ t.noProgrammes }}</li>
            }
          </ul>
          <a class="all" routerLink="/programmes" [queryParams]="{ sector: sector.code, status: 'active' }">{{
            t.allProgrammes
          }}</a>
        </div>
      }
      @if (district(); as district) {
        <div>
          <h2>{{ t.opportunities }}</h2>
          <ul data-testid="related-opportunities">
            @for (opportunity of opportunities(); track opportunity.id) {
              <li>
                <a [routerLink]="['/opportunities', opportunity.id]">{{ opportunity.title }}</a>
              </li>
            } @empty {
              <li class="none">{{ t.noOpportunities }}</li>
            }
          </ul>
          <a class="all" routerLink="/opportunities" [queryParams]="{ district: district.code }">{{
            t.allOpportunities
          }}</a>
        </div>
      }
    </section>
  `,
  styles: `
    .related {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
      gap: 24px;
      margin-top: 32px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
    }
    ul {
      padding-left: 20px;
    }
    li {
      margin-bottom: 4px;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class RelatedItems {
  private readonly i18n = inject(I18n);
  private readonly programmeClient = inject(ProgrammeClient);
  private readonly opportunityClient = inject(OpportunityClient);

  readonly sector = input<ItemRef | null>(null);
  readonly district = input<ItemRef | null>(null);
  /** The item whose page this is, left out of its own related opportunities. */
  readonly exclude = input<string | null>(null);

  protected readonly t = computed(() => this.i18n.t().catalogue.related);

  private readonly programmePage = rxResource({
    params: () => ({ sector: this.sector()?.code, lang: this.i18n.lang() }),
    stream: ({ params }) =>
      params.sector
        ? this.programmeClient.list(
            { sector: [params.sector], status: ['active'], pageSize: RELATED_COUNT, sort: '-maxAmount' },
            params.lang,
          )
        : of(emptyPage<Programme>()),
  });
  private readonly opportunityPage = rxResource({
    params: () => ({ district: this.district()?.code, lang: this.i18n.lang() }),
    stream: ({ params }) =>
      params.district
        ? this.opportunityClient.list(
            { district: [params.district], pageSize: RELATED_COUNT + 1, sort: '-score' },
            params.lang,
          )
        : of(emptyPage<Opportunity>()),
  });

  protected readonly programmes = computed(() =>
    this.programmePage.hasValue() ? this.programmePage.value().items : [],
  );
  protected readonly opportunities = computed(() =>
    (this.opportunityPage.hasValue() ? this.opportunityPage.value().items : [])
      .filter((o) => o.id !== this.exclude())
      .slice(0, RELATED_COUNT),
  );
}

function emptyPage<T>(): Page<T> {
  return { items: [], total: 0, page: 1, pageSize: RELATED_COUNT };
}
