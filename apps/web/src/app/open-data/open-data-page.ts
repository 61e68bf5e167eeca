import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { LocalizedText } from '@kbdm/shared/domain';
import { API_BASE_URL, fill, formatDate, formatNumber, I18n, toProblem } from '@kbdm/shared/web-core';

/** `GET /api/v1/open-data`. */
type OpenDataIndex = {
  licence: { name: string; url: string; attribution: string };
  openApi: string;
  datasets: {
    name: string;
    title: LocalizedText;
    rows: number;
    dataDate: string | null;
    links: Record<string, string>;
  }[];
};

/** `/open-data`: every public catalogue to download, with its rows, the date of its data and the licence. */
@Component({
  selector: 'kbdm-open-data-page',
  imports: [MatButtonModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = i18n.t().openData;
    <h1>{{ t.title }}</h1>
    <p class="lead">{{ t.lead }}</p>
    @if (index.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="t.loading" />
    }
    @if (problem(); as p) {
      <p role="alert" class="error">{{ t.loadFailed }} {{ p.detail ?? p.title }}</p>
    }
    @if (data(); as data) {
      <ul class="datasets" data-testid="open-datasets">
        @for (dataset of data.datasets; track dataset.name) {
          <li data-testid="open-dataset">
            <h2>{{ dataset.title[i18n.lang()] ?? dataset.title.ru ?? dataset.name }}</h2>
            <p class="meta">{{ describe(dataset.rows, dataset.dataDate) }}</p>
            <p class="links">
              @for (link of formats(dataset.links); track link.format) {
                <a mat-stroked-button [href]="apiBase + link.url" download>{{ link.format }}</a>
              }
            </p>
          </li>
        }
      </ul>
      <p>
        {{ t.licence }}: <a [href]="data.licence.url" rel="license">{{ data.licence.name }}</a> —
        {{ data.licence.attribution }}
      </p>
      <p class="links">
        <a mat-button [href]="apiBase + '/api/docs'">{{ t.apiDocs }}</a>
        <a mat-button [href]="apiBase + data.openApi">{{ t.openApi }}</a>
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 60rem;
      margin: 0 auto;
      padding: 16px;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
    }
    .datasets {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      gap: 12px;
    }
    .datasets li {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      padding: 12px 16px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class OpenDataPage {
  protected readonly i18n = inject(I18n);
  private readonly http = inject(HttpClient);
  protected readonly apiBase = inject(API_BASE_URL);

  protected readonly index = rxResource({
    stream: () => this.http.get<OpenDataIndex>(`${this.apiBase}/api/v1/open-data`),
  });
  protected readonly data = computed(() => (this.index.hasValue() ? this.index.value() : null));
  protected readonly problem = computed(() => (this.index.status() === 'error' ? toProblem(this.index.error()) : null));

  protected formats(links: Record<string, string>): { format: string; url: string }[] {
    return Object.entries(links).map(([format, url]) => ({ format: format === 'geojson' ? 'GeoJSON' : 'CSV', url }));
  }

  protected describe(rows: number, dataDate: string | null): string {
    const t = this.i18n.t().openData;
    const lang = this.i18n.lang();
    const count = fill(t.rows, { rows: formatNumber(rows, lang) });
    return dataDate ? `${count} · ${fill(t.dataDate, { date: formatDate(dataDate, lang) })}` : count;
  }
}
