import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Profile, Session } from '@kbdm/accounts/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth-interceptor';
import { AuthStore, SESSION_HINT_KEY } from './auth-store';

const API = 'https://portal.test';

const aida: Profile = {
  id: '0b8f7c1e-5d0a-4f43-9d55-8b6a1c2e3f40',
  email: 'aida@example.kz',
  role: 'entrepreneur',
  fullName: 'Аида Нурланова',
  phone: null,
  districtId: null,
  business: null,
  createdAt: '2025-11-20T08:00:00.000Z',
};

function session(accessToken: string): Session {
  return { accessToken, tokenType: 'Bearer', expiresIn: 900, user: aida };
}

const unauthorized = { status: 401, statusText: 'Unauthorized' };
const problem401 = { type: 'about:blank', title: 'Unauthorized', status: 401 };

// Lets the promise chain between the 401 and the refresh (and back) run.
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('authInterceptor and AuthStore', () => {
  let http: HttpTestingController;
  let store: AuthStore;
  let client: HttpClient;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: API },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AuthStore);
    client = TestBed.inject(HttpClient);
  });

  afterEach(() => http.verify());

  async function signIn(token = 'token-1'): Promise<void> {
    const signingIn = store.signIn({ email: aida.email, password: 'saryarka steppe at dawn' });
    const request = http.expectOne(`${API}/api/v1/auth/sign-in`);
    expect(request.request.withCredentials).toBe(true);
    request.flush(session(token));
    await signingIn;
  }

  it('keeps the signed-in person and the token in memory, never in localStorage', async () => {
    await signIn();

    expect(store.signedIn()).toBe(true);
    expect(store.user()?.fullName).toBe('Аида Нурланова');
    expect(store.accessToken()).toBe('token-1');
    expect(JSON.stringify({ ...localStorage })).not.toContain('token-1');
  });

  it('adds the bearer token to API requests once signed in, and only to the API', async () => {
    client.get(`${API}/api/v1/opportunities`).subscribe();
    expect(http.expectOne(`${API}/api/v1/opportunities`).request.headers.has('Authorization')).toBe(false);

    await signIn();
    client.get(`${API}/api/v1/me`).subscribe();
    client.get('https://tiles.example.org/1/2/3.png').subscribe();

    expect(http.expectOne(`${API}/api/v1/me`).request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(http.expectOne('https://tiles.example.org/1/2/3.png').request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes once on a 401 and sends the request again with the new token', async () => {
    await signIn('expired');
    const answer = firstValueFrom(client.get<Profile>(`${API}/api/v1/me`));

    http.expectOne(`${API}/api/v1/me`).flush(problem401, unauthorized);
    await settle();
    const refresh = http.expectOne(`${API}/api/v1/auth/refresh`);
    expect(refresh.request.withCredentials).toBe(true);
    refresh.flush(session('fresh'));
    await settle();
    const retry = http.expectOne(`${API}/api/v1/me`);
    expect(retry.request.headers.get('Authorization')).toBe('Bearer fresh');
    retry.flush(aida);

    expect((await answer).email).toBe(aida.email);
    expect(store.accessToken()).toBe('fresh');
  });

  it('shares one refresh between requests that fail together: the cookie rotates', async () => {
    await signIn('expired');
    const first = firstValueFrom(client.get(`${API}/api/v1/me`));
    const second = firstValueFrom(client.get(`${API}/api/v1/me`));

    http.match(`${API}/api/v1/me`).forEach((request) => request.flush(problem401, unauthorized));
    await settle();
    http.expectOne(`${API}/api/v1/auth/refresh`).flush(session('fresh'));
    await settle();
    http.match(`${API}/api/v1/me`).forEach((request) => request.flush(aida));

    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
  });

  it('gives up after a failed refresh: the caller gets the 401 and the person is signed out', async () => {
    await signIn('expired');
    const answer = firstValueFrom(client.get(`${API}/api/v1/me`));

    http.expectOne(`${API}/api/v1/me`).flush(problem401, unauthorized);
    await settle();
    http.expectOne(`${API}/api/v1/auth/refresh`).flush(problem401, unauthorized);

    await expect(answer).rejects.toMatchObject({ status: 401 });
    expect(store.signedIn()).toBe(false);
    http.expectNone(`${API}/api/v1/me`);
  });

  it('retries only once: a second 401 goes to the caller without another refresh', async () => {
    await signIn('expired');
    const answer = firstValueFrom(client.get(`${API}/api/v1/me`));

    http.expectOne(`${API}/api/v1/me`).flush(problem401, unauthorized);
    await settle();
    http.expectOne(`${API}/api/v1/auth/refresh`).flush(session('fresh'));
    await settle();
    http.expectOne(`${API}/api/v1/me`).flush(problem401, unauthorized);

    await expect(answer).rejects.toMatchObject({ status: 401 });
    http.expectNone(`${API}/api/v1/auth/refresh`);
  });

  it('never refreshes for a 401 of the auth endpoints themselves: a wrong password stays a wrong password', async () => {
    const signingIn = store.signIn({ email: aida.email, password: 'not the password at all' });
    http.expectOne(`${API}/api/v1/auth/sign-in`).flush(problem401, unauthorized);

    await expect(signingIn).rejects.toMatchObject({ status: 401 });
    http.expectNone(`${API}/api/v1/auth/refresh`);
  });

  it('restores the session from the refresh cookie at start, once', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const restoring = store.restore();
    const again = store.restore();
    http.expectOne(`${API}/api/v1/auth/refresh`).flush(session('restored'));
    await Promise.all([restoring, again]);

    expect(store.user()?.email).toBe(aida.email);
    expect(store.accessToken()).toBe('restored');
  });

  it('starts signed out when the cookie it was told of is gone, and forgets the session', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const restoring = store.restore();
    http.expectOne(`${API}/api/v1/auth/refresh`).flush(problem401, unauthorized);
    await restoring;

    expect(store.signedIn()).toBe(false);
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('does not ask for a refresh at all in a browser that never signed in', async () => {
    await store.restore();
    http.expectNone(`${API}/api/v1/auth/refresh`);
    expect(store.signedIn()).toBe(false);
  });

  it('remembers that a session exists after signing in, and forgets it on signing out', async () => {
    const signingIn = store.signIn({ email: aida.email, password: 'steppe wind over Temirtau' });
    http.expectOne(`${API}/api/v1/auth/sign-in`).flush(session('first'));
    await signingIn;
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');

    const signingOut = store.signOut();
    http.expectOne(`${API}/api/v1/auth/sign-out`).flush(null);
    await signingOut;
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('registers, then signs in with the same e-mail and password', async () => {
    const registering = store.register({
      email: aida.email,
      password: 'saryarka steppe at dawn',
      role: 'entrepreneur',
      fullName: aida.fullName,
    });
    http.expectOne(`${API}/api/v1/auth/register`).flush(aida, { status: 201, statusText: 'Created' });
    await settle();
    const signInRequest = http.expectOne(`${API}/api/v1/auth/sign-in`);
    expect(signInRequest.request.body).toEqual({ email: aida.email, password: 'saryarka steppe at dawn' });
    signInRequest.flush(session('new'));

    await expect(registering).resolves.toMatchObject({ email: aida.email });
    expect(store.signedIn()).toBe(true);
  });

  it('forgets the session on sign-out even when the API cannot be reached', async () => {
    await signIn();
    const signingOut = store.signOut();
    http.expectOne(`${API}/api/v1/auth/sign-out`).error(new ProgressEvent('error'));
    await signingOut;

    expect(store.signedIn()).toBe(false);
    expect(store.accessToken()).toBeNull();
  });
});
