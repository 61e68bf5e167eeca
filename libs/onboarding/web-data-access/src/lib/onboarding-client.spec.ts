import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Assessment, OnboardingAnswers, OnboardingDemand } from '@kbdm/onboarding/eligibility';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { AssessmentStore } from './assessment-store';
import { OnboardingClient } from './onboarding-client';

const answers: OnboardingAnswers = {
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
};

const assessment: Assessment = {
  id: 'q7Yx0c3r9mJ2vX8pT1aBcw',
  createdAt: '2026-03-10T06:00:00.000Z',
  answers,
  summary: { eligible: 0, nearly: 0, not: 0, total: 0 },
  programmes: [],
  opportunities: [],
  claimed: false,
};

describe('OnboardingClient', () => {
  let http: HttpTestingController;
  let client: OnboardingClient;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(OnboardingClient);
  });

  afterEach(() => http.verify());

  it('posts the answers wrapped as the contract asks and returns the created assessment', async () => {
    const created = firstValueFrom(client.create(answers));

    const request = http.expectOne('https://portal.test/api/v1/onboarding/assessments');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ answers });
    request.flush(assessment, { status: 201, statusText: 'Created' });
    expect(await created).toEqual(assessment);
  });

  it('asks for the names of referenced items in the language given', () => {
    client.create(answers, 'kk').subscribe();

    const request = http.expectOne('https://portal.test/api/v1/onboarding/assessments?lang=kk');
    expect(request.request.body).toEqual({ answers });
    request.flush(assessment, { status: 201, statusText: 'Created' });
  });

  it('reads an assessment by its token, escaped in the path', async () => {
    const read = firstValueFrom(client.get('a/b c'));

    const request = http.expectOne('https://portal.test/api/v1/onboarding/assessments/a%2Fb%20c');
    expect(request.request.method).toBe('GET');
    request.flush(assessment);
    expect((await read).id).toBe(assessment.id);
  });

  it('claims an assessment with an empty POST to its claim path', async () => {
    const claimed = firstValueFrom(client.claim(assessment.id));

    const request = http.expectOne(`https://portal.test/api/v1/onboarding/assessments/${assessment.id}/claim`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBeNull();
    request.flush({ ...assessment, claimed: true });
    expect((await claimed)?.claimed).toBe(true);
  });

  it('lists the caller’s own assessments', async () => {
    const mine = firstValueFrom(client.mine());

    const request = http.expectOne('https://portal.test/api/v1/me/assessments');
    expect(request.request.method).toBe('GET');
    request.flush([assessment]);
    expect(await mine).toHaveLength(1);
  });

  it('asks for the demand figures with only the filter parts given', async () => {
    const demand: OnboardingDemand = {
      assessments: 12,
      period: { from: '2026-03-01', to: null },
      byDistrict: [],
      bySector: [],
      byProgramme: [],
      excludingRules: [],
    };
    const read = firstValueFrom(client.demand({ from: '2026-03-01', to: '', district: 'temirtau' }));

    const request = http.expectOne(
      (r) => r.url === 'https://portal.test/api/v1/onboarding/demand' && r.method === 'GET',
    );
    expect(request.request.params.keys()).toEqual(['from', 'district']);
    expect(request.request.urlWithParams).toBe(
      'https://portal.test/api/v1/onboarding/demand?from=2026-03-01&district=temirtau',
    );
    request.flush(demand);
    expect(await read).toEqual(demand);
  });

  it('asks for every assessment when no filter is given', () => {
    client.demand().subscribe();

    http.expectOne('https://portal.test/api/v1/onboarding/demand').flush({});
  });
});

describe('AssessmentStore', () => {
  let http: HttpTestingController;
  let store: AssessmentStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: API_BASE_URL, useValue: '' }],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AssessmentStore);
  });

  afterEach(() => http.verify());

  it('keeps the created assessment so that loading it asks the API nothing', async () => {
    const created = store.create(answers);
    http.expectOne('/api/v1/onboarding/assessments').flush(assessment, { status: 201, statusText: 'Created' });
    await created;

    expect(await store.load(assessment.id)).toEqual(assessment);
    http.expectNone(`/api/v1/onboarding/assessments/${assessment.id}`);
  });

  it('asks the API for an assessment it has not seen', async () => {
    const loaded = store.load('other');
    http.expectOne('/api/v1/onboarding/assessments/other').flush({ ...assessment, id: 'other' });

    expect((await loaded).id).toBe('other');
    expect(store.cached('other')?.id).toBe('other');
  });

  it('marks a claimed assessment as claimed even when the API answers with no body', async () => {
    const created = store.create(answers);
    http.expectOne('/api/v1/onboarding/assessments').flush(assessment, { status: 201, statusText: 'Created' });
    await created;

    const claimed = store.claim(assessment.id);
    http.expectOne(`/api/v1/onboarding/assessments/${assessment.id}/claim`).flush(null, {
      status: 204,
      statusText: 'No Content',
    });

    expect((await claimed)?.claimed).toBe(true);
    expect(store.cached(assessment.id)?.claimed).toBe(true);
  });
});
