import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Profile, Session } from '@kbdm/accounts/domain';
import { SESSION_HINT_KEY } from '@kbdm/accounts/web-data-access';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { APPLY_ROUTES } from '../lib/apply.routes';
import { aida, DISTRICTS, SECTORS } from './fixtures';

@Component({ selector: 'kbdm-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
export class Blank {}

export const profile: Profile = {
  id: aida.id,
  email: 'aida@example.kz',
  role: 'entrepreneur',
  fullName: aida.fullName,
  phone: '8 701 123 45 67',
  districtId: 'd-temirtau',
  business: {
    name: 'ИП Нурланова А.',
    binIin: '900101300017',
    legalForm: 'individual_entrepreneur',
    okedCode: 'C10.71',
    size: 'micro',
  },
  createdAt: '2025-11-20T08:00:00.000Z',
};

export function configureApply(): void {
  localStorage.clear();
  // The person signed in earlier: the guard restores the session from the cookie first.
  localStorage.setItem(SESSION_HINT_KEY, '1');
  TestBed.configureTestingModule({
    providers: [
      provideRouter(
        [
          { path: 'applications', children: APPLY_ROUTES },
          { path: '**', component: Blank },
        ],
        withComponentInputBinding(),
      ),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: API_BASE_URL, useValue: '' },
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
}

/** Opens a page of the feature as `user`, answering the session refresh; the rest is the test's. */
export async function openApply(url: string, user: Profile = profile) {
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  const settle = async (rounds = 3) => {
    for (let i = 0; i < rounds; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
  };
  const session: Session = { accessToken: 'token', tokenType: 'Bearer', expiresIn: 900, user };
  const navigation = harness.navigateByUrl(url);
  await settle();
  http.expectOne('/api/v1/auth/refresh').flush(session);
  await navigation;
  await settle();
  const element = () => harness.routeNativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = element()) =>
    root.querySelector<T>(`[data-testid="${id}"]`);
  const allByTestId = (id: string, root: ParentNode = element()) => [
    ...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
  ];
  const text = (id: string, root?: ParentNode) => byTestId(id, root)?.textContent?.replace(/\s+/g, ' ').trim();
  const type = (testId: string, value: string) => {
    const input = byTestId<HTMLInputElement>(testId);
    if (!input) throw new Error(`no field ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const click = async (target: HTMLElement | null) => {
    if (!target) throw new Error('nothing to click');
    target.click();
    await settle();
  };
  const fieldError = (testId: string) =>
    byTestId(testId)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();
  /** Answers the catalogue's districts and sectors, and a programme's amounts, whichever were asked. */
  const answerReference = (programme?: { min: number | null; max: number | null }) => {
    for (const request of http.match((r) => r.url === '/api/v1/districts')) {
      request.flush({ items: DISTRICTS, total: DISTRICTS.length, page: 1, pageSize: 100 });
    }
    for (const request of http.match((r) => r.url === '/api/v1/sectors')) {
      request.flush({ items: SECTORS, total: SECTORS.length, page: 1, pageSize: 100 });
    }
    for (const request of http.match((r) => r.url.startsWith('/api/v1/programmes/'))) {
      request.flush({
        currentVersion: { minAmountKzt: programme?.min ?? 1_000_000, maxAmountKzt: programme?.max ?? 200_000_000 },
      });
    }
  };
  return { harness, http, settle, element, byTestId, allByTestId, text, type, click, fieldError, answerReference };
}

export type ApplyPage = Awaited<ReturnType<typeof openApply>>;

export const problem = (request: TestRequest, status: number, body: Record<string, unknown>) =>
  request.flush({ type: 'about:blank', title: 'Refused', status, ...body }, { status, statusText: 'Refused' });
