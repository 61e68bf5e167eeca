import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ALWAYS_REQUIRED_FIELDS,
  type ApplicationForm,
  FORM_FIELDS,
  type FormContext,
  type FormField,
  MAX_DESCRIPTION_LENGTH,
  missingAnswers,
  parseForm,
} from '@kbdm/applications/domain';
import { APPLICATION_STRINGS, ApplicationStore, errorPlace, fieldErrorText } from '@kbdm/applications/web-data-access';
import { APPLICANT_KINDS, type ApplicantKind, type Sector } from '@kbdm/catalogue/domain';
import { ReferenceData } from '@kbdm/catalogue/web-data-access';
import { type FieldError, LANGS } from '@kbdm/shared/domain';
import { fill, formatMoney, formatNumber, formatTime, I18n, injectStrings } from '@kbdm/shared/web-core';
import { APPLY_STRINGS } from '../apply.strings';

const TEXT_FIELDS = [
  'applicantName',
  'binIin',
  'contactPhone',
  'projectTitle',
  'projectDescription',
  'districtCode',
  'sectorCode',
] as const satisfies readonly FormField[];
const NUMBER_FIELDS = [
  'requestedAmountKzt',
  'projectCostKzt',
  'ownContributionKzt',
  'plannedJobs',
] as const satisfies readonly FormField[];
type MoneyField = 'requestedAmountKzt' | 'projectCostKzt' | 'ownContributionKzt';

/** How many sectors the list offers at once. */
const MAX_SECTOR_MATCHES = 30;

type FormErrors = Partial<Record<FormField, FieldError>>;
/** The API's complaint about a field, with the value it was about: it goes once the field changes. */
type ServerErrors = Partial<Record<FormField, { error: FieldError; value: unknown }>>;

const isApplicantKind = (value: unknown): value is ApplicantKind => APPLICANT_KINDS.some((kind) => kind === value);

/** Whether a sector matches what was typed: its code from the start, or its name in any language. */
export function sectorMatches(sector: Sector, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return true;
  if (sector.code.toLocaleLowerCase().startsWith(q)) return true;
  return [sector.title, ...LANGS.map((lang) => sector.name[lang] ?? '')].some((name) =>
    name.toLocaleLowerCase().includes(q),
  );
}

/**
 * The application's answers as a form: every field of `ApplicationForm`, checked as it is typed
 * with the rules the API uses (`parseForm`), autosaved a pause after the last change, with the
 * save's state under the heading. An answer that breaks a rule is not sent: the saved one stays
 * until it is put right, so a half-typed BIN never costs the rest of the draft.
 */
@Component({
  selector: 'kbdm-answers-form',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './answers-form.html',
  styleUrl: './answers-form.scss',
})
export class AnswersForm {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(ApplicationStore);
  private readonly reference = inject(ReferenceData);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly strings = injectStrings(APPLY_STRINGS);
  protected readonly common = injectStrings(APPLICATION_STRINGS);

  /** The programme's amounts when the target is a programme (then the amount is asked); none otherwise. */
  readonly amount = input<FormContext['amount']>();

