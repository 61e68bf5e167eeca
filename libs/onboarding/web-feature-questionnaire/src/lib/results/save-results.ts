import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type RegisterRequest } from '@kbdm/accounts/domain';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import {
  commonPasswordValidator,
  controlError,
  FormAlert,
  type FormFailure,
  generalErrorLines,
  placeProblem,
} from '@kbdm/accounts/web-feature-auth';
import { ReferenceData } from '@kbdm/catalogue/web-data-access';
import { AssessmentStore } from '@kbdm/onboarding/web-data-access';
import { fill, I18n, toProblem } from '@kbdm/shared/web-core';

type SignUpField = 'fullName' | 'email' | 'password';

/**
 * "Save to my account" at the end of the results: a person who is not signed in opens an
 * entrepreneur's account in three fields (the district comes from the answers), is signed in
 * and the assessment is claimed; a signed-in person claims it with one button.
 */
@Component({
  selector: 'kbdm-save-results',
  imports: [FormAlert, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = i18n.t().onboarding.save;
    @if (claimed()) {
      <p class="saved" role="status" data-testid="save-done">
        {{ t.done }} <a routerLink="/account">{{ i18n.t().accounts.menu.myAccount }}</a>
      </p>
    } @else if (auth.signedIn()) {
      <p>{{ t.signedInLead }}</p>
      <kbdm-form-alert [lines]="claimLines()" />
      <button mat-flat-button type="button" [disabled]="busy()" (click)="claim()" data-testid="save-claim">
        {{ busy() ? t.claiming : t.claim }}
      </button>
    } @else {
      <p>{{ t.lead }}</p>
      <kbdm-form-alert [lines]="errorLines()" />
      <form [formGroup]="form" (ngSubmit)="signUp()" novalidate>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ t.fullName }}</mat-label>
          <input matInput formControlName="fullName" autocomplete="name" data-testid="save-full-name" />
          <mat-error>{{ error('fullName') }}</mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ t.email }}</mat-label>
          <input matInput formControlName="email" type="email" autocomplete="email" data-testid="save-email" />
          <mat-error data-testid="save-email-error">{{ error('email') }}</mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ t.password }}</mat-label>
          <input
            matInput
            formControlName="password"
            type="password"
            autocomplete="new-password"
            data-testid="save-password"
          />
          <mat-hint>{{ passwordHint() }}</mat-hint>
          <mat-error>{{ error('password') }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="save-submit">
            {{ busy() ? t.submitting : t.submit }}
          </button>
          <span
            >{{ t.haveAccount }}
            <a routerLink="/sign-in" [queryParams]="{ returnUrl: returnUrl() }">{{ t.signIn }}</a></span
          >
        </div>
      </form>
    }
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
      max-width: 480px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin-top: 8px;
    }
    .saved {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-primary);
    }
  `,
})
export class SaveResults {
  protected readonly i18n = inject(I18n);
  protected readonly auth = inject(AuthStore);
  private readonly store = inject(AssessmentStore);
  private readonly reference = inject(ReferenceData);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly assessmentId = input.required<string>();
  /** The district code of the answers, to prefill the account. */
  readonly district = input<string | undefined>();
  readonly claimed = input(false);
  readonly saved = output();

  protected readonly returnUrl = computed(() => `/start/results/${this.assessmentId()}`);
  protected readonly passwordHint = computed(() =>
    fill(this.i18n.t().onboarding.save.passwordHint, { min: PASSWORD_MIN_LENGTH }),
  );
  protected readonly form = this.fb.group({
    fullName: ['', [Validators.required, Validators.maxLength(200)]],
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
  });
  protected readonly busy = signal(false);
  private readonly failure = signal<FormFailure | null>(null);
  protected readonly errorLines = computed(() => generalErrorLines(this.failure(), this.i18n.t().accounts));
  private readonly claimFailure = signal<string | null>(null);
  protected readonly claimLines = computed(() => {
    const detail = this.claimFailure();
    return detail === null ? [] : [this.i18n.t().onboarding.save.failed, detail].filter((line) => line !== '');
  });

  protected error(name: SignUpField): string {
    return controlError(this.form.controls[name], this.i18n.t().accounts);
  }

  protected async signUp(): Promise<void> {
    if (this.busy()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { fullName, email, password } = this.form.getRawValue();
    const request: RegisterRequest = { role: 'entrepreneur', fullName: fullName.trim(), email: email.trim(), password };
    // The district answered in the questionnaire goes to the profile: nothing is typed twice.
    const districtId = this.reference.districts().find((d) => d.code === this.district())?.id;
    if (districtId) request.districtId = districtId;
    this.busy.set(true);
    this.failure.set(null);
    try {
      await this.auth.register(request);
    } catch (error) {
      this.failure.set(placeProblem(this.form, error));
      this.busy.set(false);
      return;
    }
    // Signed in now: a failed claim leaves the one-button claim to try again.
    await this.claim();
  }

  protected async claim(): Promise<void> {
    this.busy.set(true);
    this.claimFailure.set(null);
    try {
      await this.store.claim(this.assessmentId(), this.i18n.lang());
      this.saved.emit();
    } catch (error) {
      const problem = toProblem(error);
      this.claimFailure.set(problem.detail ?? problem.title);
    } finally {
      this.busy.set(false);
    }
  }
}
