import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { AuthClient } from './auth-client';

const API = 'https://portal.test';

describe('AuthClient', () => {
  let http: HttpTestingController;
  let client: AuthClient;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: API_BASE_URL, useValue: API }],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(AuthClient);
  });

  afterEach(() => http.verify());

  it.each([
    ['refresh', () => client.refresh()],
    ['sign-out', () => client.signOut()],
  ])('sends %s with the refresh cookie and the X-KBDM-CSRF header the API requires', async (route, call) => {
    const answered = firstValueFrom(call());
    const request = http.expectOne(`${API}/api/v1/auth/${route}`);
    expect(request.request.method).toBe('POST');
    expect(request.request.withCredentials).toBe(true);
    expect(request.request.headers.get('X-KBDM-CSRF')).toBe('1');
    request.flush(null);
    await answered;
  });
});