  protected readonly kinds = APPLICANT_KINDS;
  protected readonly maxDescription = MAX_DESCRIPTION_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    applicantKind: [''],
    applicantName: [''],
    binIin: [''],
    contactPhone: [''],
    projectTitle: [''],
    projectDescription: [''],
    districtCode: [''],
    sectorCode: [''],
    requestedAmountKzt: this.numberControl(),
    projectCostKzt: this.numberControl(),
    ownContributionKzt: this.numberControl(),
    plannedJobs: this.numberControl(),
  });

  private readonly answers = signal<ApplicationForm>({});
  /** After the first attempt to submit, a missing answer is pointed out as it is left empty. */
  private readonly submitting = signal(false);
  private readonly serverErrors = signal<ServerErrors>({});

  protected readonly required = computed(
    () => new Set<FormField>([...ALWAYS_REQUIRED_FIELDS, ...(this.amount() ? ['requestedAmountKzt' as const] : [])]),
  );
  protected readonly districts = this.reference.districts;
  protected readonly sectorOptions = computed(() => {
    const query = this.answers().sectorCode ?? '';
    const exact = this.reference.sectors().some((sector) => sector.code === query);
    return this.reference
      .sectors()
      .filter((sector) => exact || sectorMatches(sector, query))
      .slice(0, MAX_SECTOR_MATCHES);
  });

  /** What the answers are checked against; while a catalogue list loads, its field is not judged here. */
  readonly context = computed<FormContext>(() => {
    const answers = this.answers();
    const districtCodes = this.reference.districts().map((district) => district.code);
    const sectorCodes = this.reference.sectors().map((sector) => sector.code);
    return {
      districtCodes: districtCodes.length ? districtCodes : answers.districtCode ? [answers.districtCode] : [],
      sectorCodes: sectorCodes.length ? sectorCodes : answers.sectorCode ? [answers.sectorCode] : [],
      amount: this.amount(),
    };
  });

  protected readonly errors = computed<FormErrors>(() => {
    const answers = this.answers();
    const context = this.context();
    const errors: FormErrors = {};
    const place = (error: FieldError) => {
      const where = errorPlace(error.field);
      if (where.kind === 'field') errors[where.field] ??= error;
    };
    for (const { error } of Object.values(this.serverErrors())) if (error) place(error);
    const check = parseForm(answers, context);
    if (!check.ok) check.errors.forEach(place);
    if (this.submitting()) missingAnswers(check.ok ? check.form : answers, context).forEach(place);
    return errors;
  });

  protected readonly saveLine = computed(() => {
    const s = this.strings().save;
    const state = this.store.saveState();
    switch (state.kind) {
      case 'idle':
        return { text: s.auto, alert: false };
      case 'pending':
      case 'saving':
        return { text: s.saving, alert: false };
      case 'saved':
        return { text: fill(s.saved, { time: formatTime(state.at, this.i18n.lang()) }), alert: false };
      case 'failed':
        return {
          text: state.problem.errors?.length
            ? s.failedFields
            : `${s.failed} ${state.problem.detail ?? state.problem.title}`,
          alert: true,
        };
      case 'conflict':
        return { text: s.conflict, alert: true };
    }
  });

  constructor() {
    // The answers as the API has them, whenever they come from it (first read, a reload after a conflict).
    effect(() => {
      this.store.formRevision();
      const application = untracked(() => this.store.application());
      if (application) untracked(() => this.take(application.form));
    });
    // Each control shows its own error beside it.
    effect(() => {
      const errors = this.errors();
      for (const field of FORM_FIELDS) {
        const error = errors[field];
        this.form.controls[field].setErrors(error ? { rule: error } : null, { emitEvent: false });
      }
    });
    // The save state arrives asynchronously: a refused save's field errors go beside their fields.
    effect(() => {
      const state = this.store.saveState();
      if (state.kind === 'failed' && state.problem.errors?.length)
        untracked(() => this.showServerErrors(state.problem.errors ?? []));
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.changed());
  }

  /** Runs the submission's checks here first: the wrong and the missing answers, each shown beside its field. */
  check(): FieldError[] {
    this.submitting.set(true);
    this.form.markAllAsTouched();
    return Object.values(this.errors()).filter((error): error is FieldError => error !== undefined);
  }

  /** Puts the API's field errors beside their fields; gives back those about no field of the form. */
  showServerErrors(errors: readonly FieldError[]): FieldError[] {
    const placed: ServerErrors = {};
    const rest: FieldError[] = [];
    const answers = this.answers();
    for (const error of errors) {
      const where = errorPlace(error.field);
      if (where.kind === 'field') placed[where.field] ??= { error, value: answers[where.field] };
      else rest.push(error);
    }
    this.serverErrors.set(placed);
    this.form.markAllAsTouched();
    return rest;
  }

  /** Moves the focus to the first field with an error, once it shows. */
  focusFirstError(): void {
    afterNextRender(
      () => {
        const field = this.host.nativeElement.querySelector<HTMLElement>(
          '.mat-form-field-invalid input, .mat-form-field-invalid textarea, .mat-form-field-invalid mat-select',
        );
        field?.focus();
      },
      { injector: this.injector },
    );
  }

  protected errorText(field: FormField): string {
    const error = this.errors()[field];
    return error ? fieldErrorText(error, this.common(), this.i18n.lang()) : '';
  }

  protected kindLabel(kind: ApplicantKind): string {
    const label = this.i18n.t().catalogue.applicantKind[kind];
    return label.charAt(0).toLocaleUpperCase() + label.slice(1);
  }

  protected readonly sectorLabel = (code: string | null): string => {
    const sector = this.reference.sectors().find((candidate) => candidate.code === code);
    return sector ? `${sector.code} — ${sector.title}` : (code ?? '');
  };

  /** The money questions in the form's order; the requested amount only where the programme pays out. */
  protected readonly moneyFields = computed<{ field: MoneyField; min: number }[]>(() => [
    { field: 'projectCostKzt', min: 1 },
    { field: 'ownContributionKzt', min: 0 },
    ...(this.amount() ? [{ field: 'requestedAmountKzt' as const, min: 1 }] : []),
  ]);

  /** The amount written out (`30 000 000 ₸`) under the field, or what to type there. */
  protected moneyHint(field: MoneyField): string {
    const value = this.answers()[field];
    return value !== undefined ? formatMoney(value, 'KZT', this.i18n.lang()) : this.common().hints[field];
  }

  protected descriptionHint(): string {
    return fill(this.strings().form.description, { max: formatNumber(MAX_DESCRIPTION_LENGTH, this.i18n.lang()) });
  }

  protected retrySave(): void {
    this.serverErrors.set({});
    this.store.queueSave(this.saveable(this.answers()));
    void this.store.flushSave();
  }

  private numberControl() {
    return inject(NonNullableFormBuilder).control<number | null>(null);
  }

  private take(form: ApplicationForm): void {
    this.form.reset(
      {
        applicantKind: form.applicantKind ?? '',
        applicantName: form.applicantName ?? '',
        binIin: form.binIin ?? '',
        contactPhone: form.contactPhone ?? '',
        projectTitle: form.projectTitle ?? '',
        projectDescription: form.projectDescription ?? '',
        districtCode: form.districtCode ?? '',
        sectorCode: form.sectorCode ?? '',
        requestedAmountKzt: form.requestedAmountKzt ?? null,
        projectCostKzt: form.projectCostKzt ?? null,
        ownContributionKzt: form.ownContributionKzt ?? null,
        plannedJobs: form.plannedJobs ?? null,
      },
      { emitEvent: false },
    );
    this.serverErrors.set({});
    this.answers.set(this.readAnswers());
  }

  private changed(): void {
    const answers = this.readAnswers();
    this.answers.set(answers);
    this.serverErrors.update((errors) => {
      const kept: ServerErrors = {};
      for (const field of FORM_FIELDS) {
        const entry = errors[field];
        if (entry && entry.value === answers[field]) kept[field] = entry;
      }
      return kept;
    });
    this.store.queueSave(this.saveable(answers));
  }

  /** The controls' values as the contract's answers: blanks left out, text trimmed. */
  private readAnswers(): ApplicationForm {
    const value = this.form.getRawValue();
    const answers: ApplicationForm = {};
    if (isApplicantKind(value.applicantKind)) answers.applicantKind = value.applicantKind;
    for (const field of TEXT_FIELDS) {
      const text = value[field].trim();
      if (text) answers[field] = text;
    }
    for (const field of NUMBER_FIELDS) {
      const number = value[field];
      if (typeof number === 'number' && Number.isFinite(number)) answers[field] = number;
    }
    return answers;
  }

  /** What may be sent: an answer breaking a rule is replaced by the saved one (or left out) until it is put right. */
  private saveable(answers: ApplicationForm): ApplicationForm {
    const saved: Record<string, unknown> = { ...(this.store.application()?.form ?? {}) };
    const candidate: Record<string, unknown> = { ...answers };
    for (let round = 0; round < 3; round++) {
      const check = parseForm(candidate, this.context());
      if (check.ok) return check.form;
      for (const error of check.errors) {
        const where = errorPlace(error.field);
        if (where.kind !== 'field') continue;
        const previous = saved[where.field];
        if (previous === undefined || candidate[where.field] === previous) delete candidate[where.field];
        else candidate[where.field] = previous;
      }
    }
    // Rules that still disagree (the catalogue changed meanwhile): keep what is saved.
    return this.store.application()?.form ?? {};
  }
}
