import type { Route } from '@angular/router';

/** `/map`; lazy-loaded from the app's routes. */
export const MAP_ROUTES: Route[] = [{ path: '', loadComponent: () => import('./map-page').then((m) => m.MapPage) }];
