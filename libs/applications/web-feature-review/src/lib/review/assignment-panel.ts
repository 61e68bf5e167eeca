import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { PersonRef } from '@kbdm/applications/domain';
import { OfficerQueueClient, personWithRole } from '@kbdm/applications/web-data-access';
import { fill, I18n, injectStrings } from '@kbdm/shared/web-core';
import { REVIEW_STRINGS } from '../review.strings';

/**
 * Who has the application: take it, give it to an officer from `/officer/officers`, or release
 * it. Says what to do; the page does it (inputs in, outputs out).
 */
@Component({
  selector: 'kbdm-assignment-panel',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings().review;
    <p data-testid="assignee">
      @if (assignee(); as person) {
        {{ assignedTo(person) }}
      } @else {
        {{ s.unassigned }}
      }
    </p>
    <div class="controls">
      @if (assignee()?.id !== selfId()) {
        <button
          mat-flat-button
          type="button"
          [disabled]="busy()"
          (click)="assign.emit(selfId())"
          data-testid="assignment-take"
        >
          {{ s.take }}
        </button>
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ s.assignTo }}</mat-label>
        <mat-select [value]="chosen()" (selectionChange)="chosen.set($event.value)" data-testid="assignment-officer">
          @for (officer of officers(); track officer.id) {
            <mat-option [value]="officer.id">{{ label(officer) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <button
        mat-stroked-button
        type="button"
        [disabled]="busy() || !chosen() || chosen() === assignee()?.id"
        (click)="assign.emit(chosen())"
        data-testid="assignment-assign"
      >
        {{ s.assign }}
      </button>
      @if (assignee()) {
        <button
          mat-button
          type="button"
          [disabled]="busy()"
          (click)="assign.emit(null)"
          data-testid="assignment-release"
        >
          {{ s.release }}
        </button>
      }
    </div>
    @if (officerList.status() === 'error') {
      <p role="alert" class="error">{{ s.officersFailed }}</p>
    }
  `,
  styles: `
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    mat-form-field {
      min-width: 240px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AssignmentPanel {
  private readonly i18n = inject(I18n);
  private readonly client = inject(OfficerQueueClient);
  protected readonly strings = injectStrings(REVIEW_STRINGS);

  readonly assignee = input.required<PersonRef | null>();
  readonly selfId = input.required<string | null>();
  readonly busy = input(false);
  /** An officer's id to assign to, or null to release. */
  readonly assign = output<string | null>();

  protected readonly chosen = signal<string | null>(null);
  protected readonly officerList = rxResource({ stream: () => this.client.officers() });
  protected readonly officers = computed(() => (this.officerList.hasValue() ? this.officerList.value() : []));

  protected assignedTo(person: PersonRef): string {
    return fill(this.strings().review.assignedTo, { name: person.fullName });
  }

  protected label(person: PersonRef): string {
    return personWithRole(person, this.i18n.t());
  }
}
