import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import { fill, I18n } from '@kbdm/shared/web-core';
import { FormAlert } from './form-alert';
import { controlError, type FormFailure, generalErrorLines, placeProblem } from './form-problems';

/** Only a path inside the portal: a returnUrl pointing elsewhere would make sign-in an open redirect. */
export function safeReturnUrl(returnUrl: string | undefined): string {
  return returnUrl && /^\/(?![/\\])/.test(returnUrl) ? returnUrl : '/account';
}

/** `/sign-in`: e-mail and password; back to `returnUrl` (or the account page) once signed in. */
@Component({
  selector: 'kbdm-sign-in-page',
  imports: [FormAlert, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
  styleUrl: './auth-page.scss',
})
export class SignInPage {
  protected readonly i18n = inject(I18n);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  /** From the query string, set by the `signedIn` guard. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  private readonly failure = signal<FormFailure | null>(null);

  protected readonly errorLines = computed(() => {
    const failure = this.failure();
    const t = this.i18n.t().accounts;
    if (failure?.problem.status === 401) return [t.signIn.wrongCredentials];
    if (failure?.problem.status === 429) {
      return [fill(t.signIn.slowedDown, { seconds: failure.retryAfterSeconds ?? 1 })];
    }
    return generalErrorLines(failure, t);
  });

  protected error(name: 'email' | 'password'): string {
    return controlError(this.form.controls[name], this.i18n.t().accounts);
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.submitting.set(true);
    this.failure.set(null);
    try {
      await this.store.signIn(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.failure.set(placeProblem(this.form, error));
    } finally {
      this.submitting.set(false);
    }
  }
}
