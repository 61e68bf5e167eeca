import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Route } from '@angular/router';
import { hasRole } from '@kbdm/accounts/web-data-access';
import { CataloguePaginatorIntl } from '@kbdm/catalogue/web-feature-browse';

/** Where the app mounts these routes: the pages link to each other across the two. */
export const ADMIN_PATHS = {
  opportunities: '/admin/catalogue/opportunities',
  imports: '/admin/imports',
} as const;

const paginator = { provide: MatPaginatorIntl, useClass: CataloguePaginatorIntl };

/**
 * Mounted at `admin/catalogue`: the opportunities list (`/admin/catalogue/opportunities`), a new
 * one (`…/new`) and one to edit (`…/:id`); administrators only.
 */
export const CATALOGUE_ADMIN_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [hasRole('admin')],
    providers: [paginator],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'opportunities' },
      {
        path: 'opportunities',
        children: [
          {
            path: '',
            pathMatch: 'full',
            loadComponent: () => import('./opportunities/opportunity-list-page').then((m) => m.OpportunityListPage),
          },
          {
            path: 'new',
            loadComponent: () => import('./opportunities/opportunity-form-page').then((m) => m.OpportunityFormPage),
          },
          {
            path: ':id',
            loadComponent: () => import('./opportunities/opportunity-form-page').then((m) => m.OpportunityFormPage),
          },
        ],
      },
    ],
  },
];

/**
 * Mounted at `admin/imports`: the upload form with the earlier imports (`/admin/imports`) and one
 * import's progress, preview and decision (`/admin/imports/:id`); administrators only.
 */
export const IMPORT_ADMIN_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [hasRole('admin')],
    providers: [paginator],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./imports/import-upload-page').then((m) => m.ImportUploadPage),
      },
      { path: ':id', loadComponent: () => import('./imports/import-job-page').then((m) => m.ImportJobPage) },
    ],
  },
];
