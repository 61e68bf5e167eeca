import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Route } from '@angular/router';
import { hasRole, signedIn } from '@kbdm/accounts/web-data-access';
import { ApplicationsPaginatorIntl } from '@kbdm/applications/web-data-access';

/**
 * `/applications` (the signed-in person's applications), `/applications/new?kind=&id=` (starts a
 * draft; entrepreneurs and investors) and `/applications/:id`. Anyone signed out goes to sign-in
 * and comes back to the same address.
 */
export const APPLY_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [signedIn],
    providers: [{ provide: MatPaginatorIntl, useClass: ApplicationsPaginatorIntl }],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./my-applications/my-applications-page').then((m) => m.MyApplicationsPage),
      },
      {
        path: 'new',
        canActivate: [hasRole('entrepreneur', 'investor')],
        loadComponent: () => import('./new-application/new-application-page').then((m) => m.NewApplicationPage),
      },
      {
        path: ':id',
        loadComponent: () => import('./application/application-page').then((m) => m.ApplicationPage),
      },
    ],
  },
];
