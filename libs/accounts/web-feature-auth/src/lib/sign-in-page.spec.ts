import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Session } from '@kbdm/accounts/domain';
import { authInterceptor, AuthStore } from '@kbdm/accounts/web-data-access';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { ACCOUNT_ROUTES } from './account.routes';
import { safeReturnUrl } from './sign-in-page';

@Component({ selector: 'kbdm-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

const session: Session = {
  accessToken: 'token',
  tokenType: 'Bearer',
  expiresIn: 900,
  user: {
    id: 'u1',
    email: 'aida@example.kz',
    role: 'entrepreneur',
    fullName: 'Аида Нурланова',
    phone: null,
    districtId: null,
    business: null,
    createdAt: '2025-11-20T08:00:00.000Z',
  },
};

async function openSignIn(url = '/sign-in') {
  const harness = await RouterTestingHarness.create(url);
  const element = harness.routeNativeElement as HTMLElement;
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  const type = (testId: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="sign-in-submit"]')!.click();
    await settle();
  };
  const fieldError = (testId: string) =>
    element
      .querySelector(`[data-testid="${testId}"]`)
      ?.closest('mat-form-field')
      ?.querySelector('mat-error')
      ?.textContent?.trim();
  return { element, http, settle, type, submit, fieldError };
}

describe('SignInPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([...ACCOUNT_ROUTES, { path: 'programmes', component: Blank }], withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: '' },
      ],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows a field error of the problem details beside the field it names', async () => {
    const { http, type, submit, fieldError, element } = await openSignIn();
    type('sign-in-email', 'aida@example.kz');
    type('sign-in-password', 'saryarka steppe at dawn');
    await submit();

    http.expectOne('/api/v1/auth/sign-in').flush(
      {
        type: 'https://kbdm.kz/problems/invalid_input',
        title: 'Invalid input.',
        status: 400,
        errors: [{ field: 'email', message: 'email must be an e-mail address' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();

    expect(fieldError('sign-in-email')).toBe('email must be an e-mail address');
    expect(fieldError('sign-in-password')).toBeFalsy();
    // Every field error found its field: no general error above the form.
    expect(element.querySelector('[data-testid="form-error"]')).toBeNull();
  });

  it('says "wrong e-mail or password" in the interface language on a 401, above the form', async () => {
    const { http, type, submit, element, settle } = await openSignIn();
    type('sign-in-email', 'aida@example.kz');
    type('sign-in-password', 'not the password at all');
    await submit();

    http
      .expectOne('/api/v1/auth/sign-in')
      .flush({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(element.querySelector('[data-testid="form-error"]')?.textContent?.trim()).toBe(
      'Неверная электронная почта или пароль.',
    );
    http.expectNone('/api/v1/auth/refresh');
  });

  it('checks the fields before asking the API', async () => {
    const { submit, fieldError } = await openSignIn();
    await submit();

    expect(fieldError('sign-in-email')).toBe('Заполните это поле.');
    expect(fieldError('sign-in-password')).toBe('Заполните это поле.');
  });

  it('signs in and goes back to the page the guard came from', async () => {
    const { http, type, submit, settle } = await openSignIn('/sign-in?returnUrl=%2Fprogrammes');
    type('sign-in-email', 'aida@example.kz');
    type('sign-in-password', 'saryarka steppe at dawn');
    await submit();

    http.expectOne('/api/v1/auth/sign-in').flush(session);
    await settle();

    expect(TestBed.inject(AuthStore).user()?.fullName).toBe('Аида Нурланова');
    expect(TestBed.inject(Router).url).toBe('/programmes');
  });

  it('never follows a returnUrl that leaves the portal', () => {
    expect(safeReturnUrl('//evil.example/')).toBe('/account');
    expect(safeReturnUrl('https://evil.example/')).toBe('/account');
    expect(safeReturnUrl('/\\evil.example')).toBe('/account');
    expect(safeReturnUrl('/programmes?page=2')).toBe('/programmes?page=2');
    expect(safeReturnUrl(undefined)).toBe('/account');
  });
});
