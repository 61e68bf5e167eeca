import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SezDetail, SezSlot } from '@kbdm/sez/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { SEZ_SLOT_ROUTES } from './sez-slot.routes';

const slot: SezSlot = {
  id: '0d60f75b-b8be-59f2-a3cf-c7cabc7f642e',
  code: 'k-01',
  sez: { id: 'a087e611-3504-5636-b316-d0edfb9752de', code: 'saryarka', title: 'СЭЗ «Сарыарка»' },
  name: { ru: 'Участок K-01', kk: 'K-01 учаскесі', en: 'Plot K-01' },
  title: 'Участок K-01',
  site: { ru: 'Индустриальный парк «Металлургия и металлообработка»' },
  areaHa: 12.5,
  targetIndustries: [{ id: 's24', code: 'C24', title: 'Металлургическая промышленность' }],
  utilities: [
    { utility: 'power', unit: 'MW', maximum: 10, free: 6 },
    { utility: 'water', unit: 'm3/day', maximum: 400, free: 400 },
    { utility: 'gas', unit: 'm3/h', maximum: 0, free: 0 },
  ],
  railSpur: true,
  distanceToRailKm: 0.3,
  distanceToRoadKm: 1.2,
  siteType: 'greenfield',
  dealForms: ['lease', 'purchase'],
  leaseRateKztPerHaYear: 450_000,
  priceKzt: 150_000_000,
  cadastralNumber: '09-142-031-0415',
  zoning: { ru: 'Земли промышленности' },
  status: 'available',
  district: { id: 'd', code: 'karaganda', title: 'Караганда' },
  location: { lat: 49.77, lon: 73.17 },
  demo: true,
  source: null,
  updatedAt: '2025-11-25T16:34:24.660Z',
} as SezSlot;

async function open(url: string) {
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  await harness.navigateByUrl(url);
  TestBed.tick();
  // The list's sector and district filters load their options beside it.
  http
    .match((r) => r.url.endsWith('/districts') || r.url.endsWith('/sectors'))
    .forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
  const element = harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  // Not whenStable(): the app stays unstable while a request is open.
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  return { http, element, byTestId, settle };
}

describe('SEZ slots', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'sez-slots', children: SEZ_SLOT_ROUTES }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks the API for exactly the view the URL describes and shows the count and cards', async () => {
    const { http, element, byTestId, settle } = await open(
      '/sez-slots?q=K-01&status=available,reserved&siteType=greenfield&dealForm=lease&minArea=5&maxArea=20&minPower=8&railSpur=true&sort=-power&page=2&pageSize=10',
    );

    const request = http.expectOne((r) => r.url === 'https://portal.test/api/v1/sez-slots');
    const params = request.request.params;
    expect(params.get('q')).toBe('K-01');
    expect(params.get('status')).toBe('available,reserved');
    expect(params.get('siteType')).toBe('greenfield');
    expect(params.get('dealForm')).toBe('lease');
    expect(params.get('minArea')).toBe('5');
    expect(params.get('maxArea')).toBe('20');
    expect(params.get('minPower')).toBe('8');
    expect(params.get('railSpur')).toBe('true');
    expect(params.get('sort')).toBe('-power');
    expect(params.get('page')).toBe('2');
    expect(params.get('pageSize')).toBe('10');
    expect(params.get('lang')).toBe('ru');
    expect(params.has('sector')).toBe(false);
    request.flush({ items: [slot], total: 11, page: 2, pageSize: 10 });
    await settle();

    expect(byTestId('result-count')?.textContent?.trim()).toBe('Найдено: 11');
    expect(element.querySelector('mat-card-title a')?.textContent?.trim()).toBe('Участок K-01');
    const card = element.querySelector('mat-card')?.textContent ?? '';
    expect(card).toContain('Свободен');
    expect(card).toContain('12,5 га');
    expect(card).toContain('10 МВт');
    expect(card).toContain('Индустриальный парк «Металлургия и металлообработка»');
    expect(card).toMatch(/Железнодорожный тупик\s*да/);
  });

  it('writes a status filter into the URL and starts again from the first page', async () => {
    const { http, element, settle } = await open('/sez-slots?page=3&sort=area');
    http.expectOne((r) => r.url.endsWith('/sez-slots')).flush({ items: [slot], total: 24, page: 3, pageSize: 20 });
    await settle();

    const available = Array.from(
      element.querySelectorAll<HTMLElement>('[data-testid="filter-status"] mat-chip-option'),
    ).find((chip) => chip.textContent?.includes('Свободен'));
    available?.querySelector<HTMLElement>('[role="option"], button')?.click();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/sez-slots?sort=area&status=available');
    http
      .expectOne((r) => r.params.get('status') === 'available' && r.params.get('page') === '1')
      .flush({ items: [slot], total: 16, page: 1, pageSize: 20 });
  });

  it('shows a slot with its utilities in their units and its zone’s participants', async () => {
    const { http, byTestId, settle } = await open(`/sez-slots/${slot.id}`);
    http.expectOne(`https://portal.test/api/v1/sez-slots/${slot.id}?lang=ru`).flush(slot);
    await settle();
    http.expectOne(`https://portal.test/api/v1/sez/${slot.sez.id}?lang=ru`).flush({
      ...slot.sez,
      name: { ru: 'Специальная экономическая зона «Сарыарка»' },
      participants: { registered: 15, operating: 13 },
    } as unknown as SezDetail);
    await settle();

    expect(byTestId('utility-power')?.textContent).toMatch(/Электроэнергия\s*10 МВт/);
    expect(byTestId('utility-water')?.textContent).toContain('400 м³/сут');
    expect(byTestId('utility-gas')?.textContent).toContain('Нет подключения');
    // What the capacity ledger leaves, drawn as a bar and said in words.
    expect(byTestId('slot-capacity')?.querySelector('[data-testid="capacity-power"]')?.textContent).toContain(
      'свободно 6 из 10 МВт',
    );
    expect(byTestId('slot-reserve')?.getAttribute('href')).toBe(
      `/investors/requests/new?kind=reservation&slot=${slot.id}`,
    );
    expect(byTestId('sez-zone')?.textContent).toContain('Специальная экономическая зона «Сарыарка»');
    expect(byTestId('sez-registered')?.textContent?.trim()).toBe('15');
    expect(byTestId('sez-operating')?.textContent?.trim()).toBe('13');
    expect(byTestId('slot-rail-spur')?.textContent?.trim()).toBe('да');
    expect(byTestId('sez-slot-detail')?.textContent).toContain('09-142-031-0415');
    expect(byTestId('demo-badge')).not.toBeNull();

    // Related: the other opportunities in the slot's district.
    const related = http.expectOne((r) => r.url === 'https://portal.test/api/v1/opportunities');
    expect(related.request.params.get('district')).toBe(slot.district?.code);
    related.flush({
      items: [{ id: 'o1', title: 'Facing brick' }],
      total: 1,
      page: 1,
      pageSize: 6,
    });
    await settle();
    expect(byTestId('related-opportunities')?.textContent).toContain('Facing brick');
    // The small map names the districts' centres around the slot.
    expect(byTestId('place')).not.toBeNull();
    http
      .match((r) => r.url.endsWith('/districts') || r.url.endsWith('/sectors'))
      .forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
  });
});
