import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

/** What a confirmation asks, in the interface language. */
export type Confirmation = { title: string; text: string; confirm: string; cancel: string };

/** Asks before an administrative change; Cancel takes the focus first, so Enter alone changes nothing. */
@Component({
  selector: 'kbdm-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p id="confirm-dialog-text">{{ data.text }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="confirm-cancel">
        {{ data.cancel }}
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="confirm-ok">
        {{ data.confirm }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<Confirmation>(MAT_DIALOG_DATA);
}

/** Opens the confirmation and answers whether the administrator confirmed. */
export async function confirmed(dialog: MatDialog, confirmation: Confirmation): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, Confirmation, boolean>(ConfirmDialog, {
    data: confirmation,
    role: 'alertdialog',
    ariaDescribedBy: 'confirm-dialog-text',
    maxWidth: '480px',
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
