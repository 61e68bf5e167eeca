import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { Provenance } from '@kbdm/shared/domain';
import { I18n, LocalDatePipe } from '@kbdm/shared/web-core';

/** Where an item's facts come from, or that it is demo data. */
@Component({
  selector: 'kbdm-provenance-note',
  imports: [LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = i18n.t().catalogue.detail;
    <section class="provenance" [attr.aria-label]="t.source">
      <h2>{{ t.source }}</h2>
      @if (provenance().source; as source) {
        <dl>
          <dt>{{ t.sourceTitle }}</dt>
          <dd>{{ source.title }}</dd>
          @if (source.publisher) {
            <dt>{{ t.publisher }}</dt>
            <dd>{{ source.publisher }}</dd>
          }
          <dt>{{ t.date }}</dt>
          <dd>{{ source.date | localDate: i18n.lang() }}</dd>
        </dl>
        @if (source.url) {
          <a [href]="source.url" target="_blank" rel="noopener">{{ t.link }}</a>
        }
      }
      @if (provenance().demo) {
        <p class="demo" data-testid="demo-badge">{{ t.demoData }}</p>
      }
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-medium);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .demo {
      display: inline-block;
      padding: 4px 8px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class ProvenanceNote {
  protected readonly i18n = inject(I18n);
  readonly provenance = input.required<Provenance>();
}
