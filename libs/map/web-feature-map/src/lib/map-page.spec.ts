import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DistrictFigures, MapFeatureCollection } from '@kbdm/map/domain';
import { API_BASE_URL, I18n } from '@kbdm/shared/web-core';
import { MAP_ROUTES } from './map.routes';
import { formatFigure, statusLabel } from './map-page';

const collection: MapFeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'opportunities:o1',
      geometry: { type: 'Point', coordinates: [73.1, 50.06] },
      properties: {
        layer: 'opportunities',
        id: 'o1',
        code: 'facing-brick',
        title: 'Facing brick',
        status: 'open',
        sectorCode: 'C23',
        districtCode: 'temirtau',
        demo: true,
      },
    },
  ],
  counts: {
    opportunities: { located: 1, unlocated: 2, outsideBbox: 0, truncated: false },
    ppp: { located: 0, unlocated: 0, outsideBbox: 0, truncated: false },
    'sez-slots': { located: 0, unlocated: 0, outsideBbox: 0, truncated: false },
  },
};

function figures(code: string, title: string, opportunities: number): DistrictFigures {
  return {
    district: { id: code, code, title },
    centre: { lat: 50, lon: 73 },
    opportunities,
    importValueUsd: 0,
    pppProjects: 0,
    freeSezAreaHa: 0,
  };
}

async function openMap(url: string) {
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  await harness.navigateByUrl(url);
  TestBed.tick();
  http
    .match((r) => r.url.endsWith('/districts') || r.url.endsWith('/sectors'))
    .forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
  http
    .expectOne('https://portal.test/api/v1/map/settings')
    .flush({ tileUrl: null, tileAttribution: null, boundaries: false });
  const element = harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  return { http, element, byTestId, settle };
}

describe('MapPage', () => {
  beforeEach(() => {
    localStorage.setItem('kbdm.lang', 'en');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'map', children: MAP_ROUTES }]),
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

  it('asks for the view in the URL and writes the answer out as counts, a table and links', async () => {
    const { http, element, byTestId, settle } = await openMap(
      '/map?sector=C23&layers=opportunities&figure=opportunities',
    );
    http.expectOne('https://portal.test/api/v1/map/features?sector=C23&layers=opportunities&lang=en').flush(collection);
    http
      .expectOne('https://portal.test/api/v1/map/district-figures?sector=C23&lang=en')
      .flush([figures('abay', 'Abay', 1), figures('temirtau', 'Temirtau', 5)]);
    await settle();

    expect(byTestId('map-count-opportunities')?.textContent?.trim()).toBe('1 on the map');
    expect(element.textContent).toContain('2 without a place on the map');
    expect(byTestId('map-count-ppp')).toBeNull();
    const rows = [...element.querySelectorAll('[data-testid="map-district-table"] tbody tr')].map((r) =>
      r.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual(['Temirtau 5', 'Abay 1']);
    const link = byTestId('map-list-opportunities')?.querySelector('li a');
    expect(link?.getAttribute('href')).toBe('/opportunities/o1');
  });

  it('keeps a sector picked in the URL and asks again', async () => {
    const { http, settle } = await openMap('/map');
    http.expectOne((r) => r.url.endsWith('/map/features')).flush(collection);
    http.expectOne((r) => r.url.endsWith('/map/district-figures')).flush([]);
    await settle();

    await TestBed.inject(Router).navigateByUrl('/map?sector=C20');
    await settle();
    const again = http.expectOne((r) => r.url.endsWith('/map/features'));
    expect(again.request.params.get('sector')).toBe('C20');
    again.flush(collection);
    http.expectOne((r) => r.url.endsWith('/map/district-figures')).flush([]);
  });

  it('shows the API’s problem with a way out when the map cannot load', async () => {
    const { http, byTestId, settle } = await openMap('/map?q=x');
    http
      .expectOne((r) => r.url.endsWith('/map/features'))
      .flush({ title: 'Bad Request', status: 400, detail: 'q: too long' }, { status: 400, statusText: 'Bad Request' });
    http.expectOne((r) => r.url.endsWith('/map/district-figures')).flush([]);
    await settle();
    const problem = byTestId('map-problem');
    expect(problem?.textContent).toContain('The map could not be loaded');
    expect(problem?.textContent).toContain('q: too long');
    expect(problem?.textContent).toContain('Clear filters');
  });
});

describe('the map’s words', () => {
  it('writes each figure the way its unit reads', () => {
    expect(formatFigure('importValueUsd', 12_500_000, 'en')).toBe('$12.5M');
    expect(formatFigure('freeSezAreaHa', 94.34, 'en')).toBe('94.3');
    expect(formatFigure('opportunities', 1234, 'en')).toBe('1,234');
  });

  it('names a status from its own layer’s list and keeps an unknown one as it is', () => {
    const en = TestBed.inject(I18n).t();
    expect(statusLabel({ layer: 'ppp', status: 'tender' }, en.catalogue)).toBe(en.catalogue.pppStage.tender);
    expect(statusLabel({ layer: 'sez-slots', status: 'available' }, en.catalogue)).toBe(
      en.catalogue.slotStatus.available,
    );
    expect(statusLabel({ layer: 'opportunities', status: 'unheard-of' }, en.catalogue)).toBe('unheard-of');
  });
});
