import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { SezClient, SezSlotClient } from './sez-client';

describe('SEZ clients', () => {
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

  it('asks for slots with the filter as query parameters', () => {
    TestBed.inject(SezSlotClient)
      .list({ status: ['available', 'reserved'], minPower: 5, railSpur: true, sort: '-area', page: 1 }, 'en')
      .subscribe();
    TestBed.inject(HttpTestingController)
      .expectOne(
        'https://portal.test/api/v1/sez-slots?status=available,reserved&minPower=5&railSpur=true&sort=-area&page=1&lang=en',
      )
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('reads one zone by id', () => {
    TestBed.inject(SezClient).get('a087e611', 'kk').subscribe();
    TestBed.inject(HttpTestingController).expectOne('https://portal.test/api/v1/sez/a087e611?lang=kk').flush({});
  });
});
