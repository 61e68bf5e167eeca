import type { Route } from '@angular/router';
import { hasRole } from '@kbdm/accounts/web-data-access';

/** `/officer/demand`: the onboarding's demand figures, for programme officers and administrators only. */
export const DEMAND_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [hasRole('officer', 'admin')],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'demand' },
      { path: 'demand', loadComponent: () => import('./demand-page').then((m) => m.DemandPage) },
    ],
  },
];
