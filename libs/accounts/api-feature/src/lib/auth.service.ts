import { Inject, Injectable } from '@nestjs/common';
import { authConfig, type AuthConfig } from '@kbdm/api/core-config';
import { AccessTokenService } from '@kbdm/api/core-auth';
import { InvalidInputException } from '@kbdm/api/core-errors';
import {
  AuditLogRepository,
  AuthSessionsRepository,
  UserAccountEntity,
  UserAccountsRepository,
} from '@kbdm/accounts/api-data-access';
import {
  type Profile,
  type RegisterRequest,
  type Session,
  type SignInRequest,
  normaliseEmail,
  passwordProblem,
} from '@kbdm/accounts/domain';
import { randomUUID } from 'node:crypto';
import {
  EmailTakenException,
  InvalidCredentialsException,
  InvalidRefreshTokenException,
  SignInDelayedException,
  violatedConstraint,
} from './accounts.exceptions';
import { toProfile } from './mappers';
import { PasswordHasher } from './password-hasher';
import { newRefreshToken, refreshTokenHash } from './refresh-token';
import type { RequestOrigin } from './request-origin';
import { signInDelaySeconds } from './sign-in-delay';

/** A session's answer with the refresh token the controller puts in the cookie. */
export type IssuedSession = { session: Session; refreshToken: string };

/** Registration, sign-in, refresh-token rotation and sign-out. */
@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: UserAccountsRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly audit: AuditLogRepository,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  async register(request: RegisterRequest, origin: RequestOrigin): Promise<Profile> {
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
        phone: request.phone ?? null,
        districtId: request.districtId ?? null,
      });
    } catch (error) {
      // Two registrations racing for one e-mail: the unique index decides.
      if (violatedConstraint(error) === 'uq_user_account_email') throw new EmailTakenException();
      if (violatedConstraint(error) === 'fk_user_account_district')
        throw InvalidInputException.field('districtId', 'districtId names no district');
      throw error;
    }
    await this.audit.record({
      actorId: account.id,
      action: 'account.registered',
      targetType: 'user_account',
      targetId: account.id,
      ip: origin.ip,
      details: { role: account.role },
    });
    return toProfile(account);
  }

  async signIn(request: SignInRequest, origin: RequestOrigin, now = new Date()): Promise<IssuedSession> {
    const email = normaliseEmail(request.email);
    const account = await this.accounts.findForSignIn(email);
    if (!account) {
      await this.passwords.spendVerifyTime(request.password);
      await this.audit.record({
        actorId: null,
        action: 'sign_in.failed',
        targetType: 'user_account',
        ip: origin.ip,
        details: { email, reason: 'unknown_email' },
      });
      throw new InvalidCredentialsException();
    }
    if (account.signInNotBefore && account.signInNotBefore > now) {
      // Refused without looking at the password, or the delay would not slow a guesser at all.
      throw new SignInDelayedException(Math.ceil((account.signInNotBefore.getTime() - now.getTime()) / 1000));
    }
    const passwordOk = await this.passwords.verify(account.passwordHash, request.password);
    if (!passwordOk || account.deactivatedAt) {
      const failures = passwordOk ? account.failedSignIns : await this.accounts.countFailedSignIn(account.id);
      const delay = signInDelaySeconds(failures);
      if (delay > 0) await this.accounts.delaySignIn(account.id, new Date(now.getTime() + delay * 1000));
      await this.audit.record({
        actorId: null,
        action: 'sign_in.failed',
        targetType: 'user_account',
        targetId: account.id,
        ip: origin.ip,
        details: { reason: passwordOk ? 'deactivated' : 'wrong_password', failures, delaySeconds: delay },
      });
      throw new InvalidCredentialsException();
    }
    await this.accounts.recordSignIn(account.id, now);
    if (this.passwords.isOutdated(account.passwordHash)) {
      await this.accounts.updatePasswordHash(account.id, await this.passwords.hash(request.password));
    }
    const refreshToken = await this.startSession(account.id, randomUUID(), origin, now);
    await this.audit.record({
      actorId: account.id,
      action: 'sign_in.succeeded',
      targetType: 'user_account',
      targetId: account.id,
      ip: origin.ip,
    });
    return { session: this.sessionOf(account), refreshToken };
  }

  /** Swaps a live refresh token for a new one; a spent one revokes its whole family. */
  async refresh(refreshToken: string | undefined, origin: RequestOrigin, now = new Date()): Promise<IssuedSession> {
    if (!refreshToken) throw new InvalidRefreshTokenException();
    const current = await this.sessions.findByTokenHash(refreshTokenHash(refreshToken));
    if (!current) throw new InvalidRefreshTokenException();
    if (current.revokedAt) {
      if (current.replacedBy) await this.reuseDetected(current.familyId, current.userId, origin, now);
      throw new InvalidRefreshTokenException();
    }
    if (current.expiresAt <= now) throw new InvalidRefreshTokenException();
    const account = await this.accounts.findById(current.userId);
    if (!account || account.deactivatedAt) {
      await this.sessions.revokeFamily(current.familyId, now);
      throw new InvalidRefreshTokenException();
    }
    const next = newRefreshToken();
    const rotated = await this.sessions.rotate(
      current.id,
      this.newSession(account.id, current.familyId, next, origin, now),
      now,
    );
    if (!rotated) {
      // Another request spent this token a moment ago: the same as presenting a spent one.
      await this.reuseDetected(current.familyId, current.userId, origin, now);
      throw new InvalidRefreshTokenException();
    }
    return { session: this.sessionOf(account), refreshToken: next };
  }

  /** Ends the session family the refresh token belongs to; unknown tokens are quietly ignored. */
  async signOut(refreshToken: string | undefined, origin: RequestOrigin, now = new Date()): Promise<void> {
    if (!refreshToken) return;
    const current = await this.sessions.findByTokenHash(refreshTokenHash(refreshToken));
    if (!current) return;
    const revoked = await this.sessions.revokeFamily(current.familyId, now);
    if (revoked > 0) {
      await this.audit.record({
        actorId: current.userId,
        action: 'sign_out',
        targetType: 'auth_session',
        targetId: current.familyId,
        ip: origin.ip,
      });
    }
  }

  private async reuseDetected(familyId: string, userId: string, origin: RequestOrigin, now: Date): Promise<void> {
    const revoked = await this.sessions.revokeFamily(familyId, now);
    await this.audit.record({
      actorId: null,
      action: 'session.reuse_detected',
      targetType: 'auth_session',
      targetId: familyId,
      ip: origin.ip,
      details: { userId, revokedSessions: revoked, userAgent: origin.userAgent },
    });
  }

  private async startSession(userId: string, familyId: string, origin: RequestOrigin, now: Date): Promise<string> {
    const token = newRefreshToken();
    await this.sessions.create(this.newSession(userId, familyId, token, origin, now));
    return token;
  }

  private newSession(userId: string, familyId: string, token: string, origin: RequestOrigin, now: Date) {
    return {
      userId,
      familyId,
      tokenHash: refreshTokenHash(token),
      expiresAt: new Date(now.getTime() + this.config.refreshTokenTtlSeconds * 1000),
      ip: origin.ip,
      userAgent: origin.userAgent,
    };
  }

  private sessionOf(account: UserAccountEntity): Session {
    return {
      accessToken: this.accessTokens.sign({ id: account.id, role: account.role }),
      tokenType: 'Bearer',
      expiresIn: this.accessTokens.ttlSeconds,
      user: toProfile(account),
    };
  }
}
