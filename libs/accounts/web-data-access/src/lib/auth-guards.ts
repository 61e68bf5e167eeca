import { inject } from '@angular/core';
import { type CanActivateFn, Router, type UrlTree } from '@angular/router';
import type { Role } from '@kbdm/accounts/domain';
import { AuthStore } from './auth-store';

async function signedInOrSignIn(store: AuthStore, router: Router, returnUrl: string): Promise<true | UrlTree> {
  // After a reload the session comes back from the cookie: wait for that before deciding.
  await store.restore();
  return store.signedIn() || router.createUrlTree(['/sign-in'], { queryParams: { returnUrl } });
}

/** Lets a signed-in person through; anyone else goes to /sign-in and comes back afterwards. */
export const signedIn: CanActivateFn = (_route, state) =>
  signedInOrSignIn(inject(AuthStore), inject(Router), state.url);

/** Lets through a signed-in person with one of the roles; others go to sign-in or the home page. */
export function hasRole(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    // inject() only works before the first await.
    const store = inject(AuthStore);
    const router = inject(Router);
    const signedInResult = await signedInOrSignIn(store, router, state.url);
    if (signedInResult !== true) return signedInResult;
    const role = store.role();
    return (role !== null && roles.includes(role)) || router.createUrlTree(['/']);
  };
}
