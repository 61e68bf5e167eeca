import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { BarChart, type ChartSeries } from '@kbdm/shared/web-ui';
import { downloadCsv, formatNumber, I18n, injectStrings, toCsv } from '@kbdm/shared/web-core';
import { DASHBOARD_STRINGS } from './dashboard.strings';

/** A column of a figure's table; `chart: false` keeps it out of the bars (another scale, a share). */
export type FigureColumn = { label: string; chart?: boolean; format?: (value: number) => string };

/** The numbers of one chart: a row per bar, a value per column. */
export type Figure = { labelHeader: string; columns: FigureColumn[]; rows: { label: string; values: number[] }[] };

/**
 * One chart of the dashboard: its heading, the bars, the same numbers as a table (the chart's
 * text alternative, under a disclosure) and their export as CSV (UTF-8 with a byte-order mark).
 */
@Component({
  selector: 'kbdm-figure-card',
  imports: [BarChart, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings();
    <section class="card" [attr.aria-labelledby]="id() + '-heading'" [attr.data-testid]="'figure-' + id()">
      <h2 [id]="id() + '-heading'">{{ heading() }}</h2>
      @if (lead()) {
        <p class="lead">{{ lead() }}</p>
      }
      @if (figure().rows.length) {
        <kbdm-bar-chart
          [labels]="labels()"
          [series]="series()"
          [stacked]="stacked()"
          [horizontal]="horizontal()"
          [summary]="summary()"
          [height]="height()"
          [format]="chartFormat()"
        />
        <details [attr.data-testid]="id() + '-table'">
          <summary>{{ s.table }}</summary>
          <div class="scroll">
            <table>
              <caption class="cdk-visually-hidden">
                {{
                  heading()
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ figure().labelHeader }}</th>
                  @for (column of figure().columns; track column.label) {
                    <th scope="col">{{ column.label }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of figure().rows; track row.label) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    @for (value of row.values; track $index) {
                      <td>{{ show(value, $index) }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </details>
        <button mat-stroked-button type="button" (click)="download()" [attr.data-testid]="id() + '-csv'">
          {{ s.csv }}
        </button>
      } @else {
        <p class="note">{{ s.noRows }}</p>
      }
    </section>
  `,
  styles: `
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      padding: 12px 16px;
      display: flex;
      flex-direction: column;
      gap: 8px;
      height: 100%;
      box-sizing: border-box;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0;
    }
    .lead,
    .note {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      margin-top: 8px;
    }
    th,
    td {
      padding: 4px 8px;
      text-align: start;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    td {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    button {
      align-self: flex-start;
    }
  `,
})
export class FigureCard {
  protected readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  protected readonly strings = injectStrings(DASHBOARD_STRINGS);

  readonly id = input.required<string>();
  readonly heading = input.required<string>();
  readonly lead = input<string>('');
  readonly figure = input.required<Figure>();
  readonly stacked = input(false);
  readonly horizontal = input(false);
  readonly height = input(280);

  private readonly charted = computed(() =>
    this.figure()
      .columns.map((column, index) => ({ column, index }))
      .filter(({ column }) => column.chart !== false),
  );
  protected readonly labels = computed(() => this.figure().rows.map((row) => row.label));
  protected readonly series = computed<ChartSeries[]>(() =>
    this.charted().map(({ column, index }) => ({
      label: column.label,
      values: this.figure().rows.map((r) => r.values[index]),
    })),
  );
  protected readonly chartFormat = computed(() => {
    const format = this.charted()[0]?.column.format;
    const lang = this.i18n.lang();
    return format ?? ((value: number) => formatNumber(value, lang));
  });
  /** The chart in words: every bar's figures, for screen readers. */
  protected readonly summary = computed(() => {
    const charted = this.charted();
    const rows = this.figure().rows.map(
      (row) =>
        `${row.label}: ${charted.map(({ column, index }) => `${column.label} ${this.show(row.values[index], index)}`).join(', ')}`,
    );
    return `${this.heading()}. ${rows.join('; ')}`;
  });

  protected show(value: number, index: number): string {
    const format = this.figure().columns[index]?.format;
    return format ? format(value) : formatNumber(value, this.i18n.lang());
  }

  protected download(): void {
    const figure = this.figure();
    const header = [figure.labelHeader, ...figure.columns.map((c) => c.label)];
    downloadCsv(
      this.document,
      `${this.id()}.csv`,
      toCsv(
        header,
        figure.rows.map((r) => [r.label, ...r.values]),
        '',
      ),
    );
  }
}
