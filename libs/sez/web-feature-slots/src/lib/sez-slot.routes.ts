import type { Route } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { CatalogueListPage, CataloguePaginatorIntl } from '@kbdm/catalogue/web-feature-browse';
import { SEZ_SLOT_LIST } from './sez-slot-list';

/** Mounted at `sez-slots`: the list (configured through route data) and one slot by id. */
export const SEZ_SLOT_ROUTES: Route[] = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: CataloguePaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', component: CatalogueListPage, data: { config: SEZ_SLOT_LIST } },
      { path: ':id', loadComponent: () => import('./sez-slot-detail-page').then((m) => m.SezSlotDetailPage) },
    ],
  },
];
