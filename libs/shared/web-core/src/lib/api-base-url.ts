import { InjectionToken } from '@angular/core';

/**
 * Origin of the API, without a trailing slash. Empty by default: the API serves the web app,
 * and in development the dev server proxies `/api` to it (apps/web/proxy.conf.json).
 */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '',
});
