import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ActiveSession } from '@kbdm/accounts/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { MySessions } from './my-sessions';

const laptop: ActiveSession = {
  id: '7f0c2f1e-8a51-4c4e-9d0e-2b7d3c1a9e01',
  signedInAt: '2026-11-20T08:00:00Z',
  lastActiveAt: '2026-11-25T09:30:00Z',
  expiresAt: '2026-12-20T08:00:00Z',
  ip: '10.1.2.3',
  userAgent: 'Firefox on a laptop',
};
const phone: ActiveSession = { ...laptop, id: '0b5b9c57-3f0a-4f8e-a3b8-5d1c3c9f7a02', userAgent: null, ip: null };

describe('MySessions', () => {
  beforeEach(() => {
    localStorage.setItem('kbdm.lang', 'en');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    });
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    localStorage.clear();
  });

  it('lists the devices and signs the one chosen out, then asks for the list again', async () => {
    const fixture = TestBed.createComponent(MySessions);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('https://portal.test/api/v1/me/sessions').flush([laptop, phone]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const items = [...element.querySelectorAll('[data-testid="my-session"]')];
    expect(items.map((i) => i.querySelector('strong')?.textContent?.trim())).toEqual([
      'Firefox on a laptop',
      'Unknown device',
    ]);
    expect(items[0].textContent).toContain('From: 10.1.2.3');

    items[1].querySelector<HTMLButtonElement>('[data-testid="end-session"]')?.click();
    const ended = http.expectOne(`https://portal.test/api/v1/me/sessions/${phone.id}`);
    expect(ended.request.method).toBe('DELETE');
    ended.flush(null, { status: 204, statusText: 'No Content' });
    // Not whenStable(): the app stays unstable while the list's request is open.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http.expectOne('https://portal.test/api/v1/me/sessions').flush([laptop]);
    await fixture.whenStable();
    expect(element.querySelectorAll('[data-testid="my-session"]')).toHaveLength(1);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('The device is signed out.');
  });
});
