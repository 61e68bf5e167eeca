import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  type AdminUser,
  APPOINTED_ROLES,
  type AppointedRole,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@kbdm/accounts/domain';
import { AdminUsersClient } from '@kbdm/accounts/web-data-access';
import {
  commonPasswordValidator,
  controlError,
  FormAlert,
  type FormFailure,
  placeProblem,
} from '@kbdm/accounts/web-feature-auth';
import { fill, I18n } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { adminErrorLines } from './admin-problems';

type CreateField = 'email' | 'fullName' | 'role' | 'password';

/**
 * Appoints an officer or an administrator with a password the administrator hands over; closes
 * with the new account. The API's field errors show beside their fields.
 */
@Component({
  selector: 'kbdm-create-person-dialog',
  imports: [
    FormAlert,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-person-dialog.html',
  styleUrl: './create-person-dialog.scss',
})
export class CreatePersonDialog {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(AdminUsersClient);
  private readonly ref = inject<MatDialogRef<CreatePersonDialog, AdminUser>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly roles = APPOINTED_ROLES;
  protected readonly passwordHint = computed(() =>
    fill(this.i18n.t().admin.create.passwordHint, { min: PASSWORD_MIN_LENGTH }),
  );
  protected readonly form = this.fb.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    fullName: ['', [Validators.required, Validators.maxLength(200)]],
    role: this.fb.control<AppointedRole>('officer', Validators.required),
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
        commonPasswordValidator,
      ],
    ],
  });
  protected readonly submitting = signal(false);
  private readonly failure = signal<FormFailure | null>(null);
  protected readonly errorLines = computed(() => adminErrorLines(this.failure(), this.i18n.t()));

  protected error(name: CreateField): string {
    return controlError(this.form.controls[name], this.i18n.t().accounts);
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { email, fullName, role, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.failure.set(null);
    try {
      const created = await firstValueFrom(
        this.client.create({ email: email.trim(), fullName: fullName.trim(), role, password }),
      );
      this.ref.close(created);
    } catch (error) {
      this.failure.set(placeProblem(this.form, error));
    } finally {
      this.submitting.set(false);
    }
  }
}

/** Opens the dialog; answers the new account, or undefined when cancelled. */
export function openCreatePerson(dialog: MatDialog): Promise<AdminUser | undefined> {
  const ref = dialog.open<CreatePersonDialog, void, AdminUser>(CreatePersonDialog, {
    width: '560px',
    maxWidth: 'calc(100vw - 32px)',
  });
  return firstValueFrom(ref.afterClosed());
}
