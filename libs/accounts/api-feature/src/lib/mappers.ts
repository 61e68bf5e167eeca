import type { AuditEventEntity, UserAccountEntity } from '@kbdm/accounts/api-data-access';
import type { AdminUser, AuditEventView, Business, Profile } from '@kbdm/accounts/domain';

/** The business on an account, or null: the migration keeps the five columns all set or all null. */
export function businessOf(account: UserAccountEntity): Business | null {
  const { businessName, businessBinIin, businessLegalForm, businessOkedCode, businessSize } = account;
  if (
    businessName === null ||
    businessBinIin === null ||
    businessLegalForm === null ||
    businessOkedCode === null ||
    businessSize === null
  ) {
    return null;
  }
  return {
    name: businessName,
    binIin: businessBinIin,
    legalForm: businessLegalForm,
    okedCode: businessOkedCode,
    size: businessSize,
  };
}

export function toProfile(account: UserAccountEntity): Profile {
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    fullName: account.fullName,
    phone: account.phone,
    districtId: account.districtId,
    business: businessOf(account),
    createdAt: account.createdAt.toISOString(),
  };
}

export function toAdminUser(account: UserAccountEntity): AdminUser {
  return {
    ...toProfile(account),
    deactivatedAt: account.deactivatedAt?.toISOString() ?? null,
    lastSignInAt: account.lastSignInAt?.toISOString() ?? null,
  };
}

export function toAuditEventView(event: AuditEventEntity): AuditEventView {
  return {
    id: event.id,
    at: event.createdAt.toISOString(),
    actorId: event.actorId,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    ip: event.ip,
    details: event.details,
  };
}
