import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The general error of a form, for what no single field explains; read out when it appears. */
@Component({
  selector: 'kbdm-form-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (lines().length) {
      <div role="alert" class="alert" data-testid="form-error">
        @for (line of lines(); track $index) {
          <p>{{ line }}</p>
        }
      </div>
    }
  `,
  styles: `
    .alert {
      margin-block: 0 16px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    p {
      margin: 0;
    }
    p + p {
      margin-top: 4px;
    }
  `,
})
export class FormAlert {
  readonly lines = input.required<string[]>();
}
