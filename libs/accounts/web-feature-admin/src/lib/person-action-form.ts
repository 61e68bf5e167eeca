import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { type AdminUser, type Role, ROLES } from '@kbdm/accounts/domain';
import { AdminUsersClient } from '@kbdm/accounts/web-data-access';
import { controlError, FormAlert, type FormFailure, placeProblem } from '@kbdm/accounts/web-feature-auth';
import { fill, I18n } from '@kbdm/shared/web-core';
import { firstValueFrom, map, type Observable } from 'rxjs';
import { adminErrorLines } from './admin-problems';
import { confirmed } from './confirm-dialog';

/** What an administrator does to one account from its panel. */
export type PersonAction = 'changeRole' | 'deactivate' | 'reactivate' | 'revokeSessions';

/** The API's limit on a reason (ChangeRoleDto, DeactivateDto, AccountActionDto). */
const REASON_MAX_LENGTH = 500;

let nextId = 0;

/**
 * One administrative action on a person: the new role for `changeRole`, a reason for the audit
 * log (required to change a role or deactivate), a confirmation, then a snackbar on success.
 * A field the API names is marked beside that field; a refusal is said above the form.
 */
@Component({
  selector: 'kbdm-person-action-form',
  imports: [FormAlert, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-action-form.html',
  styleUrl: './person-action-form.scss',
})
export class PersonActionForm {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(AdminUsersClient);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly person = input.required<AdminUser>();
  readonly action = input.required<PersonAction>();
  /** The account as the API answered after the action (unchanged after ending its sessions). */
  readonly done = output<AdminUser>();

  protected readonly headingId = `person-action-${nextId++}`;
  protected readonly roles = ROLES;
  protected readonly reasonMaxLength = REASON_MAX_LENGTH;
  protected readonly reasonRequired = computed(() => this.action() === 'changeRole' || this.action() === 'deactivate');
  protected readonly form = this.fb.group({
    role: this.fb.control<Role>('entrepreneur', Validators.required),
    reason: ['', Validators.maxLength(REASON_MAX_LENGTH)],
  });
  protected readonly saving = signal(false);
  private readonly failure = signal<FormFailure | null>(null);
  protected readonly errorLines = computed(() => adminErrorLines(this.failure(), this.i18n.t()));

  // The form starts afresh for another person, or once the person's role or state has changed.
  private readonly personState = computed(() => {
    const { id, role, deactivatedAt } = this.person();
    return `${id}|${role}|${deactivatedAt ?? ''}`;
  });

  constructor() {
    effect(() => {
      this.personState();
      untracked(() => this.reset());
    });
  }

  protected error(name: 'role' | 'reason'): string {
    const control = this.form.controls[name];
    if (control.hasError('unchanged')) return this.i18n.t().admin.changeRole.unchanged;
    return controlError(control, this.i18n.t().accounts);
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    const person = this.person();
    const { role, reason } = this.form.getRawValue();
    const { controls } = this.form;
    if (this.reasonRequired() && reason.trim() === '') controls.reason.setErrors({ required: true });
    if (this.action() === 'changeRole' && role === person.role) controls.role.setErrors({ unchanged: true });
    if (this.form.invalid) return;

    const t = this.i18n.t();
    const strings = t.admin[this.action()];
    const values = { name: person.fullName, role: t.accounts.roles[role] };
    const ok = await confirmed(this.dialog, {
      title: strings.confirmTitle,
      text: fill(strings.confirmText, values),
      confirm: strings.submit,
      cancel: t.admin.cancel,
    });
    if (!ok) return;

    this.saving.set(true);
    this.failure.set(null);
    try {
      const updated = await firstValueFrom(this.send(person, role, reason.trim()));
      this.snackBar.open(fill(strings.done, values), undefined, { duration: 5000 });
      this.done.emit(updated);
    } catch (error) {
      this.failure.set(placeProblem(this.form, error));
    } finally {
      this.saving.set(false);
    }
  }

  private send(person: AdminUser, role: Role, reason: string): Observable<AdminUser> {
    switch (this.action()) {
      case 'changeRole':
        return this.client.changeRole(person.id, { role, reason });
      case 'deactivate':
        return this.client.deactivate(person.id, reason);
      case 'reactivate':
        return this.client.reactivate(person.id, reason);
      case 'revokeSessions':
        return this.client.revokeSessions(person.id, reason).pipe(map(() => person));
    }
  }

  private reset(): void {
    this.failure.set(null);
    this.form.reset({ role: this.person().role, reason: '' });
    // Only a role change has a role to choose; a disabled control is neither checked nor sent.
    if (this.action() === 'changeRole') this.form.controls.role.enable();
    else this.form.controls.role.disable();
  }
}
