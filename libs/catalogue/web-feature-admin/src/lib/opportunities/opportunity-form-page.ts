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
import { NgTemplateOutlet } from '@angular/common';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormBuilder, type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { type AdminOpportunity, OPPORTUNITY_STATUSES } from '@kbdm/catalogue/domain';
import { CatalogueAdminClient, ReferenceData } from '@kbdm/catalogue/web-data-access';
import { LANGS, type Lang, type ProblemDetails } from '@kbdm/shared/domain';
import {
  fill,
  formatCountry,
  formatNumber,
  I18n,
  injectStrings,
  LANGUAGE_NAMES,
  toProblem,
} from '@kbdm/shared/web-core';
import { firstValueFrom, map } from 'rxjs';
import { ADMIN_PATHS } from '../catalogue-admin.routes';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';
import { OpportunityHistory } from './opportunity-history';
import {
  buildOpportunityForm,
  controlPathOf,
  draftsOf,
  emptyFormValue,
  formValueOf,
  IMPORT_UNITS,
  parseCountries,
  type TextDrafts,
  toOpportunityInput,
} from './opportunity-form';

type TextField = keyof TextDrafts;

/**
 * `/admin/catalogue/opportunities/new` and `/admin/catalogue/opportunities/:id`: the opportunity's
 * texts in the three languages side by side (a missing translation and a machine draft marked),
 * its figures with the API's limits checked as one types, the API's field errors beside the
 * fields they name, saving with the version it was loaded at, publication and the history.
 */
/** A number input of the form: the control's path, the label's key in the form's strings, its limits. */
type NumberField = {
  path: string;
  label:
    | 'importVolume'
    | 'importValueUsd'
    | 'localProductionShare'
    | 'investmentMin'
    | 'investmentMax'
    | 'jobs'
    | 'lat'
    | 'lon';
  min: number;
  max?: number;
  step: 'any' | '1';
};

