import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Session } from '@kbdm/accounts/domain';
import { authInterceptor, AuthStore } from '@kbdm/accounts/web-data-access';
import type { Assessment, ProgrammeVerdict } from '@kbdm/onboarding/eligibility';
import { API_BASE_URL, I18n } from '@kbdm/shared/web-core';
import { ONBOARDING_ROUTES } from '../onboarding.routes';
import { doneSteps } from './business-checklist';

@Component({ selector: 'kbdm-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

const text = (en: string, ru: string, kk: string) => ({ en, ru, kk });

const smallTowns: ProgrammeVerdict = {
  programme: {
    id: 'p-small-towns',
    code: 'small-towns-microcredit',
    title: 'Микрокредитование в малых и моногородах',
    name: text(
      'Microcredit in small and single-industry towns',
      'Микрокредитование в малых и моногородах',
      'Шағын қалалар мен моноқалалардағы микронесие',
    ),
    maxAmountKzt: 20_000_000,
  },
  verdict: 'eligible',
  rules: [
    {
      kind: 'applicantAge',
      outcome: 'met',
      changeable: false,
      explanation: text(
        'You qualify: the programme asks for an age from 18 to 63, and you are 23.',
        'Вы подходите: программа требует возраст от 18 до 63 лет, а вам 23 года.',
        'Сіз бұл талапқа сай келесіз: бағдарлама талабы — 18–63 жас, ал сіздің жасыңыз — 23.',
      ),
    },
    {
      kind: 'districts',
      outcome: 'met',
      changeable: false,
      explanation: text(
        'You qualify: the programme works in your district or city: Temirtau.',
        'Вы подходите: программа действует в вашем районе или городе: Темиртау.',
        'Сіз бұл талапқа сай келесіз: бағдарлама сіздің ауданыңызда немесе қалаңызда жұмыс істейді: Теміртау.',
      ),
    },
  ],
};

const guarantee: ProgrammeVerdict = {
  programme: {
    id: 'p-guarantee',
    code: 'damu-loan-guarantee',
    title: 'Гарантирование кредитов',
    name: text('Loan guarantees', 'Гарантирование кредитов', 'Несиелерге кепілдік беру'),
    maxAmountKzt: null,
  },
  verdict: 'nearly',
  rules: [
    {
      kind: 'applicantKind',
      outcome: 'unmet',
      changeable: true,
      explanation: text(
        'You would qualify if you registered as an individual entrepreneur.',
        'Вы подойдёте, если зарегистрируетесь как индивидуальный предприниматель.',
        'Жеке кәсіпкер ретінде тіркелсеңіз, сай келесіз.',
      ),
    },
    {
      kind: 'sectors',
      outcome: 'met',
      changeable: false,
      explanation: text('You qualify: C10 is allowed.', 'Вы подходите: C10 разрешена.', 'Сай келесіз: C10 рұқсат.'),
    },
  ],
};

const rural: ProgrammeVerdict = {
  programme: {
    id: 'p-rural',
    code: 'rural-microcredit',
    title: 'Микрокредиты для сельских жителей',
    name: text('Microcredit for rural residents', 'Микрокредиты для сельских жителей', 'Ауыл тұрғындарына микронесие'),
    maxAmountKzt: 8_000_000,
  },
  verdict: 'not',
  rules: [
    {
      kind: 'districts',
      outcome: 'unmet',
      changeable: false,
      explanation: text(
        'You do not qualify: the programme works in rural districts only.',
        'Вы не подходите: программа действует только в сельских районах.',
        'Сіз бұл талапқа сай келмейсіз: бағдарлама тек ауылдық аудандарда жұмыс істейді.',
      ),
    },
  ],
};

const assessment: Assessment = {
  id: 'Zm9vYmFyYmF6cXV4MTIzNA',
  createdAt: '2026-03-10T06:00:00.000Z',
  answers: {
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
  },
  summary: { eligible: 1, nearly: 1, not: 1, total: 3 },
  programmes: [smallTowns, guarantee, rural],
  opportunities: [
    {
      opportunity: {
        id: 'o-bread',
        code: 'bakery-products',
        title: 'Хлебобулочные изделия',
        name: text('Bakery products', 'Хлебобулочные изделия', 'Нан-тоқаш өнімдері'),
        sector: { id: 's-c10', code: 'C10', title: 'Производство продуктов питания' },
        district: { id: 'd-temirtau', code: 'temirtau', title: 'Темиртау' },
        potentialScore: 60,
      },
      rank: 1,
      score: 84,
      reasons: [
        {
          part: 'district',
          weight: 30,
          value: 1,
          points: 30,
          text: text('It stands in your district.', 'Она в вашем районе.', 'Ол сіздің ауданыңызда.'),
        },
      ],
    },
  ],
  claimed: false,
};

const session: Session = {
  accessToken: 'token-1',
  tokenType: 'Bearer',
  expiresIn: 900,
  user: {
    id: 'u1',
    email: 'aida@example.kz',
    role: 'entrepreneur',
    fullName: 'Аида Нурланова',
    phone: null,
    districtId: 'd-temirtau',
    business: null,
    createdAt: '2026-03-10T06:00:00.000Z',
  },
};

const ASSESSMENT_URL = `/api/v1/onboarding/assessments/${assessment.id}`;
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 100 });

