import type { Route } from '@angular/router';

/** `/start` (the questionnaire) and `/start/results/:id` (an assessment anyone with the link can open). */
export const ONBOARDING_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./questionnaire/questionnaire-page').then((m) => m.QuestionnairePage),
  },
  {
    path: 'results/:id',
    loadComponent: () => import('./results/results-page').then((m) => m.ResultsPage),
  },
];
