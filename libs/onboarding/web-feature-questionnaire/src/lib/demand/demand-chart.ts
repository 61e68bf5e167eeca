import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type CsvCell, downloadCsv, formatNumber, I18n, toCsv } from '@kbdm/shared/web-core';

/** A chart's numbers as a table: the chart's text alternative and what the CSV holds. */
export type ChartTable = { header: string[]; rows: CsvCell[][] };

/**
 * One chart of the demand page: its heading, the bars (projected), the same numbers as a real
 * table under a disclosure, and a CSV export of them. A chart with no row says so instead.
 */
@Component({
  selector: 'kbdm-demand-chart',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = i18n.t().demand;
    <h2 [id]="chartId() + '-heading'">{{ heading() }}</h2>
    @if (table().rows.length) {
      <ng-content />
      <details [attr.data-testid]="chartId() + '-table'">
        <summary>{{ t.table }}</summary>
        <table>
          <caption class="cdk-visually-hidden">
            {{
              heading()
            }}
          </caption>
          <thead>
            <tr>
              @for (column of table().header; track $index) {
                <th scope="col">{{ column }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of table().rows; track $index) {
              <tr>
                @for (value of row; track $index) {
                  @if ($first) {
                    <th scope="row">{{ value }}</th>
                  } @else {
                    <td>{{ show(value) }}</td>
                  }
                }
              </tr>
            }
          </tbody>
        </table>
      </details>
      <button mat-stroked-button type="button" [attr.data-testid]="chartId() + '-csv'" (click)="download()">
        {{ t.csv }}
      </button>
    } @else {
      <p>{{ t.noRows }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    details {
      margin: 0.75rem 0;
    }
    table {
      border-collapse: collapse;
      margin-top: 0.5rem;
    }
    th,
    td {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding: 0.25rem 0.75rem;
      text-align: start;
    }
    td {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
  host: { role: 'region', '[attr.aria-labelledby]': 'chartId() + "-heading"' },
})
export class DemandChart {
  protected readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);

  readonly chartId = input.required<string>();
  readonly heading = input.required<string>();
  readonly table = input.required<ChartTable>();
  /** The CSV file's name, without `.csv`. */
  readonly fileName = input.required<string>();

  protected show(value: CsvCell): string {
    if (value === null) return this.i18n.t().demand.fewer;
    return typeof value === 'number' ? formatNumber(value, this.i18n.lang()) : value;
  }

  protected download(): void {
    const { header, rows } = this.table();
    downloadCsv(this.document, `${this.fileName()}.csv`, toCsv(header, rows, this.i18n.t().demand.fewer));
  }
}
