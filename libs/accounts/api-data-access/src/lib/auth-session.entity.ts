import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccountEntity } from './user-account.entity';

/**
 * One refresh token. Each refresh replaces the row with a new one of the same family; a token
 * presented after it was replaced is a stolen copy, and revokes the whole family.
 */
@Entity('auth_session')
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_auth_session_user')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_auth_session_user' })
  user?: UserAccountEntity;

  /** Every token descended from one sign-in. */
  @Index('ix_auth_session_family')
  @Column({ type: 'uuid' })
  familyId!: string;

  /** SHA-256 of the token, hex; the token itself is never stored. */
  @Index('uq_auth_session_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** The session that replaced this one at a refresh. */
  @Column({ type: 'uuid', nullable: true })
  replacedBy!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
