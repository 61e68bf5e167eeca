import { Injectable } from '@nestjs/common';
import { InvalidInputException, ItemNotFoundException } from '@kbdm/api/core-errors';
import {
  AuditLogRepository,
  AuthSessionsRepository,
  UserAccountEntity,
  UserAccountsRepository,
} from '@kbdm/accounts/api-data-access';
import {
  type AdminUser,
  type ChangeRoleRequest,
  type CreateAccountRequest,
  type Role,
  normaliseEmail,
  passwordProblem,
} from '@kbdm/accounts/domain';
import { DEFAULT_PAGE_SIZE, type Page } from '@kbdm/shared/domain';
import { EmailTakenException, OwnAdminAccountException, violatedConstraint } from './accounts.exceptions';
import { toAdminUser } from './mappers';
import { PasswordHasher } from './password-hasher';

/** Who does an administrative act: an administrator through the API, or the operator's command (no id, no IP). */
export type Actor = { id: string | null; ip: string | null };

/** What administrators do to accounts; every change lands in the audit log with actor, target, IP and reason. */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly accounts: UserAccountsRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly audit: AuditLogRepository,
    private readonly passwords: PasswordHasher,
  ) {}

  async list(query: { q?: string; role?: Role; page?: number; pageSize?: number }): Promise<Page<AdminUser>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const [accounts, total] = await this.accounts.search({ q: query.q, role: query.role, page, pageSize });
    return { items: accounts.map(toAdminUser), total, page, pageSize };
  }

  /**
   * Appoints an officer or an administrator with a password the appointer chose. The API and the
   * `create-admin` command both come here, so the policy and the audit are the same for both.
   */
  async create(request: CreateAccountRequest, actor: Actor): Promise<AdminUser> {
    const email = normaliseEmail(request.email);
    const problem = passwordProblem(request.password);
    if (problem) throw InvalidInputException.field('password', `password ${problem}`);
    if (await this.accounts.emailTaken(email)) throw new EmailTakenException();
    let account: UserAccountEntity;
    try {
      account = await this.accounts.create({
        email,
        passwordHash: await this.passwords.hash(request.password),
        role: request.role,
        fullName: request.fullName,
        phone: null,
        districtId: null,
      });
    } catch (error) {
      if (violatedConstraint(error) === 'uq_user_account_email') throw new EmailTakenException();
      throw error;
    }
    await this.audit.record({
      actorId: actor.id,
      action: 'account.created',
      targetType: 'user_account',
      targetId: account.id,
      ip: actor.ip,
      details: { role: account.role, via: actor.id ? 'api' : 'command' },
    });
    return toAdminUser(account);
  }

  async changeRole(actor: Actor, targetId: string, request: ChangeRoleRequest): Promise<AdminUser> {
    const account = await this.accountOrThrow(targetId);
    if (account.role === request.role) return toAdminUser(account);
    // Only an administrator changes roles, and never their own: at least one administrator always remains.
    if (account.id === actor.id && account.role === 'admin')
      throw new OwnAdminAccountException('remove the administrator role from');
    await this.accounts.changeRole(account.id, request.role);
    await this.record(actor, 'account.role_changed', account.id, {
      from: account.role,
      to: request.role,
      reason: request.reason,
    });
    return toAdminUser(await this.accountOrThrow(account.id));
  }

  /** Deactivates the account and ends its sessions: it can neither sign in nor refresh. */
  async deactivate(actor: Actor, targetId: string, reason: string, now = new Date()): Promise<AdminUser> {
    const account = await this.accountOrThrow(targetId);
    if (account.id === actor.id) throw new OwnAdminAccountException('deactivate');
    if (account.deactivatedAt) return toAdminUser(account);
    await this.accounts.setDeactivatedAt(account.id, now);
    const revokedSessions = await this.sessions.revokeAllOfUser(account.id, now);
    await this.record(actor, 'account.deactivated', account.id, { reason, revokedSessions });
    return toAdminUser(await this.accountOrThrow(account.id));
  }

  async reactivate(actor: Actor, targetId: string, reason: string | undefined): Promise<AdminUser> {
    const account = await this.accountOrThrow(targetId);
    if (!account.deactivatedAt) return toAdminUser(account);
    await this.accounts.setDeactivatedAt(account.id, null);
    await this.record(actor, 'account.reactivated', account.id, { reason: reason ?? null });
    return toAdminUser(await this.accountOrThrow(account.id));
  }

  /** Ends every refresh-token family of the account; access tokens already out live their last minutes. */
  async revokeSessions(actor: Actor, targetId: string, reason: string | undefined, now = new Date()): Promise<number> {
    const account = await this.accountOrThrow(targetId);
    const revokedSessions = await this.sessions.revokeAllOfUser(account.id, now);
    await this.record(actor, 'sessions.revoked', account.id, { reason: reason ?? null, revokedSessions });
    return revokedSessions;
  }

  private async accountOrThrow(id: string): Promise<UserAccountEntity> {
    const account = await this.accounts.findById(id);
    if (!account) throw new ItemNotFoundException('user_account', id);
    return account;
  }

  private record(
    actor: Actor,
    action: 'account.role_changed' | 'account.deactivated' | 'account.reactivated' | 'sessions.revoked',
    targetId: string,
    details: Record<string, string | number | null>,
  ): Promise<void> {
    return this.audit.record({
      actorId: actor.id,
      action,
      targetType: 'user_account',
      targetId,
      ip: actor.ip,
      details,
    });
  }
}
