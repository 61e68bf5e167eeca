import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  COMPANY_SIZES,
  type CompanySize,
  LEGAL_FORMS,
  type LegalForm,
  type Profile,
  type UpdateProfileRequest,
} from '@kbdm/accounts/domain';
import { AuthClient, AuthStore, DistrictOptions } from '@kbdm/accounts/web-data-access';
import { I18n, toProblem } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { FormAlert } from './form-alert';
import { MySessions } from './my-sessions';
import {
  binIinValidator,
  controlError,
  type FormFailure,
  generalErrorLines,
  OKED_PATTERN,
  PHONE_PATTERN,
  placeProblem,
} from './form-problems';

/** `/account`: the signed-in person's profile, and their business if they have one, to read and edit. */
@Component({
  selector: 'kbdm-account-page',
  imports: [
    MySessions,
    FormAlert,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-page.html',
  styleUrl: './auth-page.scss',
})
export class AccountPage {
  protected readonly i18n = inject(I18n);
  protected readonly districts = inject(DistrictOptions).options;
  private readonly client = inject(AuthClient);
  private readonly store = inject(AuthStore);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly legalForms = LEGAL_FORMS;
  protected readonly companySizes = COMPANY_SIZES;

  // Read afresh from the API rather than from the session, which may be minutes old.
  protected readonly profile = rxResource({ stream: () => this.client.me() });
  protected readonly loadProblem = computed(() =>
    this.profile.status() === 'error' ? toProblem(this.profile.error()) : null,
  );

  protected readonly form = this.fb.group({
    fullName: ['', [Validators.required, Validators.maxLength(200)]],
    phone: ['', Validators.pattern(PHONE_PATTERN)],
    districtId: [''],
    hasBusiness: [false],
    business: this.fb.group({
      name: ['', [Validators.required, Validators.maxLength(300)]],
      binIin: ['', [Validators.required, binIinValidator]],
      legalForm: this.fb.control<LegalForm | ''>('', Validators.required),
      okedCode: ['', [Validators.required, Validators.pattern(OKED_PATTERN)]],
      size: this.fb.control<CompanySize | ''>('', Validators.required),
    }),
  });
  protected readonly hasBusiness = signal(false);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  private readonly failure = signal<FormFailure | null>(null);
  protected readonly errorLines = computed(() => generalErrorLines(this.failure(), this.i18n.t().accounts));

  constructor() {
    this.form.controls.business.disable();
    this.form.controls.hasBusiness.valueChanges.pipe(takeUntilDestroyed()).subscribe((hasBusiness) => {
      this.hasBusiness.set(hasBusiness);
      if (hasBusiness) this.form.controls.business.enable();
      else this.form.controls.business.disable();
    });
    effect(() => {
      if (this.profile.hasValue()) this.fillForm(this.profile.value());
    });
  }

  protected error(control: AbstractControl): string {
    return controlError(control, this.i18n.t().accounts);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.saving.set(true);
    this.saved.set(false);
    this.failure.set(null);
    try {
      const profile = await firstValueFrom(this.client.updateMe(this.request()));
      this.store.updateUser(profile);
      this.profile.set(profile);
      this.saved.set(true);
    } catch (error) {
      this.failure.set(placeProblem(this.form, error));
    } finally {
      this.saving.set(false);
    }
  }

  private request(): UpdateProfileRequest {
    const { fullName, phone, districtId, hasBusiness, business } = this.form.getRawValue();
    const { legalForm, size } = business;
    return {
      fullName: fullName.trim(),
      phone: phone.trim() || null,
      districtId: districtId || null,
      business:
        hasBusiness && legalForm && size
          ? {
              name: business.name.trim(),
              binIin: business.binIin.trim(),
              okedCode: business.okedCode.trim(),
              legalForm,
              size,
            }
          : null,
    };
  }

  private fillForm(profile: Profile): void {
    const business = profile.business;
    this.form.reset({
      fullName: profile.fullName,
      phone: profile.phone ?? '',
      districtId: profile.districtId ?? '',
      hasBusiness: business !== null,
      business: business ?? { name: '', binIin: '', legalForm: '', okedCode: '', size: '' },
    });
  }
}
