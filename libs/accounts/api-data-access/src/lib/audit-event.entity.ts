import type { AuditAction } from '@kbdm/accounts/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Flat facts about an event; never a password, a token or a hash. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * Who did what, to what, when and from where. Append-only: a trigger in the migration refuses
 * UPDATE and DELETE. `actorId` has no foreign key on purpose: the record outlives its subject.
 */
@Entity('audit_event')
@Index('ix_audit_event_target', ['targetType', 'targetId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_audit_event_actor')
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Index('ix_audit_event_action')
  @Column({ type: 'varchar', length: 64 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  targetId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: AuditDetails;

  @Index('ix_audit_event_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
