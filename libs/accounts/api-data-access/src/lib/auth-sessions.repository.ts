import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import { AuthSessionEntity } from './auth-session.entity';

export type NewAuthSession = {
  userId: string;
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
};

/** One signed-in device: a family's live token and when the family began. */
export type LiveFamily = {
  familyId: string;
  signedInAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
};

/** Refresh-token sessions: issue, rotate once, revoke a family. */
@Injectable()
export class AuthSessionsRepository {
  constructor(
    @InjectRepository(AuthSessionEntity) private readonly sessions: Repository<AuthSessionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(session: NewAuthSession): Promise<void> {
    await this.sessions.insert(session);
  }

  findByTokenHash(tokenHash: string): Promise<AuthSessionEntity | null> {
    return this.sessions.findOneBy({ tokenHash });
  }

  /**
   * Replaces `currentId` with a new session of its family, if nobody did first: two refreshes
   * racing with one token leave exactly one winner. Returns false for the loser.
   */
  rotate(currentId: string, next: NewAuthSession, at: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(AuthSessionEntity, next);
      const result = await manager.update(
        AuthSessionEntity,
        { id: currentId, revokedAt: IsNull() },
        { revokedAt: at, replacedBy: identifiers[0]['id'] as string },
      );
      if (result.affected !== 1) {
        await manager.delete(AuthSessionEntity, { id: identifiers[0]['id'] as string });
        return false;
      }
      return true;
    });
  }

  /**
   * The user's signed-in devices: each family's live token (one at most: a refresh replaces it),
   * with the time its family began. Newest activity first.
   */
  async liveFamiliesOf(userId: string, now: Date): Promise<LiveFamily[]> {
    const live = await this.sessions.find({
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { createdAt: 'DESC' },
    });
    if (live.length === 0) return [];
    const starts = await this.sessions
      .createQueryBuilder('s')
      .select('s.familyId', 'familyId')
      .addSelect('MIN(s.createdAt)', 'signedInAt')
      .where('s.familyId IN (:...families)', { families: live.map((s) => s.familyId) })
      .groupBy('s.familyId')
      .getRawMany<{ familyId: string; signedInAt: Date }>();
    const startOf = new Map(starts.map((s) => [s.familyId, new Date(s.signedInAt)]));
    return live.map((s) => ({
      familyId: s.familyId,
      signedInAt: startOf.get(s.familyId) ?? s.createdAt,
      lastActiveAt: s.createdAt,
      expiresAt: s.expiresAt,
      ip: s.ip,
      userAgent: s.userAgent,
    }));
  }

  /** Whose sign-in began the family, or null if there is no such family. */
  async ownerOfFamily(familyId: string): Promise<string | null> {
    const session = await this.sessions.findOne({ where: { familyId }, select: { userId: true } });
    return session?.userId ?? null;
  }

  /** Ends every live session of every family of the user; returns how many. */
  async revokeAllOfUser(userId: string, at: Date): Promise<number> {
    const result = await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: at });
    return result.affected ?? 0;
  }

  /** Ends every live session of the family; returns how many. */
  async revokeFamily(familyId: string, at: Date): Promise<number> {
    const result = await this.sessions.update({ familyId, revokedAt: IsNull() }, { revokedAt: at });
    return result.affected ?? 0;
  }
}
