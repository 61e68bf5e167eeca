import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { OnboardingAnswers } from '@kbdm/onboarding/eligibility';
import { I18n } from '@kbdm/shared/web-core';
import { BUSINESS_CHECKLIST, type ChecklistStepKey } from './business-checklist.content';

/**
 * Which steps the answers show as done: a registered applicant (entrepreneur, company,
 * cooperative) has registered and chosen a tax regime with it; a certificate holder has had
 * the training. Nothing else can be told from the answers.
 */
export function doneSteps(answers: OnboardingAnswers): Partial<Record<ChecklistStepKey, 'registered' | 'certificate'>> {
  const registered = answers.applicantKind !== undefined && answers.applicantKind !== 'individual';
  const certified = (answers.certificates ?? []).some((held) => held.certificate === 'bastau_business');
  return {
    ...(registered ? { register: 'registered', tax: 'registered' } : {}),
    ...(certified ? { training: 'certificate' } : {}),
  } as const;
}

/** The business-opening checklist for Kazakhstan, static in three languages, ticked where the answers allow. */
@Component({
  selector: 'kbdm-business-checklist',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = i18n.t().onboarding.checklist;
    <ol class="steps">
      @for (step of steps(); track step.key) {
        <li [class.done]="step.done" [attr.data-testid]="'checklist-' + step.key" [attr.data-done]="step.done">
          <span class="mark" aria-hidden="true">{{ step.done ? '✓' : $index + 1 }}</span>
          <div>
            <h3>{{ step.title }}</h3>
            <p class="status">{{ step.done ? step.note : t.todo }}</p>
            <p>{{ step.text }}</p>
            @if (step.link) {
              <a [href]="step.link" target="_blank" rel="noopener">{{ step.host }}</a>
            }
          </div>
        </li>
      }
    </ol>
  `,
  styles: `
    .steps {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    li {
      display: flex;
      gap: 12px;
      break-inside: avoid;
    }
    .mark {
      flex: none;
      display: grid;
      place-items: center;
      width: 32px;
      height: 32px;
      border-radius: 50%;
      border: 2px solid var(--mat-sys-outline);
      font: var(--mat-sys-label-large);
    }
    .done .mark {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    h3 {
      margin: 4px 0 0;
      font: var(--mat-sys-title-small);
    }
    p {
      margin: 2px 0;
      max-width: 75ch;
    }
    .status {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .done .status {
      color: var(--mat-sys-primary);
    }
  `,
})
export class BusinessChecklist {
  protected readonly i18n = inject(I18n);
  readonly answers = input.required<OnboardingAnswers>();

  protected readonly steps = computed(() => {
    const t = this.i18n.t().onboarding.checklist;
    const done = doneSteps(this.answers());
    const lang = this.i18n.lang();
    return BUSINESS_CHECKLIST.map(({ key, title, text, link }) => {
      const why = done[key];
      return {
        key,
        title: title[lang],
        text: text[lang],
        link,
        host: link ? new URL(link).host : '',
        done: why !== undefined,
        note: why === 'registered' ? t.registeredNote : why === 'certificate' ? t.certificateNote : t.done,
      };
    });
  });
}