async function openResults(answer: Partial<Assessment> = {}) {
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  await harness.navigateByUrl(`/start/results/${assessment.id}`);
  TestBed.tick();
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  // The catalogue's names for districts and sectors, in whatever language is asked.
  const answerReference = () => {
    http
      .match((r) => r.url.endsWith('/api/v1/districts'))
      .forEach((r) => r.flush(page([{ id: 'd-temirtau', code: 'temirtau', title: 'Темиртау' }])));
    http.match((r) => r.url.endsWith('/api/v1/sectors')).forEach((r) => r.flush(page([])));
  };
  await settle();
  http.expectOne((r) => r.url === ASSESSMENT_URL).flush({ ...assessment, ...answer });
  await settle();
  answerReference();
  await settle();
  const element = harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const all = (id: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const textOf = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const type = (id: string, value: string) => {
    const input = byTestId(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  return { harness, http, settle, element, byTestId, all, textOf, type, answerReference };
}

// The first test compiles the page and its Material parts just in time: seconds on a busy machine.
jest.setTimeout(20_000);

describe('ResultsPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'start', children: ONBOARDING_ROUTES },
            { path: 'programmes/:id', component: Blank },
            { path: 'opportunities/:id', component: Blank },
            { path: 'account', component: Blank },
            { path: 'sign-in', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: '' },
      ],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the counts and a card per programme, each with its reasons in the interface language', async () => {
    const { byTestId, all, textOf, element } = await openResults();

    expect(textOf(byTestId('results-summary'))).toBe('Программ, которые подходят сейчас: 1 из 3; почти подходят: 1.');
    expect(textOf(byTestId('results-count-eligible'))).toBe('1');
    expect(textOf(byTestId('results-count-not'))).toBe('1');

    const eligible = byTestId('results-eligible');
    expect(textOf(eligible)).toContain('Микрокредитование в малых и моногородах');
    expect(textOf(eligible)).toContain('Вы подходите, потому что…');
    expect(textOf(eligible)).toContain('а вам 23 года');
    expect(eligible?.querySelector('a')?.getAttribute('href')).toBe('/programmes/p-small-towns');

    const nearly = byTestId('results-nearly');
    expect(textOf(nearly)).toContain('Вы подойдёте, если…');
    expect(textOf(nearly?.querySelector('[data-testid="verdict-reason"]'))).toBe(
      'Вы подойдёте, если зарегистрируетесь как индивидуальный предприниматель.',
    );

    // A programme that does not fit is folded to its name; its reason is inside.
    const not = byTestId('results-not')?.querySelector('details');
    expect(not?.open).toBe(false);
    expect(textOf(not?.querySelector('summary'))).toContain('Микрокредиты для сельских жителей');
    expect(textOf(not)).toContain('Вы не подходите: программа действует только в сельских районах.');

    const match = all('opportunity-match')[0];
    expect(textOf(match)).toContain('Хлебобулочные изделия');
    expect(textOf(match)).toContain('Соответствие: 84 из 100');
    expect(textOf(match)).toContain('Она в вашем районе.');
    expect(match.querySelector('a')?.getAttribute('href')).toBe('/opportunities/o-bread');

    expect(element.querySelector<HTMLInputElement>('[data-testid="results-link"]')?.value).toBe(
      `http://localhost/start/results/${assessment.id}`,
    );
  });

  it('switches the reasons to another language without asking the API again', async () => {
    const { http, settle, byTestId, textOf, answerReference } = await openResults();

    TestBed.inject(I18n).use('en');
    TestBed.tick();
    answerReference();
    await settle();

    expect(textOf(byTestId('results-eligible'))).toContain('Microcredit in small and single-industry towns');
    expect(textOf(byTestId('results-eligible'))).toContain('You qualify because…');
    expect(textOf(byTestId('results-eligible'))).toContain('You qualify: the programme asks for an age from 18 to 63');
    expect(textOf(byTestId('results-nearly'))).toContain('You would qualify if you registered');

    TestBed.inject(I18n).use('kk');
    TestBed.tick();
    answerReference();
    await settle();
    expect(textOf(byTestId('results-eligible'))).toContain('Сіз сай келесіз, себебі…');
    expect(textOf(byTestId('results-eligible'))).toContain('Шағын қалалар мен моноқалалардағы микронесие');

    http.expectNone((r) => r.url.startsWith('/api/v1/onboarding/'));
  });

  it('ticks the checklist steps the answers show as done', async () => {
    const { byTestId } = await openResults({
      answers: { ...assessment.answers, applicantKind: 'individual_entrepreneur', businessAgeMonths: 14 },
    });

    expect(byTestId('checklist-register')?.dataset['done']).toBe('true');
    expect(byTestId('checklist-register')?.textContent).toContain('Сделано: вы уже зарегистрированы.');
    expect(byTestId('checklist-tax')?.dataset['done']).toBe('true');
    expect(byTestId('checklist-bank')?.dataset['done']).toBe('false');
    expect(byTestId('checklist-training')?.dataset['done']).toBe('false');
    expect(doneSteps({ certificates: [{ certificate: 'bastau_business', issuedOn: '2025-05-01' }] })).toEqual({
      training: 'certificate',
    });
    expect(doneSteps({ applicantKind: 'individual' })).toEqual({});
  });

  it('signs up with three fields, then saves the results to the new account', async () => {
    const { http, settle, byTestId, type, textOf } = await openResults();
    expect(byTestId('save-claim')).toBeNull();

    type('save-full-name', 'Аида Нурланова');
    type('save-email', 'aida@example.kz');
    type('save-password', 'saryarka steppe at dawn 2031');
    byTestId('save-submit')?.click();
    await settle();

    const register = http.expectOne('/api/v1/auth/register');
    // An entrepreneur, in the district the questionnaire named: nothing is typed twice.
    expect(register.request.body).toEqual({
      role: 'entrepreneur',
      fullName: 'Аида Нурланова',
      email: 'aida@example.kz',
      password: 'saryarka steppe at dawn 2031',
      districtId: 'd-temirtau',
    });
    register.flush(session.user, { status: 201, statusText: 'Created' });
    await settle();
    http.expectOne('/api/v1/auth/sign-in').flush(session);
    await settle();

    const claim = http.expectOne((r) => r.url === `${ASSESSMENT_URL}/claim`);
    expect(claim.request.method).toBe('POST');
    expect(claim.request.headers.get('Authorization')).toBe('Bearer token-1');
    claim.flush({ ...assessment, claimed: true });
    await settle();

    expect(TestBed.inject(AuthStore).signedIn()).toBe(true);
    expect(textOf(byTestId('save-done'))).toContain('Сохранено в вашем личном кабинете.');
  });

  it('shows a taken e-mail beside the e-mail field and claims nothing', async () => {
    const { http, settle, byTestId, type, element } = await openResults();
    type('save-full-name', 'Аида Нурланова');
    type('save-email', 'aida@example.kz');
    type('save-password', 'saryarka steppe at dawn 2031');
    byTestId('save-submit')?.click();
    await settle();

    http.expectOne('/api/v1/auth/register').flush(
      {
        type: 'https://kbdm.kz/problems/conflict',
        title: 'Conflict',
        status: 409,
        errors: [{ field: 'email', message: 'email is taken' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const emailError = byTestId('save-email')?.closest('mat-form-field')?.querySelector('mat-error');
    expect(emailError?.textContent?.trim()).toBe('Эта электронная почта уже зарегистрирована.');
    expect(element.querySelector('[data-testid="save-done"]')).toBeNull();
  });

  it('saves with one button for a person already signed in', async () => {
    const { http, settle, byTestId, textOf } = await openResults();
    const signedIn = TestBed.inject(AuthStore).signIn({ email: 'aida@example.kz', password: 'x' });
    http.expectOne('/api/v1/auth/sign-in').flush(session);
    await signedIn;
    await settle();

    byTestId('save-claim')?.click();
    await settle();
    http.expectOne(`${ASSESSMENT_URL}/claim?lang=ru`).flush({ ...assessment, claimed: true });
    await settle();

    expect(textOf(byTestId('save-done'))).toContain('Сохранено в вашем личном кабинете.');
  });

  it('says when the results cannot be found', async () => {
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl('/start/results/unknown');
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    http
      .expectOne('/api/v1/onboarding/assessments/unknown?lang=ru')
      .flush(
        { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No assessment' },
        { status: 404, statusText: 'Not Found' },
      );
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http.match((r) => /\/(districts|sectors)$/.test(r.url)).forEach((r) => r.flush(page([])));

    const problem = (harness.routeNativeElement as HTMLElement).querySelector('[data-testid="results-problem"]');
    expect(problem?.textContent).toContain('Не удалось загрузить результаты.');
    expect(problem?.textContent).toContain('No assessment');
  });
});
