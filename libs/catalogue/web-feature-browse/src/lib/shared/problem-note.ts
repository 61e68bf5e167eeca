import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { I18n } from '@kbdm/shared/web-core';

/** An API error as its problem details tell it: title, detail and the wrong fields. */
@Component({
  selector: 'kbdm-problem-note',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="alert" class="problem" data-testid="problem">
      <p class="heading">{{ heading() }}</p>
      <p>
        {{ problem().title }}
        @if (problem().status) {
          ({{ problem().status }})
        }
      </p>
      @if (problem().detail; as detail) {
        <p>{{ detail }}</p>
      }
      @if (problem().errors?.length) {
        <ul>
          @for (error of problem().errors; track $index) {
            <li>
              <code>{{ error.field }}</code>: {{ error.message }}
            </li>
          }
        </ul>
      }
      <button mat-stroked-button type="button" (click)="retry.emit()">{{ i18n.t().catalogue.list.retry }}</button>
    </div>
  `,
  styles: `
    .problem {
      padding: 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .heading {
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class ProblemNote {
  protected readonly i18n = inject(I18n);
  readonly problem = input.required<ProblemDetails>();
  readonly heading = input.required<string>();
  readonly retry = output();
}
