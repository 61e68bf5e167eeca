import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SESSION_HINT_KEY } from '@kbdm/accounts/web-data-access';
import type { Sector } from '@kbdm/catalogue/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { CATALOGUE_ADMIN_ROUTES, IMPORT_ADMIN_ROUTES } from '../lib/catalogue-admin.routes';
import { adminSession, pageOf } from './fixtures';

@Component({ selector: 'kbdm-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

/** The routes as the app mounts them, with a signed-in administrator restored from the cookie. */
export function configureAdminPages(): void {
  localStorage.clear();
  localStorage.setItem(SESSION_HINT_KEY, '1');
  TestBed.configureTestingModule({
    providers: [
      provideRouter(
        [
          { path: 'admin/catalogue', children: CATALOGUE_ADMIN_ROUTES },
          { path: 'admin/imports', children: IMPORT_ADMIN_ROUTES },
          { path: 'sign-in', component: Blank },
          { path: '', component: Blank },
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

/** Lets awaited answers and change detection go on; not whenStable(), which waits for open requests. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }
}

/** Opens `url` as the administrator and gives the page's element with small helpers to drive it. */
export async function openPage(url: string) {
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  const navigation = harness.navigateByUrl(url);
  await settle();
  http.expectOne('/api/v1/auth/refresh').flush(adminSession);
  await navigation;
  await settle();
  const element = harness.routeNativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string): T | null =>
    element.querySelector<T>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim();
  const type = (id: string, value: string) => {
    const input = byTestId<HTMLInputElement>(id);
    if (!input) throw new Error(`no ${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const click = async (id: string) => {
    const target = byTestId(id);
    if (!target) throw new Error(`no ${id}`);
    target.click();
    await settle();
  };
  /** Answers the districts and sectors the form's selects list. */
  const answerReferenceData = (sectors: Partial<Sector>[] = []) => {
    http.match((r) => r.url === '/api/v1/districts').forEach((request: TestRequest) => request.flush(pageOf([])));
    http.match((r) => r.url === '/api/v1/sectors').forEach((request: TestRequest) => request.flush(pageOf(sectors)));
  };
  /** Opens a Material select and picks the option with this text. */
  const choose = async (id: string, label: string) => {
    byTestId(id)?.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle();
    const option = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    if (!option) throw new Error(`no option ${label}`);
    option.click();
    await settle();
  };
  return { harness, http, element, byTestId, text, type, click, choose, answerReferenceData };
}

export function cleanUp(): void {
  TestBed.inject(HttpTestingController).verify();
  document.querySelectorAll('.cdk-overlay-container').forEach((container) => (container.innerHTML = ''));
}
