import type { Route } from '@angular/router';
import { signedIn } from '@kbdm/accounts/web-data-access';

/** `/sign-in`, `/register` and the guarded `/account`; lazy-loaded from the app's routes. */
export const ACCOUNT_ROUTES: Route[] = [
  { path: 'sign-in', loadComponent: () => import('./sign-in-page').then((m) => m.SignInPage) },
  { path: 'register', loadComponent: () => import('./register-page').then((m) => m.RegisterPage) },
  {
    path: 'account',
    canActivate: [signedIn],
    loadComponent: () => import('./account-page').then((m) => m.AccountPage),
  },
];
