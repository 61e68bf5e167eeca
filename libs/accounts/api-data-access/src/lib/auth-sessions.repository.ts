import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AuthSessionEntity } from './auth-session.entity';

export type NewAuthSession = {
  userId: string;
  familyId: string;
  tokenHash: string;
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
