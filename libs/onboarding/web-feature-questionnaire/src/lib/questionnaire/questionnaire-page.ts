import { BreakpointObserver } from '@angular/cdk/layout';
import { STEPPER_GLOBAL_OPTIONS } from '@angular/cdk/stepper';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import { FormAlert } from '@kbdm/accounts/web-feature-auth';
import { APPLICANT_KINDS, APPLICANT_STATUSES, type ApplicantStatus, BUSINESS_SIZES } from '@kbdm/catalogue/domain';
import { ReferenceData } from '@kbdm/catalogue/web-data-access';
import { AssessmentStore, OnboardingClient } from '@kbdm/onboarding/web-data-access';
import type { FieldError } from '@kbdm/shared/domain';
import { fill, I18n, LocalDatePipe, LocalMoneyPipe, toProblem } from '@kbdm/shared/web-core';
import { map } from 'rxjs';
import { readDraft, restoreDraft, writeDraft } from './questionnaire-draft';
import {
  applyRelevance,
  buildQuestionnaireForm,
  placeFieldErrors,
  questionError,
  showsError,
  STEP_NAMES,
  type StepName,
  toAnswers,
} from './questionnaire-form';
import { FillPipe } from '../fill.pipe';
import { SectorPicker } from './sector-picker';

/** Phones get the vertical stepper: a horizontal header of four steps does not fit 360 px. */
const PHONE = '(max-width: 599.98px)';
const STEP_COUNT = STEP_NAMES.length + 1;

/**
 * `/start`: the onboarding questionnaire — about you, your idea, your money — as a linear
 * stepper; the last step reviews the answers and sends them for assessment, then opens the
 * results. The answers live in sessionStorage, so a reload or the way back from the results
 * finds them again.
 */
@Component({
  selector: 'kbdm-questionnaire-page',
  imports: [
    FillPipe,
    FormAlert,
    LocalDatePipe,
    LocalMoneyPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    MatStepperModule,
    ReactiveFormsModule,
    RouterLink,
    SectorPicker,
  ],
  providers: [{ provide: STEPPER_GLOBAL_OPTIONS, useValue: { showError: true } }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './questionnaire-page.html',
  styleUrl: './questionnaire-page.scss',
})
export class QuestionnairePage {
  protected readonly i18n = inject(I18n);
  protected readonly reference = inject(ReferenceData);
  private readonly store = inject(AssessmentStore);
  private readonly client = inject(OnboardingClient);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly storage = inject(DOCUMENT).defaultView?.sessionStorage;

  protected readonly kinds = APPLICANT_KINDS;
  protected readonly statuses = APPLICANT_STATUSES;
  protected readonly sizes = BUSINESS_SIZES;
  protected readonly form = buildQuestionnaireForm(inject(NonNullableFormBuilder));
  protected readonly about = this.form.controls.about;
  protected readonly idea = this.form.controls.idea;
  protected readonly money = this.form.controls.money;

  private readonly stepper = viewChild.required(MatStepper);
  protected readonly step = signal(0);
  protected readonly orientation = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => (state.matches ? 'vertical' : 'horizontal'))),
    { initialValue: 'horizontal' as const },
  );
  protected readonly progressText = computed(() =>
    fill(this.i18n.t().onboarding.progress, { step: this.step() + 1, total: STEP_COUNT }),
  );
  protected readonly progressPercent = computed(() => ((this.step() + 1) / STEP_COUNT) * 100);

  protected readonly submitting = signal(false);
  private readonly unplaced = signal<{ title: string; errors: FieldError[] } | null>(null);
  protected readonly errorLines = computed(() => {
    const failure = this.unplaced();
    if (!failure) return [];
    const lines = [this.i18n.t().onboarding.failed, failure.title];
    for (const error of failure.errors) lines.push(error.field ? `${error.field}: ${error.message}` : error.message);
    return lines.filter((line) => line !== '');
  });

  /** A signed-in person's earlier assessments, to go back to. */
  private readonly mine = rxResource({
    params: () => (this.auth.signedIn() ? true : undefined),
    stream: () => this.client.mine(untracked(this.i18n.lang)),
  });
  protected readonly earlier = computed(() => (this.mine.hasValue() ? this.mine.value().slice(0, 5) : []));

  constructor() {
    const draft = readDraft(this.storage);
    if (draft) restoreDraft(this.form, draft);
    applyRelevance(this.form);
    this.form.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(() => {
      applyRelevance(this.form);
      this.save();
    });
    // Back on the kept step: a linear stepper passes only steps that are valid and were visited.
    afterNextRender(() => {
      if (draft && draft.step > 0) this.goTo(Math.min(draft.step, STEP_COUNT - 1));
    });
  }

  protected onStep(index: number): void {
    this.step.set(index);
    this.save();
  }

  protected statusLabel(status: ApplicantStatus): string {
    const label = this.i18n.t().catalogue.applicantStatus[status];
    return label.charAt(0).toLocaleUpperCase(this.i18n.lang()) + label.slice(1);
  }

  protected error(path: string): string {
    return questionError(this.form.get(path), this.i18n.t().onboarding.validation);
  }

  protected shows(path: string): boolean {
    return showsError(this.form.get(path));
  }

  protected districtName(code: string): string {
    return this.reference.districtName(code);
  }

  /** On "Next": a step with errors stays, shows them all and puts the focus on the first. */
  protected leave(name: StepName, formElement: HTMLElement): void {
    const group: AbstractControl = this.form.controls[name];
    if (group.valid) return;
    group.markAllAsTouched();
    // The first wrong question in the page's order: a field, a select, or a radio group's first option.
    const first = formElement.querySelector<HTMLElement>(
      'input.ng-invalid, mat-select.ng-invalid, mat-radio-group.ng-invalid input',
    );
    first?.focus();
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    const invalid = STEP_NAMES.findIndex((name) => this.form.controls[name].invalid);
    if (invalid >= 0) {
      this.form.controls[STEP_NAMES[invalid]].markAllAsTouched();
      this.goTo(invalid);
      return;
    }
    this.submitting.set(true);
    this.unplaced.set(null);
    try {
      const assessment = await this.store.create(toAnswers(this.form.getRawValue()), this.i18n.lang());
      await this.router.navigate(['results', assessment.id], { relativeTo: this.route });
    } catch (error) {
      const problem = toProblem(error);
      const { unplaced, firstStep } = placeFieldErrors(this.form, problem.errors ?? []);
      const placedAll = (problem.errors?.length ?? 0) > 0 && unplaced.length === 0;
      this.unplaced.set(placedAll ? null : { title: problem.detail ?? problem.title, errors: unplaced });
      if (firstStep) this.goTo(STEP_NAMES.indexOf(firstStep));
    } finally {
      this.submitting.set(false);
    }
  }

  /** Moves to a step, passing the ones before it when they are valid; a step with errors stops the way. */
  private goTo(index: number): void {
    const stepper = this.stepper();
    stepper.steps.forEach((step, i) => {
      if (i < index) step.interacted = true;
    });
    stepper.selectedIndex = index;
  }

  private save(): void {
    writeDraft(this.storage, { step: this.step(), value: this.form.getRawValue() });
  }
}
