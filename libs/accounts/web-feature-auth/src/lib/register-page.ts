import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type RegisterRequest,
  SELF_REGISTERED_ROLES,
  type SelfRegisteredRole,
} from '@kbdm/accounts/domain';
import { AuthStore, DistrictOptions } from '@kbdm/accounts/web-data-access';
import { fill, I18n } from '@kbdm/shared/web-core';
import { FormAlert } from './form-alert';
import {
  commonPasswordValidator,
  controlError,
  type FormFailure,
  generalErrorLines,
  PHONE_PATTERN,
  placeProblem,
} from './form-problems';

type RegisterField = 'role' | 'email' | 'password' | 'fullName' | 'phone' | 'districtId';

/** `/register`: an entrepreneur or investor opens an account, is signed in and lands on it. */
@Component({
  selector: 'kbdm-register-page',
  imports: [
    FormAlert,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register-page.html',
  styleUrl: './auth-page.scss',
})
export class RegisterPage {
  protected readonly i18n = inject(I18n);
  protected readonly districts = inject(DistrictOptions).options;
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly roles = SELF_REGISTERED_ROLES;
  protected readonly passwordHint = computed(() =>
    fill(this.i18n.t().accounts.register.passwordHint, { min: PASSWORD_MIN_LENGTH }),
  );

  protected readonly form = this.fb.group({
    role: this.fb.control<SelfRegisteredRole>('entrepreneur', Validators.required),
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
        commonPasswordValidator,
      ],
    ],
    fullName: ['', [Validators.required, Validators.maxLength(200)]],
    phone: ['', Validators.pattern(PHONE_PATTERN)],
    districtId: [''],
  });
  protected readonly submitting = signal(false);
  private readonly failure = signal<FormFailure | null>(null);
  protected readonly errorLines = computed(() => generalErrorLines(this.failure(), this.i18n.t().accounts));

  protected error(name: RegisterField): string {
    return controlError(this.form.controls[name], this.i18n.t().accounts);
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { role, email, password, fullName, phone, districtId } = this.form.getRawValue();
    const request: RegisterRequest = { role, email: email.trim(), password, fullName: fullName.trim() };
    if (phone.trim()) request.phone = phone.trim();
    if (districtId) request.districtId = districtId;
    this.submitting.set(true);
    this.failure.set(null);
    try {
      await this.store.register(request);
      await this.router.navigateByUrl('/account');
    } catch (error) {
      this.failure.set(placeProblem(this.form, error));
    } finally {
      this.submitting.set(false);
    }
  }
}
