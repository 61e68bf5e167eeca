import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { createItemState, PppProjectClient } from '@kbdm/catalogue/web-data-access';
import { I18n, LocalDatePipe, LocalMoneyPipe, LocalNumberPipe } from '@kbdm/shared/web-core';
import { label } from '../list/catalogue-lists';
import { ApplyLink } from '../shared/apply-link';
import { BackLink } from '../shared/back-link';
import { Localized } from '../shared/localized';
import { PlaceSection } from '../shared/place-section';
import { ProblemNote } from '../shared/problem-note';
import { ProvenanceNote } from '../shared/provenance-note';
import { RelatedItems } from '../shared/related-items';

/** One PPP project with every field labelled. */
@Component({
  selector: 'kbdm-ppp-project-detail-page',
  imports: [
    ApplyLink,
    BackLink,
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
  template: `
    @let t = this.t();
    @let lang = i18n.lang();
    <kbdm-back-link list="ppp-projects" />
    @if (state.problem(); as problem) {
      <kbdm-problem-note [problem]="problem" [heading]="t.detail.loadFailed" (retry)="state.reload()" />
    } @else if (state.item(); as item) {
      <article data-testid="ppp-project-detail">
        <h1><kbdm-localized [text]="item.name" /></h1>
        <p class="badges">
          <span class="status">{{ label(t.pppStage, item.stage) }}</span>
          @if (item.demo) {
            <span class="demo">{{ t.list.demo }}</span>
          }
        </p>
        <p><kbdm-localized [text]="item.description" /></p>
        <kbdm-apply-link kind="ppp_project" [id]="item.id" [interest]="true" />
        <h2>{{ t.detail.facts }}</h2>
        <dl class="facts">
          <dt>{{ t.detail.code }}</dt>
          <dd>{{ item.code }}</dd>
          <dt>{{ t.ppp.sector }}</dt>
          <dd>{{ item.sector.code }} — {{ item.sector.title }}</dd>
          <dt>{{ t.ppp.form }}</dt>
          <dd>{{ label(t.pppForm, item.form) }}</dd>
          <dt>{{ t.ppp.stage }}</dt>
          <dd>{{ label(t.pppStage, item.stage) }}</dd>
          <dt>{{ t.ppp.need }}</dt>
          <dd>{{ label(t.pppNeed, item.need) }}</dd>
          <dt>{{ t.ppp.capex }}</dt>
          <dd>{{ item.capexKzt | localMoney: lang }}</dd>
          <dt>{{ t.ppp.term }}</dt>
          <dd>{{ item.termYears | localNumber: lang }} {{ t.ppp.years }}</dd>
          <dt>{{ t.ppp.publicPartner }}</dt>
          <dd><kbdm-localized [text]="item.publicPartner" /></dd>
          <dt>{{ t.ppp.tenderDeadline }}</dt>
          <dd>{{ item.tenderDeadline ? (item.tenderDeadline | localDate: lang) : t.ppp.noTender }}</dd>
          <dt>{{ t.ppp.district }}</dt>
          <dd>{{ item.district?.title ?? t.detail.none }}</dd>
          <dt>{{ t.ppp.location }}</dt>
          <dd>
            @if (item.location; as point) {
              {{ point.lat | localNumber: lang : 4 }}, {{ point.lon | localNumber: lang : 4 }}
            } @else {
              {{ t.detail.none }}
            }
          </dd>
          <dt>{{ t.detail.updatedAt }}</dt>
          <dd>{{ item.updatedAt | localDate: lang }}</dd>
        </dl>
        @if (item.location; as location) {
          <kbdm-place-section [location]="location" [title]="item.title" [district]="item.district" kind="ppp" />
        }
        <kbdm-related-items [sector]="item.sector" [district]="item.district" />

        <kbdm-provenance-note [provenance]="item" />
      </article>
    } @else if (state.loading()) {
      <p class="state"><mat-spinner diameter="20" aria-hidden="true" /> {{ t.detail.loading }}</p>
    }
  `,
  styleUrl: './detail-page.scss',
})
export class PppProjectDetailPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(PppProjectClient);
  protected readonly label = label;

  /** From the route's `:id`. */
  readonly id = input.required<string>();
  protected readonly state = createItemState((id, lang) => this.client.get(id, lang), this.id, this.i18n.lang);
  protected readonly t = computed(() => this.i18n.t().catalogue);
}
