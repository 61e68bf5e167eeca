import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import { LANG_STORAGE_KEY } from '@kbdm/shared/web-core';

async function renderShell() {
  const fixture = TestBed.createComponent(App);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const portalName = () => element.querySelector('[data-testid="portal-name"]')?.textContent?.trim();
  const languageButton = (name: string) => {
    const button = element.querySelector<HTMLButtonElement>(`mat-button-toggle button[aria-label="${name}"]`);
    if (!button) throw new Error(`no language button named ${name}`);
    return button;
  };
  return { fixture, element, portalName, languageButton };
}

describe('App shell', () => {
  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
  });

  it('names the portal in Russian by default', async () => {
    const { portalName } = await renderShell();

    expect(portalName()).toBe('Карта развития бизнеса Карагандинской области');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('renames the portal, the page language and the title when English is chosen', async () => {
    const { fixture, portalName, languageButton } = await renderShell();

    languageButton('English').click();
    await fixture.whenStable();

    expect(portalName()).toBe('Karaganda Business Development Map');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Karaganda Business Development Map');
    expect(languageButton('English').getAttribute('aria-checked')).toBe('true');
  });

  it('switches to Kazakh and remembers the choice for the next visit', async () => {
    const { fixture, portalName, languageButton } = await renderShell();

    languageButton('Қазақша').click();
    await fixture.whenStable();

    expect(portalName()).toBe('Қарағанды облысының бизнесті дамыту картасы');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('kk');
  });

  it('labels the language switcher in the current language', async () => {
    const { element } = await renderShell();

    const group = element.querySelector('mat-button-toggle-group');
    expect(group?.getAttribute('aria-label')).toBe('Язык интерфейса');
  });

  it('offers sign-in and registration to a visitor', async () => {
    const { element } = await renderShell();

    expect(element.querySelector('[data-testid="sign-in-link"]')?.textContent?.trim()).toBe('Войти');
    expect(element.querySelector('[data-testid="register-link"]')?.textContent?.trim()).toBe('Регистрация');
  });

  async function signInAs(role: 'entrepreneur' | 'officer') {
    const shell = await renderShell();
    const signingIn = TestBed.inject(AuthStore).signIn({ email: 'aida@example.kz', password: 'saryarka steppe' });
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/v1/auth/sign-in').flush({
      accessToken: 't',
      tokenType: 'Bearer',
      expiresIn: 900,
      user: {
        id: 'u1',
        email: 'aida@example.kz',
        role,
        fullName: 'Аида Нурланова',
        phone: null,
        districtId: null,
        business: null,
        createdAt: '2025-11-20T08:00:00.000Z',
      },
    });
    await signingIn;
    // The menu and the bell load deferred.
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
    const notifications = (r: { url: string }) => r.url === '/api/v1/me/notifications';
    for (const request of http.match(notifications)) {
      request.flush({ items: [], unread: 2, total: 2, page: 1, pageSize: 10 });
    }
    TestBed.tick();
    const openMenu = async () => {
      shell.element.querySelector<HTMLButtonElement>('[data-testid="account-menu-button"]')?.click();
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve));
    };
    return { ...shell, openMenu };
  }

  it('shows the signed-in person the notification bell with the unread count', async () => {
    const { element } = await signInAs('entrepreneur');

    const bell = element.querySelector('[data-testid="notification-bell"]');
    expect(bell?.getAttribute('aria-label')).toBe('Уведомления: непрочитанных 2');
  });

  it('links an entrepreneur to their applications, not to the officers’ queue', async () => {
    const entrepreneur = await signInAs('entrepreneur');
    await entrepreneur.openMenu();
    expect(document.querySelector('[data-testid="my-applications"]')?.getAttribute('href')).toBe('/applications');
    expect(document.querySelector('[data-testid="officer-applications"]')).toBeNull();
  });

  it('links an officer to the applications queue beside the demand figures', async () => {
    const officer = await signInAs('officer');
    await officer.openMenu();
    expect(document.querySelector('[data-testid="officer-applications"]')?.getAttribute('href')).toBe(
      '/officer/applications',
    );
    expect(document.querySelector('[data-testid="officer-applications"]')?.textContent?.trim()).toBe('Заявки');
    expect(document.querySelector('[data-testid="my-applications"]')).toBeNull();
  });

  it('names the signed-in person in the account menu', async () => {
    const { fixture, element } = await renderShell();
    const signingIn = TestBed.inject(AuthStore).signIn({ email: 'aida@example.kz', password: 'saryarka steppe' });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/sign-in')
      .flush({
        accessToken: 't',
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
      });
    await signingIn;
    await fixture.whenStable();
    // The menu itself loads deferred.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="sign-in-link"]')).toBeNull();
    expect(element.querySelector('[data-testid="account-menu-button"]')?.textContent?.trim()).toBe('Аида Нурланова');
  });
});
