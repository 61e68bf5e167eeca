import { Injectable } from '@nestjs/common';
import { UnauthenticatedException } from '@kbdm/api/core-auth';
import { InvalidInputException } from '@kbdm/api/core-errors';
import {
  AuditLogRepository,
  type ProfileChanges,
  UserAccountEntity,
  UserAccountsRepository,
} from '@kbdm/accounts/api-data-access';
import {
  type Business,
  type Profile,
  type Role,
  SELF_REGISTERED_ROLES,
  type UpdateProfileRequest,
} from '@kbdm/accounts/domain';
import { violatedConstraint } from './accounts.exceptions';
import { toProfile } from './mappers';
import type { RequestOrigin } from './request-origin';

/** The issue keeps a business only for the people who run or fund one. */
const BUSINESS_ROLES: readonly Role[] = SELF_REGISTERED_ROLES;

function businessColumns(business: Business | null): ProfileChanges {
  return {
    businessName: business?.name ?? null,
    businessBinIin: business?.binIin ?? null,
    businessLegalForm: business?.legalForm ?? null,
    businessOkedCode: business?.okedCode ?? null,
    businessSize: business?.size ?? null,
  };
}

/** The signed-in person's own profile: read it and change it. Nobody reaches another's through here. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly accounts: UserAccountsRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  async profile(userId: string): Promise<Profile> {
    return toProfile(await this.activeAccount(userId));
  }

  async update(userId: string, request: UpdateProfileRequest, origin: RequestOrigin): Promise<Profile> {
    const account = await this.activeAccount(userId);
    const changes: ProfileChanges = {};
    if (request.fullName !== undefined) changes.fullName = request.fullName;
    if (request.phone !== undefined) changes.phone = request.phone;
    if (request.districtId !== undefined) changes.districtId = request.districtId;
    if (request.business !== undefined) {
      if (request.business !== null && !BUSINESS_ROLES.includes(account.role)) {
        throw InvalidInputException.field('business', 'is kept only for entrepreneurs and investors');
      }
      Object.assign(changes, businessColumns(request.business));
    }
    try {
      await this.accounts.updateProfile(userId, changes);
    } catch (error) {
      if (violatedConstraint(error) === 'fk_user_account_district')
        throw InvalidInputException.field('districtId', 'names no district');
      throw error;
    }
    const fields = (['fullName', 'phone', 'districtId', 'business'] as const).filter(
      (field) => request[field] !== undefined,
    );
    if (fields.length > 0) {
      await this.audit.record({
        actorId: userId,
        action: 'profile.updated',
        targetType: 'user_account',
        targetId: userId,
        ip: origin.ip,
        details: { fields: fields.join(',') },
      });
    }
    return toProfile(await this.activeAccount(userId));
  }

  private async activeAccount(userId: string): Promise<UserAccountEntity> {
    const account = await this.accounts.findById(userId);
    if (!account || account.deactivatedAt)
      throw new UnauthenticatedException('The account no longer exists or is deactivated.');
    return account;
  }
}
