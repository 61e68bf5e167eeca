/** Routed pages for browsing the catalogues: lists with filters in the URL, and detail pages. */
export { CATALOGUE_ROUTES } from './lib/catalogue.routes';
export { CatalogueListPage } from './lib/list/catalogue-list-page';
export { defineList } from './lib/list/list-config';
export type { CardFigure, CardItem, CatalogueListConfig, CatalogueStrings, FilterField } from './lib/list/list-config';
export { BackLink } from './lib/shared/back-link';
export { CataloguePaginatorIntl } from './lib/shared/catalogue-paginator-intl';
export { Localized } from './lib/shared/localized';
export { ProblemNote } from './lib/shared/problem-note';
export { PlaceSection } from './lib/shared/place-section';
export { ProvenanceNote } from './lib/shared/provenance-note';
export { RelatedItems } from './lib/shared/related-items';
