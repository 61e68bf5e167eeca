import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { authInterceptor, provideAuth } from '@kbdm/accounts/web-data-access';
import { appRoutes } from './app.routes';
import { API_BASE_URL } from '@kbdm/shared/web-core';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    // XMLHttpRequest rather than fetch: only it reports upload progress (the application documents' bars).
    provideHttpClient(withInterceptors([authInterceptor])),
    // Brings back the session of the refresh cookie after a reload.
    provideAuth(),
    // Same origin: the API serves this app, and the dev server proxies /api to it.
    { provide: API_BASE_URL, useValue: '' },
  ],
};
