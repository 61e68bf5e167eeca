import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MAX_REASON_LENGTH } from '@kbdm/applications/domain';
import { fill, formatNumber, I18n, injectStrings } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { APPLICATION_STRINGS } from './application-strings';

/** What the box asks, in the interface language; `reasonLabel` replaces the generic "Reason". */
export type ReasonRequest = {
  title: string;
  text?: string;
  confirm: string;
  required: boolean;
  reasonLabel?: string;
};

/**
 * Asks for the reason of a move (required for a request for information, a rejection and an
 * answer; optional otherwise) before anything is sent. The reason box, first in the dialog, takes the focus:
 * Enter there adds a line, it never sends.
 */
@Component({
  selector: 'kbdm-reason-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings().reasonDialog;
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form (submit)="confirm($event)" novalidate>
      <mat-dialog-content>
        @if (data.text) {
          <p id="reason-dialog-text">{{ data.text }}</p>
        }
        <mat-form-field appearance="outline" class="reason">
          <mat-label>{{ data.reasonLabel ?? (data.required ? s.reason : s.reasonOptional) }}</mat-label>
          <textarea
            matInput
            rows="4"
            [formControl]="reason"
            [required]="data.required"
            [attr.maxlength]="maxLength"
            data-testid="reason-input"
          ></textarea>
          <mat-error>{{ reason.hasError('maxlength') ? tooLong() : s.required }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined" data-testid="reason-cancel">
          {{ s.cancel }}
        </button>
        <button mat-flat-button type="submit" data-testid="reason-confirm">{{ data.confirm }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason {
      width: 100%;
      min-width: min(420px, 70vw);
    }
  `,
})
export class ReasonDialog {
  private readonly i18n = inject(I18n);
  protected readonly strings = injectStrings(APPLICATION_STRINGS);
  protected readonly data = inject<ReasonRequest>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);
  protected readonly maxLength = MAX_REASON_LENGTH;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [
      ...(this.data.required ? [Validators.required, Validators.pattern(/\S/)] : []),
      Validators.maxLength(MAX_REASON_LENGTH),
    ],
  });
  protected readonly tooLong = computed(() =>
    fill(this.strings().reasonDialog.tooLong, { max: formatNumber(MAX_REASON_LENGTH, this.i18n.lang()) }),
  );

  protected confirm(event: Event): void {
    event.preventDefault();
    this.reason.markAsTouched();
    if (this.reason.invalid) return;
    this.ref.close(this.reason.value.trim());
  }
}

/** Opens the box; the reason given ('' when none), or undefined when cancelled. */
export async function askReason(dialog: MatDialog, request: ReasonRequest): Promise<string | undefined> {
  const ref = dialog.open<ReasonDialog, ReasonRequest, string>(ReasonDialog, {
    data: request,
    ariaDescribedBy: request.text ? 'reason-dialog-text' : undefined,
    maxWidth: '560px',
  });
  return firstValueFrom(ref.afterClosed());
}
