import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { Chart } from 'chart.js';

/** One series of bars: its name and a value per label. */
export type ChartSeries = { label: string; values: readonly number[] };

/** The theme's colours, in the order series take them. */
const PALETTE_TOKENS = [
  '--mat-sys-primary',
  '--mat-sys-tertiary',
  '--mat-sys-error',
  '--mat-sys-secondary',
  '--mat-sys-outline',
];
const FALLBACK = ['#3f5f90', '#006a6a', '#ba1a1a', '#565f71', '#74777f'];

/**
 * A bar chart drawn by Chart.js on a canvas. Chart.js loads with the first chart (its own chunk,
 * never in the pages without one) and only the bar chart's parts are registered. The canvas is
 * an image to screen readers, named by `summary`; the numbers themselves belong in a table next
 * to it (the dashboard's "table" view), which is the accessible way through them.
 */
@Component({
  selector: 'kbdm-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="frame" [style.height.px]="height()">
      <canvas #canvas role="img" [attr.aria-label]="summary()" data-testid="chart-canvas"></canvas>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      position: relative;
      width: 100%;
    }
  `,
})
export class BarChart {
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  /** The series stack into one bar per label. */
  readonly stacked = input(false);
  /** Bars lie along the vertical axis: long labels stay readable on a phone. */
  readonly horizontal = input(false);
  /** What the chart shows, in words, for those who do not see it. */
  readonly summary = input.required<string>();
  readonly height = input(280);
  /** How a value is written on the axis and in the tooltip. */
  readonly format = input<(value: number) => string>((value) => String(value));

  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
    });
    effect(() => {
      const config = {
        labels: [...this.labels()],
        series: this.series(),
        stacked: this.stacked(),
        horizontal: this.horizontal(),
        format: this.format(),
      };
      void this.draw(this.canvas().nativeElement, config);
    });
  }

  private palette(): string[] {
    const style = getComputedStyle(this.host.nativeElement);
    return PALETTE_TOKENS.map((token, i) => style.getPropertyValue(token).trim() || FALLBACK[i]);
  }

  private async draw(
    canvas: HTMLCanvasElement,
    config: {
      labels: string[];
      series: readonly ChartSeries[];
      stacked: boolean;
      horizontal: boolean;
      format: (value: number) => string;
    },
  ): Promise<void> {
    // No drawing where the DOM has no 2D canvas (a test's): the table still tells the numbers.
    if (typeof CanvasRenderingContext2D === 'undefined' || !canvas.getContext('2d')) return;
    const { Chart } = await import('./bar-chart.engine');
    if (this.destroyed) return;
    const colours = this.palette();
    const datasets = config.series.map((s, i) => ({
      label: s.label,
      data: [...s.values],
      backgroundColor: colours[i % colours.length],
      borderRadius: 3,
    }));
    const valueAxis = {
      stacked: config.stacked,
      beginAtZero: true,
      ticks: { callback: (value: string | number) => config.format(Number(value)) },
    };
    const labelAxis = { stacked: config.stacked, ticks: { autoSkip: false } };
    this.chart?.destroy();
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: config.labels, datasets },
      options: {
        indexAxis: config.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: config.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
        plugins: {
          legend: { display: config.series.length > 1, position: 'bottom' },
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${config.format(Number(item.raw))}` },
          },
        },
      },
    });
  }
}
