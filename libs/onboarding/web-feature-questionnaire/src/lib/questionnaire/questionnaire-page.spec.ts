import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Assessment, OnboardingAnswers } from '@kbdm/onboarding/eligibility';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { DRAFT_KEY } from './questionnaire-draft';
import { QuestionnairePage } from './questionnaire-page';

@Component({ selector: 'kbdm-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

const districts = [
  { id: 'd-temirtau', code: 'temirtau', title: 'Темиртау' },
  { id: 'd-shet', code: 'shet', title: 'Шетский район' },
];
const sectors = [
  { id: 's-c', code: 'C', title: 'Обрабатывающая промышленность', name: { en: 'Manufacturing' } },
  { id: 's-c10', code: 'C10', title: 'Производство продуктов питания', name: { en: 'Manufacture of food products' } },
  { id: 's-c23', code: 'C23', title: 'Производство прочей неметаллической минеральной продукции', name: {} },
];

/** The baker of the browser test: 23, in Temirtau, a micro business in C10 with 2 of 10 million of her own. */
const bakerAnswers: OnboardingAnswers = {
  applicantKind: 'individual',
  age: 23,
  statuses: ['youth'],
  businessAgeMonths: null,
  businessSize: 'micro',
  sectors: ['C10'],
  district: 'temirtau',
  projectCostKzt: 10_000_000,
  ownMoneyKzt: 2_000_000,
  certificates: [],
};

async function openQuestionnaire() {
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  await harness.navigateByUrl('/start');
  TestBed.tick();
  const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 100 });
  http.match((r) => r.url.endsWith('/api/v1/districts')).forEach((r) => r.flush(page(districts)));
  http.match((r) => r.url.endsWith('/api/v1/sectors')).forEach((r) => r.flush(page(sectors)));
  const element = harness.routeNativeElement as HTMLElement;
  // Not whenStable(): the app stays unstable while a request is open.
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  await settle();
  const byTestId = (id: string, root: ParentNode = element) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const steps = () => [...element.querySelectorAll<HTMLFormElement>('mat-step-header')];
  const selectedStep = () => steps().findIndex((header) => header.getAttribute('aria-selected') === 'true');
  const stepContent = (index: number) =>
    element.querySelectorAll<HTMLElement>('.mat-horizontal-stepper-content')[index];
  const type = async (id: string, value: string) => {
    const input = byTestId(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await settle();
  };
  const check = async (id: string) => {
    byTestId(id)?.querySelector<HTMLInputElement>('input')?.click();
    await settle();
  };
  const next = async (step: number) => {
    stepContent(step).querySelector<HTMLButtonElement>('[data-testid="onboarding-next"]')?.click();
    await settle();
  };
  const back = async (step: number) => {
    stepContent(step).querySelector<HTMLButtonElement>('[matStepperPrevious]')?.click();
    await settle();
  };
  const choose = async (id: string, label: string) => {
    byTestId(id)?.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle();
    [...document.querySelectorAll<HTMLElement>('mat-option')].find((o) => o.textContent?.trim() === label)?.click();
    await settle();
  };
  const pickSector = async (query: string, label: string) => {
    const input = byTestId('onboarding-sector-search') as HTMLInputElement;
    input.dispatchEvent(new Event('focusin'));
    input.value = query;
    input.dispatchEvent(new Event('input'));
    await settle();
    [...document.querySelectorAll<HTMLElement>('mat-option')].find((o) => o.textContent?.trim() === label)?.click();
    await settle();
  };
  const fieldError = (id: string) =>
    byTestId(id)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '';
  const answerAboutYou = async () => {
    await check('onboarding-kind-individual');
    await type('onboarding-age', '23');
    await check('onboarding-status-youth');
    await next(0);
  };
  const answerYourIdea = async () => {
    await pickSector('C10', 'C10 — Производство продуктов питания');
    await choose('onboarding-district', 'Темиртау');
    await check('onboarding-size-micro');
    await next(1);
  };
  const answerYourMoney = async () => {
    await type('onboarding-project-cost', '10000000');
    await type('onboarding-own-money', '2000000');
    await next(2);
  };
  return {
    harness,
    http,
    element,
    settle,
    byTestId,
    selectedStep,
    stepContent,
    type,
    check,
    next,
    back,
    fieldError,
    answerAboutYou,
    answerYourIdea,
    answerYourMoney,
  };
}

// The first test compiles the stepper and its Material parts just in time: seconds on a busy machine.
jest.setTimeout(20_000);

describe('QuestionnairePage', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'start', component: QuestionnairePage },
            { path: 'start/results/:id', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: '' },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => (container.innerHTML = ''));
  });

  it('refuses to leave a step with a wrong answer and says why beside the field', async () => {
    const { type, check, next, selectedStep, fieldError, byTestId, element } = await openQuestionnaire();

    await next(0);
    expect(selectedStep()).toBe(0);
    expect(byTestId('onboarding-kind-error')?.textContent?.trim()).toBe('Ответьте на этот вопрос.');
    expect(fieldError('onboarding-age')).toBe('Ответьте на этот вопрос.');

    await check('onboarding-kind-individual');
    await type('onboarding-age', '7');
    await next(0);
    expect(selectedStep()).toBe(0);
    expect(fieldError('onboarding-age')).toBe('Введите число от 16 до 100.');
    expect(byTestId('onboarding-progress')?.textContent).toContain('Шаг 1 из 4');
    // The first wrong field has the focus, so a keyboard or screen reader user lands on it.
    expect(document.activeElement).toBe(byTestId('onboarding-age'));

    await type('onboarding-age', '23');
    await next(0);
    expect(selectedStep()).toBe(1);
    expect(element.querySelector('[data-testid="onboarding-progress"]')?.textContent).toContain('Шаг 2 из 4');
  });

  it('checks a birth date instead of an age when the person gives one', async () => {
    const { type, check, next, selectedStep, fieldError } = await openQuestionnaire();
    await check('onboarding-kind-individual');
    await check('onboarding-age-mode-birth-date');

    const year = new Date().getFullYear();
    await type('onboarding-birth-date', `${year - 10}-01-01`);
    await next(0);
    expect(selectedStep()).toBe(0);
    expect(fieldError('onboarding-birth-date')).toMatch(
      /^По этой дате возраст — (9|10); анкета — для людей от 16 до 100 лет\.$/,
    );

    await type('onboarding-birth-date', `${year + 1}-01-01`);
    expect(fieldError('onboarding-birth-date')).toBe('Эта дата ещё не наступила.');
  });

  it('sends answers that match the form, then opens the results', async () => {
    const { http, settle, answerAboutYou, answerYourIdea, answerYourMoney, selectedStep, byTestId } =
      await openQuestionnaire();
    await answerAboutYou();
    await answerYourIdea();
    await answerYourMoney();
    expect(selectedStep()).toBe(3);
    expect(byTestId('onboarding-review')?.textContent).toContain('Темиртау');

    byTestId('onboarding-submit')?.click();
    await settle();

    const request = http.expectOne('/api/v1/onboarding/assessments?lang=ru');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ answers: bakerAnswers });
    request.flush({ id: 'tok3n', answers: bakerAnswers } as Assessment, { status: 201, statusText: 'Created' });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/start/results/tok3n');
  });

  it('puts a field error of a 400 beside the field it names, back on that field’s step', async () => {
    const { http, settle, answerAboutYou, answerYourIdea, answerYourMoney, selectedStep, byTestId, fieldError } =
      await openQuestionnaire();
    await answerAboutYou();
    await answerYourIdea();
    await answerYourMoney();
    byTestId('onboarding-submit')?.click();
    await settle();

    http
      .expectOne((r) => r.url === '/api/v1/onboarding/assessments')
      .flush(
        {
          type: 'https://kbdm.kz/problems/invalid_input',
          title: 'Invalid input.',
          status: 400,
          errors: [{ field: 'answers.age', message: 'must be a whole number from 16 to 100' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();

    expect(selectedStep()).toBe(0);
    expect(fieldError('onboarding-age')).toBe('must be a whole number from 16 to 100');
    // Every error found its field: nothing general above the form.
    expect(byTestId('form-error')).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/start');
  });

  it('shows an error that names no question above the submit button', async () => {
    const { http, settle, answerAboutYou, answerYourIdea, answerYourMoney, byTestId } = await openQuestionnaire();
    await answerAboutYou();
    await answerYourIdea();
    await answerYourMoney();
    byTestId('onboarding-submit')?.click();
    await settle();

    http
      .expectOne((r) => r.url === '/api/v1/onboarding/assessments')
      .flush({ type: 'about:blank', title: 'Service Unavailable', status: 503 }, { status: 503, statusText: 'x' });
    await settle();

    expect(byTestId('form-error')?.textContent).toContain('Не удалось проверить ответы.');
    expect(byTestId('form-error')?.textContent).toContain('Service Unavailable');
  });

  it('keeps the answers when going back, and after a reload', async () => {
    const { harness, http, settle, answerAboutYou, back, selectedStep, byTestId } = await openQuestionnaire();
    await answerAboutYou();
    expect(selectedStep()).toBe(1);
    await back(1);
    expect(selectedStep()).toBe(0);
    expect((byTestId('onboarding-age') as HTMLInputElement).value).toBe('23');

    expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}').value.about.age).toBe(23);
    // A reload: the page is made again and reads the kept answers.
    await harness.navigateByUrl('/start/results/elsewhere');
    await harness.navigateByUrl('/start');
    TestBed.tick();
    http.match(() => true).forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
    await settle();
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector<HTMLInputElement>('[data-testid="onboarding-age"]')?.value).toBe('23');
    expect(element.querySelector<HTMLInputElement>('[data-testid="onboarding-status-youth"] input')?.checked).toBe(
      true,
    );
    expect(element.querySelector<HTMLInputElement>('[data-testid="onboarding-kind-individual"] input')?.checked).toBe(
      true,
    );
  });

  it('comes back after a reload on the step the person was on', async () => {
    const { harness, http, settle, answerAboutYou } = await openQuestionnaire();
    await answerAboutYou();

    await harness.navigateByUrl('/start/results/elsewhere');
    await harness.navigateByUrl('/start');
    TestBed.tick();
    http.match(() => true).forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
    await settle();

    const element = harness.routeNativeElement as HTMLElement;
    const headers = [...element.querySelectorAll('mat-step-header')];
    expect(headers.findIndex((header) => header.getAttribute('aria-selected') === 'true')).toBe(1);
    expect(element.querySelector('[data-testid="onboarding-progress"]')?.textContent).toContain('Шаг 2 из 4');
  });
});
