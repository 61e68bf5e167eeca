import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AdminUser, AuditEventView, Session } from '@kbdm/accounts/domain';
import { SESSION_HINT_KEY } from '@kbdm/accounts/web-data-access';
import type { Page } from '@kbdm/shared/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { ADMIN_ROUTES } from './admin.routes';

@Component({ selector: 'kbdm-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

const ADMIN_ID = '0a5b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const DANA_ID = '6f1c2a0e-8a4b-4c9e-9f1d-2b3c4d5e6f70';
const ERMEK_ID = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';

const adminSession: Session = {
  accessToken: 'token',
  tokenType: 'Bearer',
  expiresIn: 900,
  user: {
    id: ADMIN_ID,
    email: 'admin@karaganda.gov.kz',
    role: 'admin',
    fullName: 'Асель Беккужина',
    phone: null,
    districtId: null,
    business: null,
    createdAt: '2025-10-01T08:00:00.000Z',
  },
};

const person = (overrides: Partial<AdminUser>): AdminUser => ({
  id: DANA_ID,
  email: 'dana@karaganda.gov.kz',
  role: 'officer',
  fullName: 'Дана Аманжолова',
  phone: null,
  districtId: null,
  business: null,
  createdAt: '2025-11-20T08:00:00.000Z',
  deactivatedAt: null,
  lastSignInAt: '2025-12-01T09:30:00.000Z',
  ...overrides,
});

const dana = person({});
const ermek = person({
  id: ERMEK_ID,
  email: 'ermek@example.kz',
  role: 'entrepreneur',
  fullName: 'Ермек Сапаров',
  deactivatedAt: '2025-12-02T10:00:00.000Z',
});
const me = person({ ...adminSession.user, deactivatedAt: null, lastSignInAt: null });

const pageOf = <T>(items: T[], total = items.length, page = 1): Page<T> => ({ items, total, page, pageSize: 20 });

const isList = (r: { url: string; method: string }) => r.method === 'GET' && r.url === '/api/v1/admin/users';
const isEvents = (r: { url: string }) => r.url === '/api/v1/admin/audit-events';

async function openPeople(url = '/admin/users') {
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  // Not whenStable(): the app stays unstable while a request is open.
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
  };
  const navigation = harness.navigateByUrl(url);
  await settle();
  // The guard restores the session from the refresh cookie first.
  http.expectOne('/api/v1/auth/refresh').flush(adminSession);
  await navigation;
  await settle();
  const element = harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string, root: ParentNode = element) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const type = (testId: string, value: string, root: ParentNode = element) => {
    const input = byTestId(testId, root) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const click = async (target: HTMLElement | null) => {
    if (!target) throw new Error('nothing to click');
    target.click();
    await settle();
  };
  const fieldError = (testId: string, root: ParentNode = element) =>
    byTestId(testId, root)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();
  const answerList = (page: Page<AdminUser>) => http.expectOne(isList).flush(page);
  const answerEvents = (events: AuditEventView[] = []) => http.expectOne(isEvents).flush(pageOf(events));
  const openPanel = async (id: string, events: AuditEventView[] = []) => {
    await click(element.querySelector<HTMLElement>(`[data-person-id="${id}"]`));
    answerEvents(events);
    await settle();
  };
  const chooseOption = async (testId: string, label: string) => {
    await click(byTestId(testId)?.querySelector<HTMLElement>('.mat-mdc-select-trigger') ?? null);
    const option = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    await click(option ?? null);
  };
  const confirm = async () => click(byTestId('confirm-ok', document));
  return {
    harness,
    http,
    element,
    settle,
    byTestId,
    type,
    click,
    fieldError,
    answerList,
    answerEvents,
    openPanel,
    chooseOption,
    confirm,
  };
}

// The first test compiles the page and its Material parts just in time: seconds on a busy machine.
jest.setTimeout(20_000);

describe('PeoplePage', () => {
  beforeEach(() => {
    localStorage.clear();
    // The administrator signed in earlier: the guard restores the session from the cookie first.
    localStorage.setItem(SESSION_HINT_KEY, '1');
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'admin', children: ADMIN_ROUTES },
            { path: 'sign-in', component: Blank },
            { path: '', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: '' },
        // Dialogs close at once rather than after their exit animation.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => (container.innerHTML = ''));
  });

  it('asks for the people the URL describes and lists them with role, state and date', async () => {
    const { http, element, byTestId, settle } = await openPeople('/admin/users?q=karaganda&role=officer&page=2');

    const request = http.expectOne(isList);
    expect(request.request.params.get('q')).toBe('karaganda');
    expect(request.request.params.get('role')).toBe('officer');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush(pageOf([dana, ermek, me], 23, 2));
    await settle();

    const rows = [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows[0]).toEqual([
      'Дана Аманжолова',
      'dana@karaganda.gov.kz',
      'Сотрудник программы',
      'Активна',
      '20 ноября 2025 г.',
    ]);
    expect(rows[1]).toEqual([
      'Ермек Сапаров',
      'ermek@example.kz',
      'Предприниматель',
      'Деактивирована',
      '20 ноября 2025 г.',
    ]);
    expect(rows[2][0]).toBe('Асель Беккужина (вы)');
    expect(byTestId('people-count')?.textContent?.trim()).toBe('Найдено: 23');
    expect(byTestId('people-range')?.textContent?.trim()).toBe('21–23 из 23');
    expect((byTestId('people-search') as HTMLInputElement).value).toBe('karaganda');
  });

  it('writes a search into the URL and starts again from the first page', async () => {
    const { answerList, settle, http, type, byTestId } = await openPeople('/admin/users?page=3&role=admin');
    answerList(pageOf([], 41, 3));
    await settle();

    type('people-search', 'Дана');
    (byTestId('people-search') as HTMLInputElement).form?.requestSubmit();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/admin/users?role=admin&q=%D0%94%D0%B0%D0%BD%D0%B0');
    const request = http.expectOne(isList);
    expect(request.request.params.get('q')).toBe('Дана');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(pageOf([]));
  });

  it('says when nobody matches and clears the filters on request', async () => {
    const { byTestId, answerList, click, http } = await openPeople('/admin/users?q=nobody&role=investor');
    answerList(pageOf([]));
    await Promise.resolve();
    TestBed.tick();

    expect(byTestId('people-empty')?.textContent).toContain('Никого не найдено.');
    await click(byTestId('people-empty')?.querySelector('button') ?? null);

    expect(TestBed.inject(Router).url).toBe('/admin/users');
    http.expectOne(isList).flush(pageOf([dana]));
  });

  it('shows the problem when the list cannot be loaded, and tries again', async () => {
    const { http, byTestId, settle, click } = await openPeople();
    http
      .expectOne(isList)
      .flush(
        { type: 'about:blank', title: 'Service Unavailable', status: 503 },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await settle();

    expect(byTestId('people-problem')?.textContent).toContain('Не удалось загрузить пользователей.');
    expect(byTestId('people-problem')?.textContent).toContain('Service Unavailable');
    await click(byTestId('people-problem')?.querySelector('button') ?? null);
    http.expectOne(isList).flush(pageOf([dana]));
  });

  it('changes a role after confirmation, sending the reason, and says so', async () => {
    const { http, byTestId, answerList, openPanel, chooseOption, type, click, confirm, settle, element } =
      await openPeople();
    answerList(pageOf([dana]));
    await settle();
    await openPanel(DANA_ID);

    expect(byTestId('person-name')?.textContent?.trim()).toBe('Дана Аманжолова');
    await chooseOption('changeRole-role', 'Администратор');
    type('changeRole-reason', 'Приказ № 12-п');
    await click(byTestId('changeRole-submit'));

    expect(byTestId('confirm-ok', document)?.closest('mat-dialog-container')?.textContent).toContain(
      'Дана Аманжолова получит роль «Администратор».',
    );
    http.expectNone((r) => r.url.endsWith('/role'));
    await confirm();

    const request = http.expectOne(`/api/v1/admin/users/${DANA_ID}/role`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ role: 'admin', reason: 'Приказ № 12-п' });
    request.flush({ ...dana, role: 'admin' });
    await settle();

    expect(document.body.textContent).toContain('Роль изменена: Дана Аманжолова — «Администратор».');
    expect(byTestId('person-role')?.textContent?.trim()).toBe('Администратор');
    expect(element.querySelector('tbody tr td:nth-child(3)')?.textContent?.trim()).toBe('Администратор');
    // The timeline asks again for the new event.
    http.expectOne(isEvents).flush(pageOf([]));
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const { http, byTestId, answerList, openPanel, chooseOption, type, click, settle } = await openPeople();
    answerList(pageOf([dana]));
    await settle();
    await openPanel(DANA_ID);

    await chooseOption('changeRole-role', 'Инвестор');
    type('changeRole-reason', 'Ошибка при назначении');
    await click(byTestId('changeRole-submit'));
    await click(byTestId('confirm-cancel', document));

    http.expectNone((r) => r.url.endsWith('/role'));
  });

  it('asks for a reason and a different role before confirming', async () => {
    const { byTestId, answerList, openPanel, click, settle, fieldError } = await openPeople();
    answerList(pageOf([dana]));
    await settle();
    await openPanel(DANA_ID);

    await click(byTestId('changeRole-submit'));

    expect(fieldError('changeRole-reason')).toBe('Заполните это поле.');
    expect(fieldError('changeRole-role')).toBe('Эта роль уже назначена.');
    expect(byTestId('confirm-ok', document)).toBeNull();
  });

  it('shows a 400 problem’s field error beside the field it names', async () => {
    const { http, byTestId, answerList, openPanel, chooseOption, type, click, confirm, settle, fieldError } =
      await openPeople();
    answerList(pageOf([dana]));
    await settle();
    await openPanel(DANA_ID);

    await chooseOption('changeRole-role', 'Инвестор');
    type('changeRole-reason', 'x');
    await click(byTestId('changeRole-submit'));
    await confirm();
    http.expectOne(`/api/v1/admin/users/${DANA_ID}/role`).flush(
      {
        type: 'https://kbdm.kz/problems/invalid_input',
        title: 'Invalid input.',
        status: 400,
        code: 'invalid_input',
        errors: [{ field: 'reason', message: 'reason must be longer than or equal to 3 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(fieldError('changeRole-reason')).toBe('reason must be longer than or equal to 3 characters');
    expect(fieldError('changeRole-role')).toBeFalsy();
    // Every field error found its field: nothing above the form.
    expect(byTestId('form-error')).toBeNull();
  });

  it('says clearly when the API refuses the change with 409', async () => {
    const { http, byTestId, answerList, openPanel, chooseOption, type, click, confirm, settle } = await openPeople();
    answerList(pageOf([dana]));
    await settle();
    await openPanel(DANA_ID);

    await chooseOption('changeRole-role', 'Инвестор');
    type('changeRole-reason', 'Перевод');
    await click(byTestId('changeRole-submit'));
    await confirm();
    http.expectOne(`/api/v1/admin/users/${DANA_ID}/role`).flush(
      {
        type: 'https://kbdm.kz/problems/own_admin_account',
        title: 'Conflict.',
        status: 409,
        code: 'own_admin_account',
        detail:
          'An administrator cannot remove the administrator role from their own account: another administrator must.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    expect(byTestId('form-error')?.textContent).toContain('Портал отказал в этом действии.');
    expect(byTestId('form-error')?.textContent).toContain('Администратор не может снять с себя роль администратора');
    expect(byTestId('person-role')?.textContent?.trim()).toBe('Сотрудник программы');
  });

  it('deactivates with the required reason and offers reactivation afterwards', async () => {
    const { http, byTestId, answerList, openPanel, type, click, confirm, settle, fieldError } = await openPeople();
    answerList(pageOf([dana]));
    await settle();
    await openPanel(DANA_ID);

    await click(byTestId('deactivate-submit'));
    expect(fieldError('deactivate-reason')).toBe('Заполните это поле.');

    type('deactivate-reason', 'Уволилась из управления');
    await click(byTestId('deactivate-submit'));
    await confirm();
    const request = http.expectOne(`/api/v1/admin/users/${DANA_ID}/deactivate`);
    expect(request.request.body).toEqual({ reason: 'Уволилась из управления' });
    request.flush({ ...dana, deactivatedAt: '2025-12-05T10:00:00.000Z' });
    await settle();
    http.expectOne(isEvents).flush(pageOf([]));
    await settle();

    expect(byTestId('person-status')?.textContent).toContain('Деактивирована');
    expect(byTestId('deactivate-submit')).toBeNull();
    expect(byTestId('reactivate-submit')).not.toBeNull();
  });

  it('ends the sessions with an optional reason', async () => {
    const { http, byTestId, answerList, openPanel, click, confirm, settle } = await openPeople();
    answerList(pageOf([ermek]));
    await settle();
    await openPanel(ERMEK_ID);

    await click(byTestId('revokeSessions-submit'));
    await confirm();
    const request = http.expectOne(`/api/v1/admin/users/${ERMEK_ID}/sessions/revoke`);
    expect(request.request.body).toEqual({});
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(document.body.textContent).toContain('Все сеансы завершены: Ермек Сапаров.');
    http.expectOne(isEvents).flush(pageOf([]));
  });

  it('keeps an administrator from changing their own role or deactivating themselves', async () => {
    const { byTestId, answerList, openPanel, settle } = await openPeople();
    answerList(pageOf([me]));
    await settle();
    await openPanel(ADMIN_ID);

    expect(byTestId('person-self')?.textContent).toContain('Это ваша учётная запись');
    expect(byTestId('changeRole-submit')).toBeNull();
    expect(byTestId('deactivate-submit')).toBeNull();
    expect(byTestId('revokeSessions-submit')).not.toBeNull();
  });

  it('shows the person’s recent audit events, newest first, with who acted and why', async () => {
    const { http, byTestId, answerList, click, element, settle } = await openPeople();
    answerList(pageOf([dana]));
    await settle();
    await click(element.querySelector<HTMLElement>(`[data-person-id="${DANA_ID}"]`));

    const request = http.expectOne(isEvents);
    expect(request.request.params.get('targetId')).toBe(DANA_ID);
    expect(request.request.params.get('pageSize')).toBe('10');
    const event = (id: string, action: string, actorId: string | null, details: AuditEventView['details']) => ({
      id,
      at: '2025-12-01T09:30:00.000Z',
      actorId,
      action,
      targetType: 'user_account',
      targetId: DANA_ID,
      ip: '10.0.0.1',
      details,
    });
    (request as TestRequest).flush(
      pageOf([
        event('e3', 'account.role_changed', ADMIN_ID, { from: 'entrepreneur', to: 'officer', reason: 'Приказ № 7' }),
        event('e2', 'sign_in.succeeded', DANA_ID, null),
        event('e1', 'account.created', null, { role: 'entrepreneur', via: 'command' }),
      ]),
    );
    await settle();

    const items = [...(byTestId('timeline')?.querySelectorAll('li') ?? [])].map((li) =>
      [...li.querySelectorAll('.action, .fact')].map((part) => part.textContent?.trim()),
    );
    expect(items).toEqual([
      ['Роль изменена', 'Предприниматель → Сотрудник программы', 'Причина: Приказ № 7', 'Кто: вы'],
      ['Вход'],
      ['Учётная запись создана', 'Кто: команда оператора'],
    ]);
    expect(byTestId('timeline')?.querySelector('time')?.getAttribute('datetime')).toBe('2025-12-01T09:30:00.000Z');
  });

  it('appoints an officer from the dialog and opens the new person', async () => {
    const { http, byTestId, answerList, type, click, settle } = await openPeople('/admin/users?role=investor');
    answerList(pageOf([]));
    await settle();

    await click(byTestId('people-create'));
    const dialog = document.querySelector('mat-dialog-container') ?? document;
    type('create-email', ' timur@karaganda.gov.kz ', dialog);
    type('create-full-name', 'Тимур Касенов', dialog);
    type('create-password', 'steppe wind over nura 2031', dialog);
    await click(byTestId('create-submit', dialog));

    const request = http.expectOne((r) => r.method === 'POST' && r.url === '/api/v1/admin/users');
    expect(request.request.body).toEqual({
      email: 'timur@karaganda.gov.kz',
      fullName: 'Тимур Касенов',
      role: 'officer',
      password: 'steppe wind over nura 2031',
    });
    const timur = person({ id: ERMEK_ID, email: 'timur@karaganda.gov.kz', fullName: 'Тимур Касенов' });
    request.flush(timur);
    await settle();

    expect(document.body.textContent).toContain('Учётная запись создана: Тимур Касенов, «Сотрудник программы».');
    expect(TestBed.inject(Router).url).toBe('/admin/users?q=timur@karaganda.gov.kz');
    answerList(pageOf([timur]));
    await settle();
    http.expectOne(isEvents).flush(pageOf([]));
    await settle();
    expect(byTestId('person-name')?.textContent?.trim()).toBe('Тимур Касенов');
  });

  it('shows the API’s field errors beside the fields of the new person', async () => {
    const { http, byTestId, answerList, type, click, settle, fieldError } = await openPeople();
    answerList(pageOf([dana]));
    await settle();

    await click(byTestId('people-create'));
    const dialog = document.querySelector('mat-dialog-container') ?? document;
    await click(byTestId('create-submit', dialog));
    expect(fieldError('create-password', dialog)).toBe('Заполните это поле.');
    http.expectNone((r) => r.method === 'POST');

    type('create-email', 'dana@karaganda.gov.kz', dialog);
    type('create-full-name', 'Дана Аманжолова', dialog);
    type('create-password', 'a passphrase the api dislikes', dialog);
    await click(byTestId('create-submit', dialog));
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          type: 'https://kbdm.kz/problems/email_taken',
          title: 'Conflict.',
          status: 409,
          code: 'email_taken',
          detail: 'An account with this e-mail already exists.',
          errors: [{ field: 'email', message: 'email is already registered' }],
        },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(fieldError('create-email', dialog)).toBe('Эта электронная почта уже зарегистрирована.');
    expect(byTestId('form-error', dialog)).toBeNull();

    type('create-email', 'dana.a@karaganda.gov.kz', dialog);
    await click(byTestId('create-submit', dialog));
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          type: 'https://kbdm.kz/problems/invalid_input',
          title: 'Invalid input.',
          status: 400,
          code: 'invalid_input',
          errors: [{ field: 'password', message: 'password is too common' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();

    expect(fieldError('create-password', dialog)).toBe('password is too common');
    expect(fieldError('create-email', dialog)).toBeFalsy();
    expect(document.querySelector('mat-dialog-container')).not.toBeNull();
  });

  it('turns away a signed-in person who is not an administrator', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/admin/users');
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/refresh')
      .flush({ ...adminSession, user: { ...adminSession.user, role: 'officer' } });
    await navigation;

    expect(TestBed.inject(Router).url).toBe('/');
  });
});
