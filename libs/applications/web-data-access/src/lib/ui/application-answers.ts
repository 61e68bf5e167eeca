import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type ApplicationForm, FORM_FIELDS, type FormField } from '@kbdm/applications/domain';
import { ReferenceData } from '@kbdm/catalogue/web-data-access';
import { formatMoney, formatNumber, I18n, injectStrings } from '@kbdm/shared/web-core';
import { APPLICATION_STRINGS } from './application-strings';

const MONEY: readonly FormField[] = ['requestedAmountKzt', 'projectCostKzt', 'ownContributionKzt'];

/** The answers of an application, read-only and labelled, as the applicant gave them. */
@Component({
  selector: 'kbdm-application-answers',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="answers" data-testid="answers">
      @for (answer of answers(); track answer.field) {
        <dt>{{ answer.label }}</dt>
        <dd [class.missing]="answer.missing" [attr.data-field]="answer.field">{{ answer.value }}</dd>
      }
    </dl>
  `,
  styles: `
    .answers {
      display: grid;
      grid-template-columns: minmax(140px, max-content) 1fr;
      gap: 6px 16px;
      margin: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .missing {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 599px) {
      .answers {
        grid-template-columns: 1fr;
      }
      dd {
        margin-bottom: 8px;
      }
    }
  `,
})
export class ApplicationAnswers {
  private readonly i18n = inject(I18n);
  private readonly reference = inject(ReferenceData);
  protected readonly strings = injectStrings(APPLICATION_STRINGS);
  readonly form = input.required<ApplicationForm>();
  /** Whether the requested amount is a question of this application (a programme pays out). */
  readonly asksAmount = input(true);

  protected readonly answers = computed(() => {
    const s = this.strings();
    const t = this.i18n.t();
    const lang = this.i18n.lang();
    const form = this.form();
    return FORM_FIELDS.filter((field) => field !== 'requestedAmountKzt' || this.asksAmount()).map((field) => {
      const value = form[field];
      let text: string | null = null;
      if (value !== undefined && value !== null && value !== '') {
        if (field === 'applicantKind' && form.applicantKind) text = t.catalogue.applicantKind[form.applicantKind];
        else if (field === 'districtCode' && form.districtCode) text = this.reference.districtName(form.districtCode);
        else if (field === 'sectorCode' && form.sectorCode) {
          const sector = this.reference.sectors().find((candidate) => candidate.code === form.sectorCode);
          text = sector ? `${sector.code} — ${sector.title}` : form.sectorCode;
        } else if (MONEY.includes(field) && typeof value === 'number') text = formatMoney(value, 'KZT', lang);
        else if (typeof value === 'number') text = formatNumber(value, lang);
        else text = String(value);
      }
      return { field, label: s.fields[field], value: text ?? s.answers.notAnswered, missing: text === null };
    });
  });
}
