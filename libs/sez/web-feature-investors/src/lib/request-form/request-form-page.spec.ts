import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SezSlot } from '@kbdm/sez/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { RequestFormPage } from './request-form-page';

const SLOT_ID = '0d60f75b-b8be-59f2-a3cf-c7cabc7f642e';
const slot = {
  id: SLOT_ID,
  code: 'k-01',
  title: 'Участок K-01',
  utilities: [
    { utility: 'power', unit: 'MW', maximum: 10, free: 6 },
    { utility: 'water', unit: 'm3/day', maximum: 400, free: 400 },
    { utility: 'sewerage', unit: 'm3/day', maximum: 320, free: 320 },
    { utility: 'heat', unit: 'Gcal/h', maximum: 4, free: 4 },
    { utility: 'gas', unit: 'm3/h', maximum: 0, free: 0 },
  ],
} as unknown as SezSlot;

describe('the reservation form', () => {
  beforeEach(() => {
    localStorage.setItem('kbdm.lang', 'ru');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
        provideRouter(
          [
            { path: 'investors/requests/new', component: RequestFormPage },
            { path: 'investors/requests/:id', children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
  });

  async function open() {
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl(`/investors/requests/new?kind=reservation&slot=${SLOT_ID}`);
    http.expectOne(`https://portal.test/api/v1/sez-slots/${SLOT_ID}?lang=ru`).flush(slot);
    const element = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    };
    await settle();
    const field = (name: string) => element.querySelector<HTMLInputElement>(`[data-testid="field-${name}"]`)!;
    const fill = (name: string, value: string) => {
      field(name).value = value;
      field(name).dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      element.querySelector<HTMLButtonElement>('[data-testid="request-submit"]')!.click();
      await settle();
    };
    return { http, element, fill, submit, settle };
  }

  const valid = (fill: (name: string, value: string) => void) => {
    fill('company', 'ТОО «Караганда Металл»');
    fill('bin', '240140000011');
    fill('product', 'Металлоконструкции');
    fill('sectorCode', 'c25');
    fill('plannedInvestmentKzt', '2500000000');
    fill('plannedJobs', '80');
  };

  it('checks each field beside it, and the ledger’s free capacity, before anything is sent', async () => {
    const { http, element, fill, submit } = await open();
    expect(element.textContent).toContain('свободно 6 МВт');
    valid(fill);
    fill('bin', '240140000012');
    fill('power', '7');
    await submit();
    expect(element.textContent).toContain('12 цифр с верной контрольной цифрой');
    expect(element.textContent).toContain('Свободно только 6');
    http.expectNone((r) => r.method === 'POST');

    fill('bin', '240140000011');
    fill('power', '0');
    await submit();
    expect(element.querySelector('[data-testid="utilities-error"]')?.textContent).toContain('хотя бы одну мощность');
    http.expectNone((r) => r.method === 'POST');
  });

  it('sends the request, and shows the API’s answer at the field it names', async () => {
    const { http, element, fill, submit, settle } = await open();
    valid(fill);
    fill('power', '5');
    await submit();
    const sent = http.expectOne((r) => r.method === 'POST' && r.url === 'https://portal.test/api/v1/investor-requests');
    expect(sent.request.body).toMatchObject({
      kind: 'reservation',
      target: { kind: 'sez_slot', id: SLOT_ID },
      sectorCode: 'C25',
      plannedJobs: 80,
      utilities: { power: 5 },
    });
    // Another investor took capacity meanwhile.
    sent.flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'capacity_exceeded',
        errors: [{ field: 'utilities.power', message: 'only 2 MW free' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(element.textContent).toContain('Свободно только 2');
    http.expectOne(`https://portal.test/api/v1/sez-slots/${SLOT_ID}?lang=ru`).flush({
      ...slot,
      utilities: slot.utilities.map((u) => (u.utility === 'power' ? { ...u, free: 2 } : u)),
    });
    await settle();
    expect(element.textContent).toContain('свободно 2 из 10 МВт');

    fill('power', '2');
    await submit();
    http.expectOne((r) => r.method === 'POST').flush({ id: '9b2f1d5e-2c1a-4d7e-8f00-000000000001' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/investors/requests/9b2f1d5e-2c1a-4d7e-8f00-000000000001');
  });
});
