import { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  // The catalogue lists and their detail pages: /opportunities, /ppp-projects, /programmes.
  { path: '', loadChildren: () => import('@kbdm/catalogue/web-feature-browse').then((m) => m.CATALOGUE_ROUTES) },
  { path: '**', redirectTo: '' },
];
