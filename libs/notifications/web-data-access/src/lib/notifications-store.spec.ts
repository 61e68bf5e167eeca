import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Session } from '@kbdm/accounts/domain';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import type { Notification, NotificationPage } from '@kbdm/notifications/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { NotificationsClient } from './notifications-client';
import { NOTIFICATIONS_REFRESH_MS, NotificationsStore } from './notifications-store';

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

const approved: Notification = {
  id: 'n1',
  kind: 'application.status_changed',
  params: { reference: 'KBDM-2026-000012', applicationId: 'a1', status: 'approved' },
  createdAt: '2026-03-12T06:00:00.000Z',
  readAt: null,
  link: '/applications/a1',
};

const pageOf = (items: Notification[], unread: number): NotificationPage => ({
  items,
  unread,
  total: items.length,
  page: 1,
  pageSize: 10,
});

const isList = (r: { url: string; method: string }) => r.method === 'GET' && r.url === '/api/v1/me/notifications';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve();
    TestBed.tick();
  }
}

describe('NotificationsStore', () => {
  let http: HttpTestingController;
  let visibility: DocumentVisibilityState;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: '' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  async function signIn(): Promise<NotificationsStore> {
    const store = TestBed.inject(NotificationsStore);
    const signingIn = TestBed.inject(AuthStore).signIn({ email: 'aida@example.kz', password: 'saryarka steppe' });
    http.expectOne('/api/v1/auth/sign-in').flush(session);
    await signingIn;
    await settle();
    jest.advanceTimersByTime(0);
    return store;
  }

  it('asks nothing while nobody is signed in', async () => {
    TestBed.inject(NotificationsStore);
    await settle();
    jest.advanceTimersByTime(3 * NOTIFICATIONS_REFRESH_MS);

    http.expectNone(isList);
  });

  it('reads the unread count when someone signs in, after each navigation and every minute', async () => {
    const store = await signIn();
    const first = http.expectOne(isList);
    expect(first.request.params.get('pageSize')).toBe('10');
    first.flush(pageOf([approved], 1));
    expect(store.unread()).toBe(1);
    expect(store.latest()).toEqual([approved]);

    await TestBed.inject(Router).navigateByUrl('/applications');
    http.expectOne(isList).flush(pageOf([approved], 1));

    jest.advanceTimersByTime(NOTIFICATIONS_REFRESH_MS - 1);
    http.expectNone(isList);
    jest.advanceTimersByTime(1);
    http.expectOne(isList).flush(pageOf([approved, { ...approved, id: 'n2' }], 2));
    expect(store.unread()).toBe(2);
  });

  it('asks nothing while the tab is hidden, and asks at once when it is shown again', async () => {
    await signIn();
    http.expectOne(isList).flush(pageOf([], 0));

    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    jest.advanceTimersByTime(5 * NOTIFICATIONS_REFRESH_MS);
    http.expectNone(isList);

    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    http.expectOne(isList).flush(pageOf([], 0));
  });

  it('stops asking and forgets the notifications when the person signs out', async () => {
    const store = await signIn();
    http.expectOne(isList).flush(pageOf([approved], 1));

    const signingOut = TestBed.inject(AuthStore).signOut();
    http.expectOne('/api/v1/auth/sign-out').flush(null);
    await signingOut;
    await settle();
    jest.advanceTimersByTime(3 * NOTIFICATIONS_REFRESH_MS);

    http.expectNone(isList);
    expect(store.unread()).toBe(0);
    expect(store.latest()).toEqual([]);
  });

  it('marks one read at once on screen and tells the API', async () => {
    const store = await signIn();
    http.expectOne(isList).flush(pageOf([approved], 1));

    const marking = store.markRead(approved);
    expect(store.unread()).toBe(0);
    expect(store.latest()[0].readAt).not.toBeNull();
    const request = http.expectOne('/api/v1/me/notifications/n1/read');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await marking;
  });

  it('marks all read, and asks again when the API refused', async () => {
    const store = await signIn();
    http.expectOne(isList).flush(pageOf([approved], 1));

    const marking = store.markAllRead();
    expect(store.unread()).toBe(0);
    http.expectOne('/api/v1/me/notifications/read').flush(null, { status: 500, statusText: 'Server Error' });
    await marking;
    http.expectOne(isList).flush(pageOf([approved], 1));
    expect(store.unread()).toBe(1);
  });
});

describe('NotificationsClient', () => {
  it('asks for the unread ones only when told to', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: API_BASE_URL, useValue: '' }],
    });
    const http = TestBed.inject(HttpTestingController);
    TestBed.inject(NotificationsClient).list({ unread: true, page: 2 }).subscribe();

    http.expectOne('/api/v1/me/notifications?unread=true&page=2').flush(pageOf([], 0));
    http.verify();
  });
});
