/** Accounts in the browser: the API client, who is signed in (signals), the bearer interceptor and the guards. */
export { AdminUsersClient } from './lib/admin-users-client';
export type { AdminUsersFilter, AuditEventsFilter } from './lib/admin-users-client';
export { AUTH_PATH, AuthClient } from './lib/auth-client';
export { hasRole, signedIn } from './lib/auth-guards';
export { authInterceptor } from './lib/auth-interceptor';
export { AuthStore, SESSION_HINT_KEY } from './lib/auth-store';
export { DistrictOptions } from './lib/district-options';
export type { DistrictOption } from './lib/district-options';
export { provideAuth } from './lib/provide-auth';
