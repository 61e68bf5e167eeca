import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { HomePage } from './home-page';
import { API_BASE_URL, I18n } from '@kbdm/shared/web-core';

const saryarka = {
  id: 'sez-1',
  title: 'СЭЗ «Сарыарка»',
  participants: { registered: 15, operating: 6 },
};

function renderHome() {
  const fixture = TestBed.createComponent(HomePage);
  // Not whenStable(): the app stays unstable while the figures' requests are open.
  TestBed.tick();
  const http = TestBed.inject(HttpTestingController);
  const element = fixture.nativeElement as HTMLElement;
  const card = (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const text = (testId: string) => card(testId)?.textContent?.replace(/\s+/g, ' ').trim();
  const figure = (testId: string) => card(testId)?.querySelector('[data-testid="figure-value"]')?.textContent?.trim();
  // After answering: let the resources settle, then render.
  const settle = async () => {
    TestBed.tick();
    await fixture.whenStable();
  };
  return { fixture, http, element, text, figure, settle };
}

describe('HomePage', () => {
  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [HomePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    }).compileComponents();
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows each headline figure as loading until its answer arrives', async () => {
    const { http, text } = renderHome();

    expect(text('sez-registered')).toContain('Загрузка…');
    expect(text('opportunities')).toContain('Загрузка…');
    http.match(() => true).forEach((request) => request.flush({ items: [], total: 0, page: 1, pageSize: 1 }));
  });

  it('shows SEZ participants registered vs operating and the catalogue counts', async () => {
    const { http, text, figure, settle } = renderHome();

    http
      .expectOne('https://portal.test/api/v1/sez?lang=ru')
      .flush({ items: [saryarka], total: 1, page: 1, pageSize: 20 });
    http
      .expectOne('https://portal.test/api/v1/opportunities?pageSize=1')
      .flush({ items: [], total: 1234, page: 1, pageSize: 1 });
    http
      .expectOne('https://portal.test/api/v1/ppp-projects?pageSize=1')
      .flush({ items: [], total: 12, page: 1, pageSize: 1 });
    http
      .expectOne('https://portal.test/api/v1/programmes?status=active&pageSize=1')
      .flush({ items: [], total: 5, page: 1, pageSize: 1 });
    await settle();

    expect(text('sez-registered')).toContain('Зарегистрировано участников СЭЗ');
    expect(text('sez-registered')).toContain('СЭЗ «Сарыарка»');
    expect(figure('sez-registered')).toBe('15');
    expect(text('sez-operating')).toContain('Из них действующих');
    expect(figure('sez-operating')).toBe('6');
    expect(text('opportunities')).toContain('Возможности импортозамещения');
    expect(figure('opportunities')?.replace(/\s/g, ' ')).toBe('1 234');
    expect(figure('ppp-projects')).toBe('12');
    expect(figure('active-programmes')).toBe('5');
  });

  it('shows an error beside the figure that failed, keeps the others, and retries on request', async () => {
    const { http, text, figure, settle, element } = renderHome();

    http.expectOne((r) => r.url.endsWith('/sez')).flush({ items: [saryarka], total: 1, page: 1, pageSize: 20 });
    http
      .expectOne((r) => r.url.endsWith('/opportunities'))
      .flush({ title: 'Unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    http.expectOne((r) => r.url.endsWith('/ppp-projects')).flush({ items: [], total: 12, page: 1, pageSize: 1 });
    http.expectOne((r) => r.url.endsWith('/programmes')).flush({ items: [], total: 5, page: 1, pageSize: 1 });
    await settle();

    expect(text('opportunities')).toContain('Не удалось загрузить данные.');
    expect(figure('sez-registered')).toBe('15');
    expect(figure('ppp-projects')).toBe('12');

    element.querySelector<HTMLButtonElement>('[data-testid="opportunities"] button')?.click();
    TestBed.tick();
    http.expectOne((r) => r.url.endsWith('/opportunities')).flush({ items: [], total: 40, page: 1, pageSize: 1 });
    await settle();

    expect(figure('opportunities')).toBe('40');
  });

  it('asks for the SEZ again in the new language and relabels the figures', async () => {
    const { http, text, settle } = renderHome();
    http
      .expectOne('https://portal.test/api/v1/sez?lang=ru')
      .flush({ items: [saryarka], total: 1, page: 1, pageSize: 20 });
    http.match((r) => !r.url.endsWith('/sez')).forEach((r) => r.flush({ items: [], total: 1, page: 1, pageSize: 1 }));
    await settle();

    TestBed.inject(I18n).use('en');
    TestBed.tick();
    http
      .expectOne('https://portal.test/api/v1/sez?lang=en')
      .flush({ items: [{ ...saryarka, title: 'SEZ Saryarka' }], total: 1, page: 1, pageSize: 20 });
    await settle();

    expect(text('sez-registered')).toContain('SEZ participants registered');
    expect(text('sez-registered')).toContain('SEZ Saryarka');
  });

  it('offers each kind of visitor a place to start, above the catalogues', async () => {
    const { http, element } = renderHome();
    http.match(() => true).forEach((request) => request.flush({ items: [], total: 0, page: 1, pageSize: 1 }));
    const hrefs = (testId: string) =>
      [...element.querySelectorAll(`[data-testid="${testId}"] a`)].map((a) => a.getAttribute('href'));

    expect(element.querySelector('[data-testid="home-start"]')?.textContent).toContain('Открыть бизнес');
    expect(hrefs('home-start')).toEqual(['/start']);
    expect(hrefs('home-invest')).toEqual(['/investors', '/sez-slots', '/ppp-projects']);
    expect(hrefs('home-officers')).toEqual(['/sign-in']);
    const headings = [...element.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings.indexOf('С чего начать')).toBeLessThan(headings.indexOf('Каталоги'));
  });

  it('links to the API documentation', async () => {
    const { http, element } = renderHome();
    http.match(() => true).forEach((request) => request.flush({ items: [], total: 0, page: 1, pageSize: 1 }));

    const link = [...element.querySelectorAll('a')].find((a) => a.textContent?.includes('Документация API'));
    expect(link?.getAttribute('href')).toBe('https://portal.test/api/docs');
  });
});
