import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Route } from '@angular/router';
import { hasRole } from '@kbdm/accounts/web-data-access';
import { ApplicationsPaginatorIntl } from '@kbdm/applications/web-data-access';

/** `/officer/applications` (the queue) and `/officer/applications/:id` (one application), for officers and administrators. */
export const REVIEW_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [hasRole('officer', 'admin')],
    providers: [{ provide: MatPaginatorIntl, useClass: ApplicationsPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./queue/queue-page').then((m) => m.QueuePage) },
      { path: ':id', loadComponent: () => import('./review/review-page').then((m) => m.ReviewPage) },
    ],
  },
];
