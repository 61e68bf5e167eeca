export { UserAccountEntity } from './lib/user-account.entity';
export { AuthSessionEntity } from './lib/auth-session.entity';
export { AuditEventEntity } from './lib/audit-event.entity';
export type { AuditDetails } from './lib/audit-event.entity';
export { UserAccountsRepository } from './lib/user-accounts.repository';
export type { NewUserAccount, ProfileChanges, UserAccountSearch } from './lib/user-accounts.repository';
export { AuthSessionsRepository } from './lib/auth-sessions.repository';
export type { LiveFamily } from './lib/auth-sessions.repository';
export type { NewAuthSession } from './lib/auth-sessions.repository';
export { AuditLogRepository } from './lib/audit-log.repository';
export type { AuditEventSearch, NewAuditEvent } from './lib/audit-log.repository';

/** Every entity of accounts, for `DatabaseModule.forRoot`. */
export { ACCOUNTS_ENTITIES } from './lib/accounts-entities';
