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
import { REVIEW_ROUTES } from '../lib/review.routes';
import { dana, DISTRICTS } from './fixtures';

@Component({ selector: 'kbdm-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
export class Blank {}

export const officer: Profile = {
  id: dana.id,
  email: 'dana@karaganda.gov.kz',
  role: 'officer',
  fullName: dana.fullName,
  phone: null,
  districtId: null,
  business: null,
  createdAt: '2025-10-01T08:00:00.000Z',
};

export function configureReview(): void {
  localStorage.clear();
  localStorage.setItem(SESSION_HINT_KEY, '1');
  TestBed.configureTestingModule({
    providers: [
      provideRouter(
        [
          { path: 'officer/applications', children: REVIEW_ROUTES },
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

/** Opens an officer's page as `user`, answering the session refresh and the catalogue lists it reads. */
export async function openReview(url: string, user: Profile = officer) {
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
  const click = async (target: HTMLElement | null | undefined) => {
    if (!target) throw new Error('nothing to click');
    target.click();
    await settle();
  };
  const answerCatalogue = () => {
    for (const request of http.match((r) => r.url === '/api/v1/districts')) {
      request.flush({ items: DISTRICTS, total: DISTRICTS.length, page: 1, pageSize: 100 });
    }
    for (const request of http.match((r) => r.url === '/api/v1/sectors')) {
      request.flush({ items: [], total: 0, page: 1, pageSize: 100 });
    }
    for (const request of http.match((r) => r.url === '/api/v1/programmes')) {
      request.flush({
        items: [{ code: 'damu-subsidy', title: 'Іскер аймақ: субсидирование' }],
        total: 1,
        page: 1,
        pageSize: 100,
      });
    }
  };
  return { harness, http, settle, element, byTestId, allByTestId, text, click, answerCatalogue };
}

export const problem = (request: TestRequest, status: number, body: Record<string, unknown>) =>
  request.flush({ type: 'about:blank', title: 'Refused', status, ...body }, { status, statusText: 'Refused' });
