import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Opportunity } from '@kbdm/catalogue/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { CATALOGUE_ROUTES } from '../catalogue.routes';

const brick = {
  id: '5debaae2-3ecb-5722-9563-dd1da8a08584',
  code: 'facing-brick',
  title: 'Производство лицевого керамического кирпича',
  sector: { id: 's', code: 'C23', title: 'Производство прочей неметаллической минеральной продукции' },
  status: 'open',
  importValueUsd: 12_000_000,
  investmentKzt: { min: 3_000_000_000, max: 5_000_000_000 },
  jobs: 120,
  potentialScore: { total: 61.2, parts: [] },
  demo: true,
  source: null,
} as unknown as Opportunity;

async function openList(url: string) {
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  // The filters' options load beside the list.
  const answerReference = () =>
    http
      .match((r) => r.url.endsWith('/districts') || r.url.endsWith('/sectors'))
      .forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
  await harness.navigateByUrl(url);
  TestBed.tick();
  answerReference();
  const element = harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  // Not whenStable(): the app stays unstable while a request is open.
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  return { harness, http, element, byTestId, settle };
}

describe('CatalogueListPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(CATALOGUE_ROUTES, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks the API for exactly the view the URL describes and shows the count and cards', async () => {
    const { http, byTestId, element, settle } = await openList(
      '/opportunities?q=кирпич&sector=C23,C20&status=open&minScore=40&sort=-score&page=2&pageSize=10',
    );

    const request = http.expectOne((r) => r.url === 'https://portal.test/api/v1/opportunities');
    expect(request.request.params.get('q')).toBe('кирпич');
    expect(request.request.params.get('sector')).toBe('C23,C20');
    expect(request.request.params.get('status')).toBe('open');
    expect(request.request.params.get('minScore')).toBe('40');
    expect(request.request.params.get('sort')).toBe('-score');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('pageSize')).toBe('10');
    expect(request.request.params.get('lang')).toBe('ru');
    expect(request.request.params.has('district')).toBe(false);
    request.flush({ items: [brick], total: 11, page: 2, pageSize: 10 });
    await settle();

    expect(byTestId('result-count')?.textContent?.trim()).toBe('Найдено: 11');
    expect(element.querySelector('mat-card-title a')?.textContent?.trim()).toBe(
      'Производство лицевого керамического кирпича',
    );
    expect(byTestId('demo-badge')?.textContent?.trim()).toBe('Демо');
    expect(element.textContent).toContain('Открыта');
    expect(element.textContent).not.toContain('investor_found');
    expect(element.querySelector<HTMLInputElement>('[data-testid="list-search"]')?.value).toBe('кирпич');
  });

  it('shows the empty state and clears every filter from the URL on request', async () => {
    const { http, byTestId, settle } = await openList('/opportunities?q=нет-такого&status=archived&sort=name');
    http.expectOne((r) => r.url.endsWith('/opportunities')).flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await settle();

    expect(byTestId('list-empty')?.textContent).toContain('Ничего не найдено.');
    byTestId('list-empty')?.querySelector('button')?.click();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/opportunities?sort=name');
    http.expectOne((r) => r.url.endsWith('/opportunities')).flush({ items: [brick], total: 1, page: 1, pageSize: 20 });
    await settle();
    expect(byTestId('result-count')?.textContent?.trim()).toBe('Найдено: 1');
  });

  it('shows the problem the API answered with, field by field', async () => {
    const { http, byTestId, settle } = await openList('/opportunities?minScore=500');
    http
      .expectOne((r) => r.url.endsWith('/opportunities'))
      .flush(
        {
          type: 'https://kbdm.kz/problems/invalid_input',
          title: 'Invalid input.',
          status: 400,
          errors: [{ field: 'minScore', message: 'minScore must not be greater than 100' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();

    expect(byTestId('problem')?.textContent).toContain('Invalid input.');
    expect(byTestId('problem')?.textContent).toContain('minScore must not be greater than 100');

    // The wrong filter came with the link: clearing it is the way out, not trying again.
    byTestId('problem-clear')?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/opportunities');
    http.expectOne((r) => r.url.endsWith('/opportunities')).flush({ items: [brick], total: 1, page: 1, pageSize: 20 });
    await settle();
    expect(byTestId('problem')).toBeNull();
  });

  it('writes a search into the URL and starts again from the first page', async () => {
    const { http, element, settle } = await openList('/opportunities?page=3&sort=name');
    http.expectOne((r) => r.url.endsWith('/opportunities')).flush({ items: [], total: 0, page: 3, pageSize: 20 });
    await settle();

    const input = element.querySelector<HTMLInputElement>('[data-testid="list-search"]')!;
    input.value = 'кирпича';
    input.form?.requestSubmit();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/opportunities?sort=name&q=%D0%BA%D0%B8%D1%80%D0%BF%D0%B8%D1%87%D0%B0');
    http
      .expectOne((r) => r.params.get('q') === 'кирпича' && r.params.get('page') === '1')
      .flush({
        items: [],
        total: 0,
        page: 1,
        pageSize: 20,
      });
  });
});
