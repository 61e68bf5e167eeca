import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AdminUser } from '@kbdm/accounts/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { AdminUsersClient } from './admin-users-client';

const API = 'https://portal.test';
const ID = '6f1c2a0e-8a4b-4c9e-9f1d-2b3c4d5e6f70';

const dana: AdminUser = {
  id: ID,
  email: 'dana@karaganda.gov.kz',
  role: 'officer',
  fullName: 'Дана Аманжолова',
  phone: null,
  districtId: null,
  business: null,
  createdAt: '2025-11-20T08:00:00.000Z',
  deactivatedAt: null,
  lastSignInAt: null,
};

describe('AdminUsersClient', () => {
  let client: AdminUsersClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: API_BASE_URL, useValue: API }],
    });
    client = TestBed.inject(AdminUsersClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists people with the search, role and page as query parameters', async () => {
    const answer = firstValueFrom(client.list({ q: ' Дана ', role: 'officer', page: 2, pageSize: 20 }));

    const request = http.expectOne((r) => r.url === `${API}/api/v1/admin/users`);
    expect(request.request.method).toBe('GET');
    expect(request.request.urlWithParams).toBe(
      `${API}/api/v1/admin/users?q=%D0%94%D0%B0%D0%BD%D0%B0&role=officer&page=2&pageSize=20`,
    );
    request.flush({ items: [dana], total: 21, page: 2, pageSize: 20 });
    expect((await answer).items[0].email).toBe('dana@karaganda.gov.kz');
  });

  it('leaves a blank search and missing filters out of the query', () => {
    client.list({ q: '   ', role: undefined, page: Number.NaN }).subscribe();

    http.expectOne(`${API}/api/v1/admin/users`).flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('appoints an officer with the body it is given', () => {
    const request = {
      email: 'dana@karaganda.gov.kz',
      fullName: 'Дана',
      role: 'officer',
      password: 'steppe wind 2031',
    } as const;
    client.create(request).subscribe();

    const sent = http.expectOne(`${API}/api/v1/admin/users`);
    expect(sent.request.method).toBe('POST');
    expect(sent.request.body).toEqual(request);
    sent.flush(dana);
  });

  it('changes a role with its reason', () => {
    client.changeRole(ID, { role: 'admin', reason: 'Order 12-p' }).subscribe();

    const sent = http.expectOne(`${API}/api/v1/admin/users/${ID}/role`);
    expect(sent.request.method).toBe('PATCH');
    expect(sent.request.body).toEqual({ role: 'admin', reason: 'Order 12-p' });
    sent.flush({ ...dana, role: 'admin' });
  });

  it('deactivates with the reason and reactivates without an empty one', () => {
    client.deactivate(ID, 'Left the programme office').subscribe();
    client.reactivate(ID, '  ').subscribe();

    const deactivate = http.expectOne(`${API}/api/v1/admin/users/${ID}/deactivate`);
    expect(deactivate.request.method).toBe('POST');
    expect(deactivate.request.body).toEqual({ reason: 'Left the programme office' });
    deactivate.flush({ ...dana, deactivatedAt: '2025-12-01T10:00:00.000Z' });

    const reactivate = http.expectOne(`${API}/api/v1/admin/users/${ID}/reactivate`);
    expect(reactivate.request.method).toBe('POST');
    expect(reactivate.request.body).toEqual({});
    reactivate.flush(dana);
  });

  it('revokes the sessions, with a reason when one is given', async () => {
    const done = firstValueFrom(client.revokeSessions(ID, 'Lost laptop'));

    const sent = http.expectOne(`${API}/api/v1/admin/users/${ID}/sessions/revoke`);
    expect(sent.request.method).toBe('POST');
    expect(sent.request.body).toEqual({ reason: 'Lost laptop' });
    sent.flush(null, { status: 204, statusText: 'No Content' });
    await expect(done).resolves.toBeNull();
  });

  it('reads a person’s audit events by target id, newest first as the API answers', () => {
    client.auditEvents({ targetId: ID, pageSize: 10 }).subscribe();

    const sent = http.expectOne((r) => r.url === `${API}/api/v1/admin/audit-events`);
    expect(sent.request.method).toBe('GET');
    expect(sent.request.urlWithParams).toBe(`${API}/api/v1/admin/audit-events?targetId=${ID}&pageSize=10`);
    sent.flush({ items: [], total: 0, page: 1, pageSize: 10 });
  });

  it('escapes an id that is not a plain uuid rather than changing the path', () => {
    client.reactivate('../me').subscribe();

    http.expectOne(`${API}/api/v1/admin/users/..%2Fme/reactivate`).flush(dana);
  });
});
