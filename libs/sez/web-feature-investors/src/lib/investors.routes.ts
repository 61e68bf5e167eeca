import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Route } from '@angular/router';
import { hasRole, signedIn } from '@kbdm/accounts/web-data-access';
import { CataloguePaginatorIntl } from '@kbdm/catalogue/web-feature-browse';

/**
 * Mounted at `investors`: the landing page with the ranking (`/investors`), the compare view
 * (`/investors/compare?slots=…&ppp=…`), and the investor's own requests: the form
 * (`/investors/requests/new?kind=…&slot=…`), the list and one request.
 */
export const INVESTOR_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./landing/investor-landing-page').then((m) => m.InvestorLandingPage),
  },
  { path: 'compare', loadComponent: () => import('./compare/compare-page').then((m) => m.ComparePage) },
  {
    path: 'requests',
    canActivate: [signedIn],
    providers: [{ provide: MatPaginatorIntl, useClass: CataloguePaginatorIntl }],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./requests/request-list-page').then((m) => m.RequestListPage),
      },
      {
        path: 'new',
        canActivate: [hasRole('investor')],
        loadComponent: () => import('./request-form/request-form-page').then((m) => m.RequestFormPage),
      },
      { path: ':id', loadComponent: () => import('./request/request-page').then((m) => m.InvestorRequestPage) },
    ],
  },
];

/** Mounted at `officer/investor-requests`: the zone officers' queue and one request (officers and administrators). */
export const OFFICER_INVESTOR_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [signedIn, hasRole('officer', 'admin')],
    providers: [{ provide: MatPaginatorIntl, useClass: CataloguePaginatorIntl }],
    data: { officer: true },
    children: [
      {
        path: '',
        pathMatch: 'full',
        data: { officer: true },
        loadComponent: () => import('./requests/request-list-page').then((m) => m.RequestListPage),
      },
      {
        path: ':id',
        data: { officer: true },
        loadComponent: () => import('./request/request-page').then((m) => m.InvestorRequestPage),
      },
    ],
  },
];
