export { AccountsModule } from './lib/accounts.module';
export { Roles } from './lib/roles.decorator';
export { ARGON2_PARAMETERS, PasswordHasher } from './lib/password-hasher';
export { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './lib/refresh-token';
/** What administrators do to accounts; also behind the `create-admin` operator command. */
export { AdminUsersService } from './lib/admin-users.service';
export type { Actor } from './lib/admin-users.service';
