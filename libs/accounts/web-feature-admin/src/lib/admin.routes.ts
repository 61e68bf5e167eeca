import type { Route } from '@angular/router';
import { hasRole } from '@kbdm/accounts/web-data-access';

/** `/admin/…`, for administrators only; lazy-loaded from the app's routes. */
export const ADMIN_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [hasRole('admin')],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      { path: 'users', loadComponent: () => import('./people-page').then((m) => m.PeoplePage) },
      { path: 'audit', loadComponent: () => import('./audit-log-page').then((m) => m.AuditLogPage) },
    ],
  },
];
