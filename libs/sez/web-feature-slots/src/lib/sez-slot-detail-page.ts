import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { createItemState } from '@kbdm/catalogue/web-data-access';
import {
  BackLink,
  Localized,
  PlaceSection,
  ProblemNote,
  ProvenanceNote,
  RelatedItems,
} from '@kbdm/catalogue/web-feature-browse';
import { SezClient, SezSlotClient } from '@kbdm/sez/web-data-access';
import { CapacityBars } from '@kbdm/sez/web-ui';
import { I18n, LocalDatePipe, LocalMoneyPipe, LocalNumberPipe } from '@kbdm/shared/web-core';
import { label, utilityAmount } from './sez-slot-list';

/** One anchor slot with every field labelled, its utilities' maxima and its zone's participants. */
@Component({
  selector: 'kbdm-sez-slot-detail-page',
  imports: [
    BackLink,
    CapacityBars,
    MatButtonModule,
    RouterLink,
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
  templateUrl: './sez-slot-detail-page.html',
  styleUrl: './sez-slot-detail-page.scss',
})
export class SezSlotDetailPage {
  protected readonly i18n = inject(I18n);
  private readonly slots = inject(SezSlotClient);
  private readonly zones = inject(SezClient);
  protected readonly label = label;
  protected readonly utilityAmount = utilityAmount;

  /** From the route's `:id`. */
  readonly id = input.required<string>();
  protected readonly state = createItemState((id, lang) => this.slots.get(id, lang), this.id, this.i18n.lang);
  protected readonly t = computed(() => this.i18n.t().catalogue);

  // The slot's zone, once the slot names it; a failure leaves the slot's own page intact.
  private readonly zone = rxResource({
    params: () => {
      const id = this.state.item()?.sez.id;
      return id ? { id, lang: this.i18n.lang() } : undefined;
    },
    stream: ({ params }) => this.zones.get(params.id, params.lang),
  });
  protected readonly zoneDetail = computed(() => (this.zone.hasValue() ? this.zone.value() : undefined));
}
