import { UserAccountEntity } from '@kbdm/accounts/api-data-access';
import type { NotificationKind, NotificationParams } from '@kbdm/notifications/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** One thing a person should hear of, shown by the bell until read. */
@Entity('notification')
@Index('ix_notification_user', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_user' })
  user?: UserAccountEntity;

  @Column({ type: 'varchar', length: 48 })
  kind!: NotificationKind;

  @Column({ type: 'jsonb' })
  params!: NotificationParams;

  @Column({ type: 'varchar', length: 300 })
  link!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

/**
 * An e-mail waiting to be sent (a transactional outbox): written in the transaction of the
 * change it tells of, so it exists exactly when the change committed, and sent afterwards by
 * the dispatcher, which retries with backoff.
 */
@Entity('mail_outbox')
@Index('ix_mail_outbox_due', ['nextAttemptAt'], { where: 'sent_at IS NULL AND failed_at IS NULL' })
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  bodyText!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  /** While a dispatcher sends it, others leave it alone until then. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Given up after `MAX_MAIL_ATTEMPTS`. */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
