import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { SearchPage } from './search-page';

const page = (items: { id: string; title: string }[], total: number) => ({ items, total, page: 1, pageSize: 5 });

describe('SearchPage', () => {
  beforeEach(() => {
    localStorage.setItem('kbdm.lang', 'en');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'search', component: SearchPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    });
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    localStorage.clear();
  });

  it('asks every catalogue for the words and shows each one’s best matches, even when one fails', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/search?q=brick');
    TestBed.tick();
    const http = TestBed.inject(HttpTestingController);
    http
      .expectOne('https://portal.test/api/v1/opportunities?q=brick&pageSize=5&lang=en')
      .flush(page([{ id: 'o1', title: 'Facing brick' }], 7));
    http.expectOne('https://portal.test/api/v1/ppp-projects?q=brick&pageSize=5&lang=en').flush(page([], 0));
    http.expectOne('https://portal.test/api/v1/programmes?q=brick&pageSize=5&lang=en').flush(page([], 0));
    http
      .expectOne('https://portal.test/api/v1/sez-slots?q=brick&pageSize=5&lang=en')
      .flush({ title: 'Unavailable', status: 503 }, { status: 503, statusText: 'Service Unavailable' });
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();

    const element = harness.routeNativeElement as HTMLElement;
    const section = (path: string) => element.querySelector(`[data-testid="search-${path}"]`);
    expect(element.querySelector('[data-testid="search-summary"]')?.textContent?.trim()).toBe('7 matches for “brick”');
    expect(section('opportunities')?.querySelector('li a')?.getAttribute('href')).toBe('/opportunities/o1');
    expect(section('opportunities')?.textContent).toContain('All 7 in the list');
    expect(section('ppp-projects')?.textContent).toContain('Nothing here.');
    expect(section('sez-slots')?.querySelector('[role="alert"]')?.textContent).toContain('could not be searched');
  });

  it('asks nothing without words', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/search');
    TestBed.tick();
    expect((harness.routeNativeElement as HTMLElement).textContent).toContain('Type a product');
  });
});
