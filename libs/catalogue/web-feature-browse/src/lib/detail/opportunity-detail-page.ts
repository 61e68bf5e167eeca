import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { createItemState, OpportunityClient } from '@kbdm/catalogue/web-data-access';
import { CountryNamePipe, I18n, LocalDatePipe, LocalMoneyPipe, LocalNumberPipe } from '@kbdm/shared/web-core';
import { label } from '../list/catalogue-lists';
import { ApplyLink } from '../shared/apply-link';
import { BackLink } from '../shared/back-link';
import { Localized } from '../shared/localized';
import { PlaceSection } from '../shared/place-section';
import { ProblemNote } from '../shared/problem-note';
import { ProvenanceNote } from '../shared/provenance-note';
import { RelatedItems } from '../shared/related-items';

/** One import-substitution opportunity: its figures, the potential score and how it is reached. */
@Component({
  selector: 'kbdm-opportunity-detail-page',
  imports: [
    ApplyLink,
    BackLink,
    CountryNamePipe,
    LocalDatePipe,
    LocalMoneyPipe,
    LocalNumberPipe,
    Localized,
    MatProgressSpinnerModule,
    PlaceSection,
    ProblemNote,
    ProvenanceNote,
    RelatedItems,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './opportunity-detail-page.html',
  styleUrl: './detail-page.scss',
})
export class OpportunityDetailPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(OpportunityClient);
  protected readonly label = label;

  /** From the route's `:id`. */
  readonly id = input.required<string>();
  protected readonly state = createItemState((id, lang) => this.client.get(id, lang), this.id, this.i18n.lang);
  protected readonly t = computed(() => this.i18n.t().catalogue);
}
