import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Route } from '@angular/router';
import { hasRole } from '@kbdm/accounts/web-data-access';
import type { AdminCatalogue } from '@kbdm/catalogue/domain';
import { CataloguePaginatorIntl } from '@kbdm/catalogue/web-feature-browse';

/** Where the app mounts these routes: the pages link to each other across the two. */
export const ADMIN_PATHS = {
  opportunities: '/admin/catalogue/opportunities',
  'ppp-projects': '/admin/catalogue/ppp-projects',
  imports: '/admin/imports',
} as const satisfies Record<AdminCatalogue | 'imports', string>;

const paginator = { provide: MatPaginatorIntl, useClass: CataloguePaginatorIntl };

/** One catalogue's list (its name in the route's data, bound to the page's input), a new item and one to edit. */
function catalogueRoutes(catalogue: AdminCatalogue, form: Route['loadComponent']): Route {
  return {
    path: catalogue,
    children: [
      {
        path: '',
        pathMatch: 'full',
        data: { catalogue },
        loadComponent: () => import('./items/catalogue-list-page').then((m) => m.CatalogueListPage),
      },
      { path: 'new', loadComponent: form },
      { path: ':id', loadComponent: form },
    ],
  };
}

/**
 * Mounted at `admin/catalogue`: each catalogue's list (`/admin/catalogue/opportunities`,
 * `/admin/catalogue/ppp-projects`), a new item (`…/new`) and one to edit (`…/:id`); administrators only.
 */
export const CATALOGUE_ADMIN_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [hasRole('admin')],
    providers: [paginator],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'opportunities' },
      catalogueRoutes('opportunities', () =>
        import('./opportunities/opportunity-form-page').then((m) => m.OpportunityFormPage),
      ),
      catalogueRoutes('ppp-projects', () =>
        import('./ppp-projects/ppp-project-form-page').then((m) => m.PppProjectFormPage),
      ),
    ],
  },
];

/**
 * Mounted at `admin/imports`: the upload form with the earlier imports (`/admin/imports`, the
 * catalogue chosen by `?catalogue=`) and one import's progress, preview and decision
 * (`/admin/imports/:id`); administrators only.
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
