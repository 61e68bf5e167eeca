import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { isValidBinIin, OKED_CODE_PATTERN } from '@kbdm/accounts/domain';
import { PppProjectClient } from '@kbdm/catalogue/web-data-access';
import {
  type CreateInvestorRequest,
  INVESTOR_REQUEST_LIMITS as LIMITS,
  type InvestorRequestKind,
  type SezSlot,
  UTILITIES,
  type Utility,
} from '@kbdm/sez/domain';
import { InvestorRequestsClient, SezSlotClient } from '@kbdm/sez/web-data-access';
import { CapacityBars } from '@kbdm/sez/web-ui';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { fill, formatNumber, I18n, injectStrings, toProblem } from '@kbdm/shared/web-core';
import { firstValueFrom, map } from 'rxjs';
import { INVESTOR_STRINGS } from '../investors.strings';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const binRule: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  control.value === '' || isValidBinIin(String(control.value)) ? null : { bin: true };

/** An OKED code in any case: the form sends it upper-cased. */
const sectorRule: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  control.value === '' || OKED_CODE_PATTERN.test(String(control.value).trim().toUpperCase()) ? null : { pattern: true };

const amountRule: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = control.value;
  if (value === '' || value === null) return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 && number <= LIMITS.utility ? null : { number: true };
};

const wholeRule =
  (max: number): ValidatorFn =>
  (control: AbstractControl): ValidationErrors | null => {
    const value = control.value;
    if (value === '' || value === null) return null;
    const number = Number(value);
    return Number.isInteger(number) && number >= 0 && number <= max ? null : { whole: true };
  };

type Target = { kind: 'slot'; slot: SezSlot } | { kind: 'ppp'; id: string; title: string };

/**
 * `/investors/requests/new?kind=reservation&slot=…` or `?kind=interest&ppp=…` (or `&slot=`): the
 * request form with its checks beside each field, the plot's free capacity beside each utility,
 * and the API's answers shown at the fields they name.
 */
