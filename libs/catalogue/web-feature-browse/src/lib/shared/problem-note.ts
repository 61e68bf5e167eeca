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
      <p class="actions">
        @if (clearable()) {
          <!-- A wrong filter in a link (400) is left behind by clearing it; trying again would fail again. -->
          <button mat-flat-button type="button" data-testid="problem-clear" (click)="clear.emit()">
            {{ i18n.t().catalogue.list.clearFilters }}
          </button>
        }
        <button mat-stroked-button type="button" (click)="retry.emit()">{{ i18n.t().catalogue.list.retry }}</button>
      </p>
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
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class ProblemNote {
  protected readonly i18n = inject(I18n);
  readonly problem = input.required<ProblemDetails>();
  readonly heading = input.required<string>();
  /** Offers to clear the filters that caused the problem (a list opened from a link with a wrong filter). */
  readonly clearable = input(false);
  readonly clear = output();
  readonly retry = output();
}
