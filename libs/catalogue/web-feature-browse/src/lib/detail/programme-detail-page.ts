import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { createItemState, ProgrammeClient, ReferenceData } from '@kbdm/catalogue/web-data-access';
import { I18n, LocalDatePipe, LocalMoneyPipe, LocalNumberPipe } from '@kbdm/shared/web-core';
import { label } from '../list/catalogue-lists';
import { ApplyLink } from '../shared/apply-link';
import { BackLink } from '../shared/back-link';
import { Localized } from '../shared/localized';
import { ProblemNote } from '../shared/problem-note';
import { ProvenanceNote } from '../shared/provenance-note';
import { eligibilitySentence } from './eligibility-sentence';

/** One support programme: the current version's terms and rules, and every version with its act. */
@Component({
  selector: 'kbdm-programme-detail-page',
  imports: [
    ApplyLink,
    BackLink,
    LocalDatePipe,
    LocalMoneyPipe,
    LocalNumberPipe,
    Localized,
    MatProgressSpinnerModule,
    ProblemNote,
    ProvenanceNote,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-detail-page.html',
  styleUrl: './detail-page.scss',
})
export class ProgrammeDetailPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(ProgrammeClient);
  private readonly reference = inject(ReferenceData);
  protected readonly label = label;

  /** From the route's `:id`. */
  readonly id = input.required<string>();
  protected readonly state = createItemState((id, lang) => this.client.get(id, lang), this.id, this.i18n.lang);
  protected readonly t = computed(() => this.i18n.t().catalogue);
  protected readonly rules = computed(() => {
    const programme = this.state.item();
    const t = this.t();
    const lang = this.i18n.lang();
    return (programme?.currentVersion.eligibility ?? []).map((rule) =>
      eligibilitySentence(rule, t, lang, (code) => this.reference.districtName(code)),
    );
  });
}
