import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ActiveSession,
  Profile,
  RegisterRequest,
  Session,
  SignInRequest,
  UpdateProfileRequest,
} from '@kbdm/accounts/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import type { Observable } from 'rxjs';

/** Path prefix of the endpoints that use the refresh cookie; the interceptor leaves them alone. */
export const AUTH_PATH = '/api/v1/auth/';

/**
 * The API refuses refresh and sign-out without this header (403): a page on another site can
 * make the browser send our cookie, but not a header of its own. Named `CSRF_HEADER` in
 * `libs/api/core-http`.
 */
const CSRF_HEADERS = { 'X-KBDM-CSRF': '1' };

/** The accounts endpoints of `/api/v1`: registration, sessions and the signed-in person's profile. */
@Injectable({ providedIn: 'root' })
export class AuthClient {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  register(request: RegisterRequest): Observable<Profile> {
    return this.http.post<Profile>(`${this.baseUrl}${AUTH_PATH}register`, request);
  }

  // The refresh cookie is set and read on these; withCredentials lets it travel to another origin too.
  signIn(request: SignInRequest): Observable<Session> {
    return this.http.post<Session>(`${this.baseUrl}${AUTH_PATH}sign-in`, request, { withCredentials: true });
  }

  refresh(): Observable<Session> {
    return this.http.post<Session>(`${this.baseUrl}${AUTH_PATH}refresh`, null, {
      withCredentials: true,
      headers: CSRF_HEADERS,
    });
  }

  signOut(): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}${AUTH_PATH}sign-out`, null, {
      withCredentials: true,
      headers: CSRF_HEADERS,
    });
  }

  me(): Observable<Profile> {
    return this.http.get<Profile>(`${this.baseUrl}/api/v1/me`);
  }

  updateMe(request: UpdateProfileRequest): Observable<Profile> {
    return this.http.patch<Profile>(`${this.baseUrl}/api/v1/me`, request);
  }

  /** The caller's signed-in devices. */
  mySessions(): Observable<ActiveSession[]> {
    return this.http.get<ActiveSession[]>(`${this.baseUrl}/api/v1/me/sessions`);
  }

  /** Signs one of the caller's devices out. */
  endSession(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/api/v1/me/sessions/${encodeURIComponent(id)}`);
  }
}
