import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { AUTH_PATH } from './auth-client';
import { AuthStore } from './auth-store';

function withBearer(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Sends the access token with every API request. When the API answers 401 outside the auth
 * endpoints (the token has expired), refreshes once and sends the request again once; when the
 * refresh fails too, the session is over and the 401 goes on to the caller.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const baseUrl = inject(API_BASE_URL);
  const store = inject(AuthStore);
  if (!request.url.startsWith(`${baseUrl}/api/`)) return next(request);
  if (request.url.startsWith(`${baseUrl}${AUTH_PATH}`)) return next(request);

  return next(withBearer(request, store.accessToken())).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      return from(store.refresh()).pipe(
        switchMap((refreshed) =>
          refreshed ? next(withBearer(request, store.accessToken())) : throwError(() => error),
        ),
      );
    }),
  );
};
