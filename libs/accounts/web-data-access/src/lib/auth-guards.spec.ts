import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Profile, Role } from '@kbdm/accounts/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { hasRole, signedIn } from './auth-guards';

@Component({ selector: 'kbdm-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

function sessionAs(role: Role) {
  const user: Profile = {
    id: 'u1',
    email: 'someone@example.kz',
    role,
    fullName: 'Someone',
    phone: null,
    districtId: null,
    business: null,
    createdAt: '2025-11-20T08:00:00.000Z',
  };
  return { accessToken: 't', tokenType: 'Bearer', expiresIn: 900, user };
}

describe('signedIn and hasRole guards', () => {
  beforeEach(() => {
    // A session this browser was told of: the guards restore it from the cookie first.
    localStorage.setItem('kbdm.session', '1');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'account', component: Blank, canActivate: [signedIn] },
          { path: 'admin', component: Blank, canActivate: [hasRole('admin')] },
          { path: 'sign-in', component: Blank },
          { path: '', component: Blank },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: '' },
      ],
    });
  });

  async function navigate(url: string, refreshAnswer: object | null): Promise<string> {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await new Promise((resolve) => setTimeout(resolve));
    const refresh = TestBed.inject(HttpTestingController).expectOne('/api/v1/auth/refresh');
    if (refreshAnswer) refresh.flush(refreshAnswer);
    else refresh.flush({ title: 'Unauthorized', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    return TestBed.inject(Router).url;
  }

  it('sends a visitor without a session to sign-in, with the way back', async () => {
    expect(await navigate('/account?tab=business', null)).toBe('/sign-in?returnUrl=%2Faccount%3Ftab%3Dbusiness');
  });

  it('lets in a person whose session the cookie restores', async () => {
    expect(await navigate('/account', sessionAs('investor'))).toBe('/account');
  });

  it('turns away a signed-in person without the role', async () => {
    expect(await navigate('/admin', sessionAs('entrepreneur'))).toBe('/');
  });

  it('lets in a person with the role', async () => {
    expect(await navigate('/admin', sessionAs('admin'))).toBe('/admin');
  });
});
