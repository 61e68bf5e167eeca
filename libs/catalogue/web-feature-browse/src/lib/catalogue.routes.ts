import type { Route } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { OPPORTUNITY_LIST, PPP_PROJECT_LIST, PROGRAMME_LIST } from './list/catalogue-lists';
import { CatalogueListPage } from './list/catalogue-list-page';
import { CataloguePaginatorIntl } from './shared/catalogue-paginator-intl';

/** The catalogue lists and detail pages; the list's configuration reaches the page as an input. */
export const CATALOGUE_ROUTES: Route[] = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: CataloguePaginatorIntl }],
    children: [
      { path: 'opportunities', component: CatalogueListPage, data: { config: OPPORTUNITY_LIST } },
      {
        path: 'opportunities/:id',
        loadComponent: () => import('./detail/opportunity-detail-page').then((m) => m.OpportunityDetailPage),
      },
      { path: 'ppp-projects', component: CatalogueListPage, data: { config: PPP_PROJECT_LIST } },
      {
        path: 'ppp-projects/:id',
        loadComponent: () => import('./detail/ppp-project-detail-page').then((m) => m.PppProjectDetailPage),
      },
      { path: 'programmes', component: CatalogueListPage, data: { config: PROGRAMME_LIST } },
      {
        path: 'programmes/:id',
        loadComponent: () => import('./detail/programme-detail-page').then((m) => m.ProgrammeDetailPage),
      },
    ],
  },
];
