import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { InvestorRequest } from '@kbdm/sez/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { InvestorRequestPage } from './request-page';

const ID = '9b2f1d5e-2c1a-4d7e-8f00-000000000001';
const SLOT = '0d60f75b-b8be-59f2-a3cf-c7cabc7f642e';
const request: InvestorRequest = {
  id: ID,
  reference: 'INV-2026-000007',
  kind: 'reservation',
  status: 'held',
  target: { kind: 'sez_slot', id: SLOT, code: 'k-01', title: 'Участок K-01', sez: null },
  company: 'ТОО «Караганда Металл»',
  investor: { id: 'u1', fullName: 'Марат Инвестор', role: 'investor' },
  expiresAt: '2027-01-03T10:00:00.000Z',
  createdAt: '2026-12-04T10:00:00.000Z',
  updatedAt: '2026-12-04T11:00:00.000Z',
  version: 2,
  bin: '240140000011',
  product: 'Металлоконструкции',
  sector: { id: 's', code: 'C25', title: 'Металлические изделия' },
  plannedInvestmentKzt: 2_500_000_000,
  plannedJobs: 80,
  utilities: { power: 1, water: 0, sewerage: 0, heat: 0, gas: 0 },
  message: '',
  participant: null,
  events: [
    {
      id: 'e1',
      at: '2026-12-04T10:00:00.000Z',
      actor: null,
      action: 'created',
      from: null,
      to: 'requested',
      reason: null,
    },
  ],
  actions: ['extend', 'start_negotiation', 'release'],
};

describe('an investor request, as an officer sees it', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
        provideRouter(
          [{ path: 'officer/investor-requests/:id', component: InvestorRequestPage, data: { officer: true } }],
          withComponentInputBinding(),
        ),
      ],
    });
  });

  it('offers the moves the API lists, asks a reason to release before sending, and shows the move made', async () => {
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl(`/officer/investor-requests/${ID}`);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    };
    http.expectOne(`https://portal.test/api/v1/investor-requests/${ID}?lang=ru`).flush(request);
    await settle();
    http.expectOne(`https://portal.test/api/v1/investor-requests/${ID}/messages`).flush([]);
    http.expectOne(`https://portal.test/api/v1/sez-slots/${SLOT}?lang=ru`).flush({
      id: SLOT,
      utilities: [{ utility: 'power', unit: 'MW', maximum: 10, free: 6 }],
    });
    await settle();
    const element = harness.routeNativeElement as HTMLElement;
    const buttons = () => [...element.querySelectorAll<HTMLButtonElement>('[data-testid="request-action"]')];
    expect(buttons().map((b) => b.textContent?.trim())).toEqual([
      'Продлить резерв',
      'Начать переговоры',
      'Снять резерв',
    ]);
    expect(element.textContent).toContain('Марат Инвестор');
    expect(element.querySelector('[data-testid="request-slot-capacity"]')?.textContent).toContain(
      'свободно 6 из 10 МВт',
    );

    buttons()[2].click();
    await settle();
    expect(element.textContent).toContain('Для этого шага нужна причина');
    http.expectNone((r) => r.method === 'POST');

    buttons()[1].click();
    await settle();
    const move = http.expectOne((r) => r.method === 'POST');
    expect(move.request.url).toBe(`https://portal.test/api/v1/investor-requests/${ID}/transitions`);
    expect(move.request.body).toEqual({ action: 'start_negotiation', version: 2 });
    move.flush({
      ...request,
      status: 'under_negotiation',
      version: 3,
      expiresAt: null,
      actions: ['contract', 'release'],
    });
    await settle();
    expect(element.querySelector('[data-testid="request-status"]')?.textContent).toBe('Идут переговоры');
    http.match(() => true).forEach((r) => r.flush([]));
  });
});
