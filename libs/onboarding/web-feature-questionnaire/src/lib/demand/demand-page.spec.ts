import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role, Session } from '@kbdm/accounts/domain';
import { authInterceptor, SESSION_HINT_KEY } from '@kbdm/accounts/web-data-access';
import type { OnboardingDemand } from '@kbdm/onboarding/eligibility';
import { API_BASE_URL, I18n, toCsv } from '@kbdm/shared/web-core';
import { DEMAND_ROUTES } from './demand.routes';

@Component({ selector: 'kbdm-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

const sessionAs = (role: Role): Session => ({
  accessToken: 'token-1',
  tokenType: 'Bearer',
  expiresIn: 900,
  user: {
    id: 'u1',
    email: 'dana@karaganda.gov.kz',
    role,
    fullName: 'Дана Аманжолова',
    phone: null,
    districtId: null,
    business: null,
    createdAt: '2025-11-20T08:00:00.000Z',
  },
});

const demand: OnboardingDemand = {
  assessments: 40,
  period: { from: '2026-03-01', to: '2026-03-31' },
  byDistrict: [
    { district: { id: 'd-temirtau', code: 'temirtau', title: 'Temirtau' }, count: 20 },
    { district: { id: 'd-shakhtinsk', code: 'shakhtinsk', title: 'Шахтинск' }, count: 5 },
  ],
  bySector: [{ sector: { id: 's-c10', code: 'C10', title: 'Food' }, count: 12 }],
  byProgramme: [
    {
      programme: { id: 'p1', code: 'small-towns', title: 'Микрокредитование в малых городах' },
      eligible: 6,
      nearly: null,
      not: 18,
    },
  ],
  excludingRules: [
    { kind: 'applicantAge', count: 9 },
    { kind: 'ownContribution', count: 3 },
  ],
};

const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 100 });
const isDemand = (r: { url: string }) => r.url === '/api/v1/onboarding/demand';

async function openDemand(url: string, role: Role = 'officer') {
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  // Not whenStable(): the app stays unstable while a request is open.
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
  };
  const navigation = harness.navigateByUrl(url);
  await settle();
  // The guard restores the session from the refresh cookie first.
  http.expectOne('/api/v1/auth/refresh').flush(sessionAs(role));
  await navigation;
  await settle();
  const answerReference = () => {
    http
      .match((r) => r.url.endsWith('/api/v1/districts'))
      .forEach((r) =>
        r.flush(
          page([
            { id: 'd-temirtau', code: 'temirtau', title: 'Теміртау' },
            { id: 'd-shakhtinsk', code: 'shakhtinsk', title: 'Шахтинск' },
          ]),
        ),
      );
    http
      .match((r) => r.url.endsWith('/api/v1/sectors'))
      .forEach((r) => r.flush(page([{ id: 's-c10', code: 'C10', title: 'Тамақ өнімдерін өндіру' }])));
  };
  const element = () => harness.routeNativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element().querySelector<T>(`[data-testid="${id}"]`);
  const textOf = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rows = (id: string) =>
    [...(byTestId(`${id}-bars`)?.querySelectorAll('li') ?? [])].map((li) => ({
      label: textOf(li.querySelector('.label')),
      value: textOf(li.querySelector('.value')),
      widths: [...li.querySelectorAll<HTMLElement>('.bar')].map((bar) => bar.style.width),
      text: textOf(li),
    }));
  return { harness, http, settle, element, byTestId, textOf, rows, answerReference };
}

// The first test compiles the page and its Material parts just in time: seconds on a busy machine.
jest.setTimeout(20_000);

