import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { MapClient } from './map-client';

describe('MapClient', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks for the features of the chosen layers with the lists’ filters', () => {
    TestBed.inject(MapClient)
      .features({ q: ' кирпич ', sector: ['C23', 'C20'], district: [], layers: ['opportunities', 'sez-slots'] }, 'ru')
      .subscribe();
    TestBed.inject(HttpTestingController)
      .expectOne(
        `https://portal.test/api/v1/map/features?q=${encodeURIComponent('кирпич')}&sector=C23,C20&layers=opportunities,sez-slots&lang=ru`,
      )
      .flush({ type: 'FeatureCollection', features: [], counts: {} });
  });

  it('reads the deployment’s map settings', () => {
    TestBed.inject(MapClient).settings().subscribe();
    TestBed.inject(HttpTestingController)
      .expectOne('https://portal.test/api/v1/map/settings')
      .flush({ tileUrl: null, tileAttribution: null, boundaries: false });
  });

  it('asks for the district figures with the search and sector only', () => {
    TestBed.inject(MapClient)
      .districtFigures({ q: 'cement', sector: ['C23'] }, 'en')
      .subscribe();
    TestBed.inject(HttpTestingController)
      .expectOne('https://portal.test/api/v1/map/district-figures?q=cement&sector=C23&lang=en')
      .flush([]);
  });
});