@Component({
  selector: 'kbdm-request-form-page',
  imports: [
    CapacityBars,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-form-page.html',
  styleUrl: './request-form-page.scss',
})
export class RequestFormPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(InvestorRequestsClient);
  private readonly slots = inject(SezSlotClient);
  private readonly projects = inject(PppProjectClient);
  private readonly router = inject(Router);
  protected readonly strings = injectStrings(INVESTOR_STRINGS);

  /** From the query string. */
  readonly kind = input<string>();
  readonly slot = input<string>();
  readonly ppp = input<string>();

  protected readonly requestKind = computed<InvestorRequestKind>(() =>
    this.kind() === 'interest' ? 'interest' : 'reservation',
  );
  private readonly targetRef = computed(() => {
    const slot = this.slot();
    const ppp = this.ppp();
    if (slot && UUID.test(slot)) return { kind: 'slot' as const, id: slot };
    if (ppp && UUID.test(ppp) && this.requestKind() === 'interest') return { kind: 'ppp' as const, id: ppp };
    return null;
  });
  protected readonly target = rxResource({
    params: () => {
      const ref = this.targetRef();
      return ref ? { ...ref, lang: this.i18n.lang() } : undefined;
    },
    stream: ({ params }) =>
      params.kind === 'slot'
        ? this.slots.get(params.id, params.lang).pipe(map((slot): Target => ({ kind: 'slot', slot })))
        : this.projects
            .get(params.id, params.lang)
            .pipe(map((project): Target => ({ kind: 'ppp', id: project.id, title: project.title }))),
  });
  protected readonly loaded = computed(() => (this.target.hasValue() ? (this.target.value() ?? null) : null));
  protected readonly wrongLink = computed(() => this.targetRef() === null || this.target.status() === 'error');
  protected readonly slotTarget = computed(() => {
    const target = this.loaded();
    return target?.kind === 'slot' ? target.slot : null;
  });
  protected readonly title = computed(() => {
    const target = this.loaded();
    const name = target ? (target.kind === 'slot' ? target.slot.title : target.title) : '';
    const s = this.strings().form;
    return fill(this.requestKind() === 'reservation' ? s.reservationTitle : s.interestTitle, { target: name });
  });

  protected readonly utilities = UTILITIES;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    company: ['', [Validators.required, Validators.maxLength(LIMITS.company)]],
    bin: ['', [Validators.required, binRule]],
    product: ['', [Validators.required, Validators.maxLength(LIMITS.product)]],
    sectorCode: ['', [Validators.required, sectorRule]],
    plannedInvestmentKzt: ['', [Validators.required, wholeRule(LIMITS.plannedInvestmentKzt)]],
    plannedJobs: ['', [Validators.required, wholeRule(LIMITS.plannedJobs)]],
    power: ['', amountRule],
    water: ['', amountRule],
    sewerage: ['', amountRule],
    heat: ['', amountRule],
    gas: ['', amountRule],
    message: ['', Validators.maxLength(LIMITS.message)],
  });
  /** Errors the API named, by field, until the field changes. */
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly sending = signal(false);
  protected readonly problem = signal<ProblemDetails | null>(null);
  protected readonly utilitiesError = signal<string | null>(null);

  protected utilityLabel(utility: Utility): string {
    return this.i18n.t().catalogue.utility[utility];
  }

  protected freeOf(utility: Utility): number | null {
    const slot = this.slotTarget();
    return slot?.utilities.find((u) => u.utility === utility)?.free ?? null;
  }

  protected freeHint(utility: Utility): string {
    const slot = this.slotTarget();
    const line = slot?.utilities.find((u) => u.utility === utility);
    if (!line) return '';
    if (line.maximum === 0) return this.i18n.t().catalogue.slot.noConnection;
    const units = this.i18n.t().catalogue.utilityUnits as Record<string, string>;
    return fill(this.strings().form.freeHint, {
      free: formatNumber(line.free, this.i18n.lang()),
      unit: units[line.unit] ?? line.unit,
    });
  }

  /** The words for a field's first error: the client's own check, else what the API said. */
  protected errorOf(field: string): string {
    const e = this.strings().form.errors;
    const control = this.form.get(field);
    if (control?.hasError('required')) return e.required;
    if (control?.hasError('bin')) return e.bin;
    if (control?.hasError('pattern')) return e.sector;
    if (control?.hasError('whole')) return e.whole;
    if (control?.hasError('number')) return e.number;
    if (control?.hasError('maxlength')) {
      return fill(e.tooLong, { max: formatNumber(control.errors?.['maxlength'].requiredLength, this.i18n.lang()) });
    }
    const free = control?.errors?.['tooMuch'] as number | undefined;
    if (free !== undefined) return fill(e.tooMuch, { free: formatNumber(free, this.i18n.lang()) });
    return (control?.errors?.['server'] as string | undefined) ?? '';
  }

  protected clearServerError(field: string): void {
    const control = this.form.get(field);
    if (control?.hasError('server') || control?.hasError('tooMuch')) control.updateValueAndValidity();
    this.utilitiesError.set(null);
  }

  /** A reservation may take only what the ledger leaves free, and at least one utility. */
  private checkAmounts(): boolean {
    if (this.requestKind() !== 'reservation') return true;
    let ok = true;
    let any = false;
    for (const utility of UTILITIES) {
      const control = this.form.controls[utility];
      const value = control.value === '' ? 0 : Number(control.value);
      if (value > 0) any = true;
      const free = this.freeOf(utility);
      if (free !== null && value > free) {
        control.setErrors({ tooMuch: free });
        control.markAsTouched();
        ok = false;
      }
    }
    if (!any) {
      this.utilitiesError.set(this.strings().form.errors.atLeastOne);
      ok = false;
    }
    return ok;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.problem.set(null);
    this.utilitiesError.set(null);
    this.form.markAllAsTouched();
    const target = this.targetRef();
    const amountsFit = this.checkAmounts();
    if (!target || this.form.invalid || !amountsFit || this.sending()) return;
    const value = this.form.getRawValue();
    const request: CreateInvestorRequest = {
      kind: this.requestKind(),
      target: { kind: target.kind === 'slot' ? 'sez_slot' : 'ppp_project', id: target.id },
      company: value.company.trim(),
      bin: value.bin.trim(),
      product: value.product.trim(),
      sectorCode: value.sectorCode.trim().toUpperCase(),
      plannedInvestmentKzt: Number(value.plannedInvestmentKzt),
      plannedJobs: Number(value.plannedJobs),
      utilities: Object.fromEntries(
        UTILITIES.filter((u) => value[u] !== '' && Number(value[u]) > 0).map((u) => [u, Number(value[u])]),
      ),
      ...(value.message.trim() ? { message: value.message.trim() } : {}),
    };
    this.sending.set(true);
    try {
      const created = await firstValueFrom(this.client.create(request, this.i18n.lang()));
      await this.router.navigate(['/investors/requests', created.id]);
    } catch (error) {
      const problem = toProblem(error);
      this.problem.set(problem);
      this.showServerErrors(problem);
      // The ledger moved meanwhile: show the capacity that is free now.
      if (problem.code === 'capacity_exceeded') this.target.reload();
    } finally {
      this.sending.set(false);
    }
  }

  private showServerErrors(problem: ProblemDetails): void {
    for (const error of problem.errors ?? []) {
      const field = error.field.replace(/^utilities\./, '');
      if (field === 'utilities') {
        this.utilitiesError.set(this.strings().form.errors.atLeastOne);
        continue;
      }
      const control = this.form.get(field);
      if (!control) continue;
      const free = /^only ([\d.]+) /.exec(error.message)?.[1];
      control.setErrors(free !== undefined ? { tooMuch: Number(free) } : { server: error.message });
      control.markAsTouched();
    }
  }
}
