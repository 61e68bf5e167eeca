import { AuditEventEntity } from './audit-event.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { UserAccountEntity } from './user-account.entity';

export const ACCOUNTS_ENTITIES = [UserAccountEntity, AuthSessionEntity, AuditEventEntity];
