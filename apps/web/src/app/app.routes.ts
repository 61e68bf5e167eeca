import { Route } from '@angular/router';
import { hasRole, signedIn } from '@kbdm/accounts/web-data-access';

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  // The catalogue lists and their detail pages: /opportunities, /ppp-projects, /programmes.
  { path: '', loadChildren: () => import('@kbdm/catalogue/web-feature-browse').then((m) => m.CATALOGUE_ROUTES) },
  // The SEZ's anchor slots (land plots) and one slot: /sez-slots, /sez-slots/:id.
  { path: 'sez-slots', loadChildren: () => import('@kbdm/sez/web-feature-slots').then((m) => m.SEZ_SLOT_ROUTES) },
  // Investors: the ranking, the compare view and their requests: /investors, /investors/compare, /investors/requests.
  { path: 'investors', loadChildren: () => import('@kbdm/sez/web-feature-investors').then((m) => m.INVESTOR_ROUTES) },
  // The zone officers' queue of investors' requests: /officer/investor-requests (officers and administrators).
  {
    path: 'officer/investor-requests',
    loadChildren: () => import('@kbdm/sez/web-feature-investors').then((m) => m.OFFICER_INVESTOR_ROUTES),
  },
  // Accounts: /sign-in, /register and the signed-in person's /account.
  { path: '', loadChildren: () => import('@kbdm/accounts/web-feature-auth').then((m) => m.ACCOUNT_ROUTES) },
  // Every public catalogue to download as CSV and GeoJSON: /open-data.
  { path: 'open-data', loadComponent: () => import('./open-data/open-data-page').then((m) => m.OpenDataPage) },
  // One search across the catalogues: /search?q=.
  { path: 'search', loadComponent: () => import('./search/search-page').then((m) => m.SearchPage) },
  // The map of the region with the catalogues' layers: /map.
  { path: 'map', loadChildren: () => import('@kbdm/map/web-feature-map').then((m) => m.MAP_ROUTES) },
  // The catalogues' administration: /admin/catalogue/opportunities and /admin/imports (administrators only),
  // before `admin` so that they match first.
  {
    path: 'admin/catalogue',
    loadChildren: () => import('@kbdm/catalogue/web-feature-admin').then((m) => m.CATALOGUE_ADMIN_ROUTES),
  },
  {
    path: 'admin/imports',
    loadChildren: () => import('@kbdm/catalogue/web-feature-admin').then((m) => m.IMPORT_ADMIN_ROUTES),
  },
  // Administration: /admin/users (administrators only).
  { path: 'admin', loadChildren: () => import('@kbdm/accounts/web-feature-admin').then((m) => m.ADMIN_ROUTES) },
  // Onboarding: the questionnaire at /start and its results at /start/results/:id.
  {
    path: 'start',
    loadChildren: () => import('@kbdm/onboarding/web-feature-questionnaire').then((m) => m.ONBOARDING_ROUTES),
  },
  // Applications: the signed-in person's /applications, a new draft and one application.
  {
    path: 'applications',
    loadChildren: () => import('@kbdm/applications/web-feature-apply').then((m) => m.APPLY_ROUTES),
  },
  // The officers' queue of applications and the review of one: /officer/applications (officers and administrators).
  {
    path: 'officer/applications',
    loadChildren: () => import('@kbdm/applications/web-feature-review').then((m) => m.REVIEW_ROUTES),
  },
  // The officers' and administrators' dashboard of charts: /officer/dashboard.
  {
    path: 'officer/dashboard',
    canActivate: [signedIn, hasRole('officer', 'admin')],
    loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
  },
  // The programme officers' onboarding demand figures: /officer/demand (officers and administrators).
  {
    path: 'officer',
    loadChildren: () => import('@kbdm/onboarding/web-feature-questionnaire').then((m) => m.DEMAND_ROUTES),
  },
  { path: '**', redirectTo: '' },
];
