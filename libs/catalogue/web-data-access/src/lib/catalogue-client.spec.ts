import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { OpportunityClient, ProgrammeClient } from './catalogue-client';

describe('catalogue clients', () => {
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

  it('asks for opportunities with the filter as query parameters, lists joined by commas', async () => {
    const answer = firstValueFrom(
      TestBed.inject(OpportunityClient).list(
        { q: 'кирпич', sector: ['C23', 'C20'], status: ['open'], minScore: 40, sort: '-score', page: 2, pageSize: 20 },
        'ru',
      ),
    );

    const request = TestBed.inject(HttpTestingController).expectOne(
      (r) => r.url === 'https://portal.test/api/v1/opportunities',
    );
    expect(request.request.urlWithParams).toBe(
      'https://portal.test/api/v1/opportunities?q=%D0%BA%D0%B8%D1%80%D0%BF%D0%B8%D1%87&sector=C23,C20&status=open&minScore=40&sort=-score&page=2&pageSize=20&lang=ru',
    );
    request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
    expect((await answer).total).toBe(0);
  });

  it('leaves out empty values: blank search, empty lists, missing and non-finite numbers', () => {
    TestBed.inject(ProgrammeClient)
      .list({ q: '  ', status: [], instrument: undefined, minAmount: Number.NaN, maxAmount: 0 }, 'kk')
      .subscribe();

    const request = TestBed.inject(HttpTestingController).expectOne(() => true);
    expect(request.request.urlWithParams).toBe('https://portal.test/api/v1/programmes?maxAmount=0&lang=kk');
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('reads one item by id in the asked language', () => {
    TestBed.inject(OpportunityClient).get('5debaae2-3ecb-5722-9563-dd1da8a08584', 'en').subscribe();

    TestBed.inject(HttpTestingController)
      .expectOne('https://portal.test/api/v1/opportunities/5debaae2-3ecb-5722-9563-dd1da8a08584?lang=en')
      .flush({});
  });
});