@Component({
  selector: 'kbdm-opportunity-form-page',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    OpportunityHistory,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './opportunity-form-page.html',
  styleUrl: './opportunity-form-page.scss',
})
export class OpportunityFormPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(CatalogueAdminClient);
  protected readonly reference = inject(ReferenceData);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  /** From the route; absent on `…/new`. */
  readonly id = input<string>();

  protected readonly paths = ADMIN_PATHS;
  protected readonly langs = LANGS;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly statuses = OPPORTUNITY_STATUSES;
  protected readonly form = buildOpportunityForm(inject(FormBuilder));
  /** The figures' number inputs, in the form's order (the unit's select follows the import volume). */
  protected readonly figureFields: NumberField[] = [
    { path: 'importVolume.amount', label: 'importVolume', min: 0, step: 'any' },
    { path: 'importValueUsd', label: 'importValueUsd', min: 0, step: 'any' },
    { path: 'localProductionShare', label: 'localProductionShare', min: 0, max: 100, step: 'any' },
    { path: 'investmentKzt.min', label: 'investmentMin', min: 0, step: '1' },
    { path: 'investmentKzt.max', label: 'investmentMax', min: 0, step: '1' },
    { path: 'jobs', label: 'jobs', min: 0, step: '1' },
  ];
  protected readonly placeFields: NumberField[] = [
    { path: 'location.lat', label: 'lat', min: -90, max: 90, step: 'any' },
    { path: 'location.lon', label: 'lon', min: -180, max: 180, step: 'any' },
  ];
  private readonly formValue = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  protected readonly record = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.client.opportunity(params),
  });
  protected readonly item = computed<AdminOpportunity | null>(() =>
    this.record.hasValue() ? (this.record.value() ?? null) : null,
  );
  protected readonly loadProblem = computed(() =>
    this.record.status() === 'error' ? toProblem(this.record.error()) : null,
  );
  protected readonly title = computed(() => {
    const s = this.strings().form;
    const item = this.item();
    return item ? fill(s.editTitle, { code: item.code }) : s.newTitle;
  });

  protected readonly drafts = signal<TextDrafts>({ name: [], description: [] });
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly publishing = signal(false);
  /** Someone saved in between: the form offers to read the opportunity again. */
  protected readonly stale = signal(false);
  protected readonly problem = signal<ProblemDetails | null>(null);
  /** The API's errors that name no field of the form. */
  protected readonly unplaced = signal<string[]>([]);
  protected readonly publishProblem = signal<ProblemDetails | null>(null);
  protected readonly historyVersion = signal(0);
  /** Whether the form differs from what was loaded (the form's own flag, read as its value changes). */
  protected readonly dirty = computed(() => {
    this.formValue();
    return this.form.dirty;
  });

  /** The units to choose from: the known ones and whatever the loaded item had. */
  protected readonly units = computed(() => {
    const current = this.formValue().importVolume.unit;
    return current && !(IMPORT_UNITS as readonly string[]).includes(current)
      ? [...IMPORT_UNITS, current]
      : IMPORT_UNITS;
  });
  /** The countries as names, to check the codes typed. */
  protected readonly countryNames = computed(() => {
    const lang = this.i18n.lang();
    return parseCountries(this.formValue().sourceCountries)
      .filter((code) => /^[A-Z]{2}$/.test(code))
      .map((code) => formatCountry(code, lang))
      .join(', ');
  });

  constructor() {
    effect(() => {
      const item = this.item();
      untracked(() => (item ? this.fill(item) : this.fillEmpty()));
    });
  }

  /** A text in this language is empty: a missing translation. */
  protected missing(field: TextField, lang: Lang): boolean {
    return this.formValue()[field][lang].trim() === '';
  }

  protected isDraft(field: TextField, lang: Lang): boolean {
    return !this.missing(field, lang) && this.drafts()[field].includes(lang);
  }

  /** A person edited the text: it is no longer a machine draft. */
  protected confirmDraft(field: TextField, lang: Lang): void {
    this.drafts.update((drafts) => ({ ...drafts, [field]: drafts[field].filter((l) => l !== lang) }));
  }

  protected unitLabel(unit: string): string {
    return (this.i18n.t().catalogue.importUnits as Record<string, string>)[unit] ?? unit;
  }

  /** The control at `path` (`importVolume.amount`), for an input bound by path. */
  protected control(path: string): FormControl {
    return this.form.get(path) as FormControl;
  }

  protected labelOf(field: NumberField): string {
    return this.strings().form[field.label];
  }

  /** A path as the test ids spell it: `importVolume.amount` → `importVolume-amount`. */
  protected testId(path: string): string {
    return path.replace('.', '-');
  }

  /** The words for a control's (or group's) first error: the form's own check, else what the API said. */
  protected errorOf(path: string): string {
    const control = this.form.get(path);
    const errors = control?.errors;
    if (!errors) return '';
    const e = this.strings().form.errors;
    const lang = this.i18n.lang();
    if (errors['required']) return e.required;
    if (errors['maxlength']) {
      return fill(e.maxLength, { max: formatNumber(errors['maxlength'].requiredLength, lang) });
    }
    if (errors['pattern']) return e.hsCode;
    if (errors['number']) return e.number;
    if (errors['whole']) return e.whole;
    if (errors['range']) {
      return fill(e.range, {
        min: formatNumber(errors['range'].min, lang),
        max: formatNumber(errors['range'].max, lang),
      });
    }
    if (errors['countries']) return e.countries;
    if (errors['tooManyCountries']) return fill(e.tooManyCountries, { max: errors['tooManyCountries'].max });
    if (errors['url']) return e.url;
    if (errors['nameNeeded']) return e.nameNeeded;
    if (errors['minAboveMax']) return e.minAboveMax;
    if (errors['bothCoordinates']) return e.bothCoordinates;
    if (errors['sourceTitleNeeded']) return e.sourceTitleNeeded;
    return (errors['server'] as string | undefined) ?? '';
  }

  /** A group's own error (not its fields'), once the person tried to save or touched it. */
  protected groupError(path: string): string {
    const group = this.form.get(path);
    if (!group?.errors || !(group.touched || this.submitted())) return '';
    return this.errorOf(path);
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.problem.set(null);
    this.unplaced.set([]);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.focusFirstInvalid();
      return;
    }
    if (this.saving()) return;
    const input = toOpportunityInput(this.form.getRawValue(), this.drafts());
    const item = this.item();
    const s = this.strings().form;
    this.saving.set(true);
    try {
      if (item) {
        const saved = await firstValueFrom(this.client.updateOpportunity(item.id, { ...input, version: item.version }));
        this.record.set(saved);
        this.historyVersion.update((v) => v + 1);
        // The API keeps the version when nothing differs from what it holds.
        this.snackBar.open(saved.version === item.version ? s.unchanged : s.saved, undefined, { duration: 4000 });
      } else {
        const created = await firstValueFrom(this.client.createOpportunity(input));
        this.snackBar.open(s.created, undefined, { duration: 6000 });
        await this.router.navigate([ADMIN_PATHS.opportunities, created.id], { replaceUrl: true });
      }
    } catch (error) {
      this.showProblem(toProblem(error));
    } finally {
      this.saving.set(false);
    }
    if (this.problem()?.errors?.length) this.focusFirstInvalid();
  }

  /** The problem's sentence in the interface language where the status says enough. */
  protected problemText(problem: ProblemDetails): string {
    const c = this.strings().common;
    if (problem.status === 403) return c.forbidden;
    if (problem.status === 404) return c.notFound;
    return problem.detail ?? problem.title;
  }

  protected async togglePublication(): Promise<void> {
    const item = this.item();
    if (!item || this.publishing()) return;
    const s = this.strings().form;
    this.publishProblem.set(null);
    this.publishing.set(true);
    try {
      const changed = await firstValueFrom(
        this.client.changePublication(item.id, { published: !item.published, version: item.version }),
      );
      this.record.set(changed);
      this.historyVersion.update((v) => v + 1);
      this.snackBar.open(changed.published ? s.publishedDone : s.unpublishedDone, undefined, { duration: 4000 });
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code === 'stale_version') this.stale.set(true);
      else this.publishProblem.set(problem);
    } finally {
      this.publishing.set(false);
    }
  }

  /** Reads the opportunity as it is now, leaving this form's changes behind. */
  protected reload(): void {
    this.stale.set(false);
    this.problem.set(null);
    this.unplaced.set([]);
    this.record.reload();
    this.historyVersion.update((v) => v + 1);
  }

  private showProblem(problem: ProblemDetails): void {
    if (problem.status === 409 && problem.code === 'stale_version') {
      this.stale.set(true);
      return;
    }
    this.problem.set(problem);
    const unplaced: string[] = [];
    for (const error of problem.errors ?? []) {
      const path = controlPathOf(this.form, error.field);
      const control: AbstractControl | null = path ? this.form.get(path) : null;
      if (!control || control === this.form) {
        unplaced.push(`${error.field}: ${error.message}`);
        continue;
      }
      control.setErrors({ ...control.errors, server: error.message });
      control.markAsTouched();
    }
    this.unplaced.set(unplaced);
  }

  // To the first field marked wrong, once the marks are drawn: where the keyboard user has to go.
  private focusFirstInvalid(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }

  private fill(item: AdminOpportunity): void {
    this.form.reset(formValueOf(item));
    this.drafts.set(draftsOf(item));
    this.afterFill();
  }

  private fillEmpty(): void {
    if (this.id()) return;
    this.form.reset(emptyFormValue());
    this.drafts.set({ name: [], description: [] });
    this.afterFill();
  }

  private afterFill(): void {
    this.submitted.set(false);
    this.problem.set(null);
    this.unplaced.set([]);
  }
}
