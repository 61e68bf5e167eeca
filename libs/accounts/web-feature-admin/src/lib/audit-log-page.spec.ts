import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AuditEventView } from '@kbdm/accounts/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { AuditLogPage } from './audit-log-page';

const ADMIN = '0a5b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const DANA = '6f1c2a0e-8a4b-4c9e-9f1d-2b3c4d5e6f70';
const roleChanged: AuditEventView = {
  id: 'e1',
  at: '2026-12-01T09:30:00.000Z',
  actorId: ADMIN,
  action: 'account.role_changed',
  targetType: 'user_account',
  targetId: DANA,
  ip: '10.0.0.1',
  details: { from: 'entrepreneur', to: 'officer', reason: 'Order 12-p' },
};

describe('the audit log page', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
        provideRouter([{ path: 'admin/audit', component: AuditLogPage }], withComponentInputBinding()),
      ],
    });
  });

  it('asks for exactly the filters in the URL, shows each event with its facts, and writes new filters into the URL', async () => {
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl(`/admin/audit?action=account.role_changed&targetId=${DANA}&page=2`);
    const sent = http.expectOne((r) => r.url === 'https://portal.test/api/v1/admin/audit-events');
    expect(sent.request.params.get('action')).toBe('account.role_changed');
    expect(sent.request.params.get('targetId')).toBe(DANA);
    expect(sent.request.params.get('page')).toBe('2');
    expect(sent.request.params.has('actorId')).toBe(false);
    sent.flush({ items: [roleChanged], total: 51, page: 2, pageSize: 50 });
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    const element = harness.routeNativeElement as HTMLElement;
    const row = element.querySelector('[data-testid="audit-row"]')!;
    expect(row.textContent).toContain(DANA);
    expect(row.textContent).toContain('Order 12-p');
    expect(element.querySelector('[data-testid="audit-range"]')?.textContent).toBe('51–51 из 51');

    const actor = element.querySelector<HTMLInputElement>('[data-testid="audit-actor"]')!;
    actor.value = 'not an id';
    actor.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="audit-show"]')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    expect(TestBed.inject(Router).url).toContain('page=2');
    actor.value = ADMIN;
    actor.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="audit-show"]')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(TestBed.inject(Router).url).toBe(
      `/admin/audit?action=account.role_changed&actorId=${ADMIN}&targetId=${DANA}`,
    );
    http.match(() => true).forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 50 }));
  });

  it('names what a catalogue change changed and links the item and the import to their pages', async () => {
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl('/admin/audit');
    const edited: AuditEventView = {
      id: 'e2',
      at: '2026-12-02T10:00:00.000Z',
      actorId: ADMIN,
      action: 'catalogue.imported',
      targetType: 'opportunity',
      targetId: DANA,
      ip: null,
      details: { code: 'OPP-1', fields: 'name,jobs', importId: 'i1' },
    };
    const applied: AuditEventView = {
      ...edited,
      id: 'e3',
      action: 'import.applied',
      targetType: 'import',
      targetId: ADMIN,
      details: { catalogue: 'opportunities', added: 2, updated: 1 },
    };
    http
      .expectOne((r) => r.url === 'https://portal.test/api/v1/admin/audit-events')
      .flush({ items: [edited, applied, roleChanged], total: 3, page: 1, pageSize: 50 });
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    const element = harness.routeNativeElement as HTMLElement;
    const rows = [...element.querySelectorAll('[data-testid="audit-row"]')];
    expect(rows[0].textContent).toContain('Элемент: OPP-1');
    expect(rows[0].textContent).toContain('Изменено: name, jobs');
    expect(rows[1].textContent).toContain('Добавлено 2, изменено 1');
    const links = [...element.querySelectorAll<HTMLAnchorElement>('[data-testid="audit-target-link"]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      `/admin/catalogue/opportunities/${DANA}`,
      `/admin/imports/${ADMIN}`,
    ]);
    // A person has no page of their own here: no link.
    expect(rows[2].querySelector('[data-testid="audit-target-link"]')).toBeNull();
  });
});