describe('DemandPage', () => {
  beforeEach(() => {
    localStorage.clear();
    // The officer signed in earlier: the guard restores the session from the cookie first.
    localStorage.setItem(SESSION_HINT_KEY, '1');
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'officer', children: DEMAND_ROUTES },
            { path: 'sign-in', component: Blank },
            { path: '', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: '' },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(I18n).use('kk');
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks for the period and district in the URL and draws the bars with their labels and widths', async () => {
    const page = await openDemand('/officer/demand?from=2026-03-01&to=2026-03-31&district=temirtau');

    const request = page.http.expectOne(isDemand);
    expect(request.request.urlWithParams).toBe(
      '/api/v1/onboarding/demand?from=2026-03-01&to=2026-03-31&district=temirtau',
    );
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(page.byTestId('demand-loading')).not.toBeNull();
    request.flush(demand);
    await page.settle();
    page.answerReference();
    await page.settle();

    expect(page.byTestId<HTMLInputElement>('demand-from')?.value).toBe('2026-03-01');
    expect(page.byTestId<HTMLInputElement>('demand-to')?.value).toBe('2026-03-31');
    expect(page.byTestId<HTMLSelectElement>('demand-district')?.value).toBe('temirtau');
    expect(page.textOf(page.byTestId('demand-total'))).toBe('40');

    // Districts in the interface language, the longest bar full and the others in proportion.
    expect(page.rows('demand-districts')).toEqual([
      expect.objectContaining({ label: 'Теміртау', value: '20', widths: ['100%'] }),
      expect.objectContaining({ label: 'Шахтинск', value: '5', widths: ['25%'] }),
    ]);
    expect(page.rows('demand-sectors')).toEqual([
      expect.objectContaining({ label: 'C10 — Тамақ өнімдерін өндіру', widths: ['100%'] }),
    ]);
    expect(page.rows('demand-rules')).toEqual([
      expect.objectContaining({ label: 'Жасы', value: '9', widths: ['100%'] }),
      expect.objectContaining({ label: 'Өз қаражаты', value: '3', widths: ['33.33333333333333%'] }),
    ]);

    // The stacked bar: shares of the counts shown, each verdict named in words; null is "fewer than 3".
    const [programme] = page.rows('demand-programmes');
    expect(programme.label).toBe('Микрокредитование в малых городах');
    expect(programme.widths).toEqual(['25%', '0%', '75%']);
    expect(programme.text).toContain('Сай келеді: 6');
    expect(programme.text).toContain('Сай келуге жақын: 3-тен аз');
    expect(programme.text).toContain('Сай келмейді: 18');

    // Each chart has the same numbers in a real table.
    const table = page.byTestId('demand-programmes-table')?.querySelector('table');
    expect([...(table?.querySelectorAll('th[scope="col"]') ?? [])].map((th) => page.textOf(th))).toEqual([
      'Бағдарлама',
      'Сай келеді',
      'Сай келуге жақын',
      'Сай келмейді',
    ]);
    expect([...(table?.querySelectorAll('tbody td') ?? [])].map((td) => page.textOf(td))).toEqual([
      '6',
      '3-тен аз',
      '18',
    ]);
  });

  it('downloads a chart’s numbers as CSV with a byte order mark', async () => {
    const page = await openDemand('/officer/demand');
    page.http.expectOne('/api/v1/onboarding/demand').flush(demand);
    await page.settle();
    page.answerReference();
    await page.settle();

    let saved: Blob | undefined;
    const createObjectURL = jest.fn((blob: Blob) => {
      saved = blob;
      return 'blob:demand';
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('demand-programmes.csv');
    });

    page.byTestId('demand-programmes-csv')?.click();

    expect(clicked).toHaveBeenCalledTimes(1);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:demand');
    expect(saved?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(
      await new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(saved as Blob);
      }),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      'Бағдарлама,Сай келеді,Сай келуге жақын,Сай келмейді\r\nМикрокредитование в малых городах,6,3-тен аз,18\r\n',
    );
    clicked.mockRestore();
  });

  it('puts a changed filter in the URL and asks again', async () => {
    const page = await openDemand('/officer/demand?from=2026-03-01');
    page.http.expectOne(isDemand).flush(demand);
    await page.settle();
    page.answerReference();
    await page.settle();

    const select = page.byTestId<HTMLSelectElement>('demand-district') as HTMLSelectElement;
    select.value = 'shakhtinsk';
    select.dispatchEvent(new Event('change'));
    await page.settle();

    expect(TestBed.inject(Router).url).toBe('/officer/demand?from=2026-03-01&district=shakhtinsk');
    const request = page.http.expectOne(isDemand);
    expect(request.request.urlWithParams).toBe('/api/v1/onboarding/demand?from=2026-03-01&district=shakhtinsk');
    request.flush({ ...demand, assessments: null, byDistrict: [], bySector: [], byProgramme: [], excludingRules: [] });
    await page.settle();

    expect(page.textOf(page.byTestId('demand-total'))).toBe('3-тен аз');
    expect(page.byTestId('demand-empty')).not.toBeNull();
  });

  it('shows the problem the API answered with', async () => {
    const page = await openDemand('/officer/demand');
    page.http
      .expectOne(isDemand)
      .flush(
        { type: 'about:blank', title: 'Bad Request', status: 400, detail: '"from" must come before "to".' },
        { status: 400, statusText: 'Bad Request' },
      );
    await page.settle();
    page.answerReference();
    await page.settle();

    expect(page.textOf(page.byTestId('demand-error'))).toContain('"from" must come before "to".');
  });

  it('turns an entrepreneur away to the home page', async () => {
    const page = await openDemand('/officer/demand', 'entrepreneur');

    expect(TestBed.inject(Router).url).toBe('/');
    page.http.expectNone(isDemand);
  });
});

describe('toCsv', () => {
  it('quotes cells with commas or quotes and writes withheld counts in words', () => {
    expect(toCsv(['Name', 'Count'], [['A, "B"', null]], 'fewer than 3')).toBe(
      '\uFEFFName,Count\r\n"A, ""B""",fewer than 3\r\n',
    );
  });
});
