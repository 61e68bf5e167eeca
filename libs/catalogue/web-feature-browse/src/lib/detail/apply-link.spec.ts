import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Programme, ProgrammeVersion } from '@kbdm/catalogue/domain';
import { API_BASE_URL, I18n } from '@kbdm/shared/web-core';
import { ProgrammeDetailPage } from './programme-detail-page';

const ID = '9b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

function programme(version: Partial<ProgrammeVersion>): Programme {
  const text = { kk: 'Іскер аймақ', ru: 'Іскер аймақ', en: 'Isker aimaq' };
  return {
    id: ID,
    code: 'isker-aimaq',
    name: text,
    title: 'Іскер аймақ',
    description: text,
    operator: text,
    instrument: 'interest_subsidy',
    status: 'active',
    demo: false,
    source: null,
    versions: [],
    currentVersion: {
      id: 'v1',
      label: text,
      legalAct: { title: text, number: '1176', date: '2025-12-30' },
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      status: 'in_force',
      acceptsApplications: true,
      applicationChannel: 'portal',
      minAmountKzt: null,
      maxAmountKzt: 200_000_000,
      rate: null,
      termMonths: 36,
      applicationWindow: null,
      requiredDocuments: [],
      obligations: [],
      decisionDeadlineWorkingDays: 15,
      eligibility: [],
      demo: false,
      source: null,
      ...version,
    },
  };
}

// Not whenStable(): the page stays unstable while a request is open.
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }
}

async function render(version: Partial<ProgrammeVersion>) {
  const fixture = TestBed.createComponent(ProgrammeDetailPage);
  fixture.componentRef.setInput('id', ID);
  await settle();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne((r) => r.url === `/api/v1/programmes/${ID}`).flush(programme(version));
  await settle();
  for (const request of http.match(() => true)) request.flush({ items: [], total: 0, page: 1, pageSize: 100 });
  await settle();
  return fixture.nativeElement as HTMLElement;
}

describe('Apply on a catalogue page', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: '' },
      ],
    });
  });

  it('starts an application for a programme whose current version accepts them', async () => {
    TestBed.inject(I18n).use('en');
    const element = await render({});

    const link = element.querySelector<HTMLAnchorElement>('[data-testid="apply-link"]');
    expect(link?.textContent?.trim()).toBe('Apply');
    expect(link?.getAttribute('href')).toBe(`/applications/new?kind=programme&id=${ID}`);
  });

  it('says that an eGov programme is filed there, and the application is prepared here', async () => {
    const element = await render({ applicationChannel: 'egov' });

    expect(element.querySelector('.apply')?.textContent).toContain('Заявку подают на eGov');
  });

  it('offers nothing for a programme that takes no applications', async () => {
    const element = await render({ acceptsApplications: false });

    expect(element.querySelector('[data-testid="apply-link"]')).toBeNull();
  });
});
