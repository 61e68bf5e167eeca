import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { I18n, LocalNumberPipe } from '@kbdm/shared/web-core';

/** One labelled headline figure with its loading and error states. */
@Component({
  selector: 'kbdm-figure-card',
  imports: [MatButtonModule, MatProgressSpinnerModule, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'figure-card', '[attr.aria-busy]': 'loading()' },
  template: `
    <p class="label">{{ label() }}</p>
    @if (caption(); as caption) {
      <p class="caption">{{ caption }}</p>
    }
    @if (loading()) {
      <p class="state">
        <mat-spinner diameter="20" aria-hidden="true" />
        <span>{{ i18n.t().home.loading }}</span>
      </p>
    } @else if (failed()) {
      <p class="state error">{{ i18n.t().home.loadFailed }}</p>
      <button mat-stroked-button type="button" (click)="retry.emit()">{{ i18n.t().home.retry }}</button>
    } @else {
      <p class="value" data-testid="figure-value">{{ (value() | localNumber: i18n.lang()) || '—' }}</p>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 4px;
      height: 100%;
      box-sizing: border-box;
      padding: 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    p {
      margin: 0;
    }
    .label {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .caption {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      margin-top: auto;
      font: var(--mat-sys-display-small);
      color: var(--mat-sys-primary);
    }
    .state {
      margin-top: auto;
      display: flex;
      align-items: center;
      gap: 8px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    button {
      align-self: flex-start;
    }
  `,
})
export class FigureCard {
  protected readonly i18n = inject(I18n);

  readonly label = input.required<string>();
  readonly caption = input<string>();
  readonly value = input<number>();
  readonly loading = input(false);
  readonly failed = input(false);
  readonly retry = output();
}
