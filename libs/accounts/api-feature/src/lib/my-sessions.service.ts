import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, assertAccess, type OwnershipPolicy } from '@kbdm/api/core-auth';
import { AuditLogRepository, AuthSessionsRepository } from '@kbdm/accounts/api-data-access';
import type { ActiveSession } from '@kbdm/accounts/domain';
import type { RequestOrigin } from './request-origin';

/** A session is its owner's alone: administrators end other people's sessions through the admin API. */
const SESSION_POLICY: OwnershipPolicy = { kind: 'session' };

/** The caller's signed-in devices, and signing one of them out. */
@Injectable()
export class MySessionsService {
  constructor(
    private readonly sessions: AuthSessionsRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  async list(user: AuthenticatedUser): Promise<ActiveSession[]> {
    const families = await this.sessions.liveFamiliesOf(user.id, new Date());
    return families.map((f) => ({
      id: f.familyId,
      signedInAt: f.signedInAt.toISOString(),
      lastActiveAt: f.lastActiveAt.toISOString(),
      expiresAt: f.expiresAt.toISOString(),
      ip: f.ip,
      userAgent: f.userAgent,
    }));
  }

  /**
   * Signs one device out: its refresh token stops working (its access token lives out its few
   * minutes). Someone else's session id is answered like an unknown one.
   */
  async end(user: AuthenticatedUser, familyId: string, origin: RequestOrigin): Promise<void> {
    const ownerId = await this.sessions.ownerOfFamily(familyId);
    assertAccess(user, ownerId === null ? null : { id: familyId, ownerId }, SESSION_POLICY, familyId);
    const revokedSessions = await this.sessions.revokeFamily(familyId, new Date());
    await this.audit.record({
      actorId: user.id,
      action: 'session.ended',
      targetType: 'session',
      targetId: familyId,
      ip: origin.ip,
      details: { revokedSessions },
    });
  }
}
