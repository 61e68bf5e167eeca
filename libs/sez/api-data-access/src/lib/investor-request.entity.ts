import { UserAccountEntity } from '@kbdm/accounts/api-data-access';
import { numberColumn } from '@kbdm/api/core-database';
import { PppProjectEntity } from '@kbdm/catalogue/api-data-access';
import type { InvestorRequestAction, InvestorRequestKind, InvestorRequestStatus } from '@kbdm/sez/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { SezSlotEntity } from './sez-slot.entity';

const amount = { type: 'numeric', precision: 12, scale: 3, default: 0, transformer: numberColumn } as const;

/**
 * An investor's reservation of a slot's capacity, or expression of interest in a slot or a PPP
 * project. The active reservations of a slot are its capacity ledger.
 */
@Entity('investor_request')
@Index('ix_investor_request_investor', ['investorId', 'createdAt'])
@Index('ix_investor_request_queue', ['status', 'createdAt'])
@Index('ix_investor_request_ppp_project', ['pppProjectId'])
@Index('ix_investor_request_ledger', ['slotId'], {
  where: "kind = 'reservation' AND status IN ('requested', 'held', 'under_negotiation', 'contracted')",
})
@Index('ix_investor_request_expiry', ['expiresAt'], { where: 'expires_at IS NOT NULL' })
export class InvestorRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The running number of the human reference `INV-<year>-<number>`. */
  @Index('uq_investor_request_number', { unique: true })
  @Column({ type: 'integer' })
  @Generated('increment')
  number!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: InvestorRequestKind;

  /** Null for a reservation the zone's staff recorded from an agreement made elsewhere. */
  @Column({ type: 'uuid', nullable: true })
  investorId!: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'investor_id', foreignKeyConstraintName: 'fk_investor_request_investor' })
  investor?: UserAccountEntity | null;

  @Column({ type: 'uuid', nullable: true })
  slotId!: string | null;

  @ManyToOne(() => SezSlotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'fk_investor_request_slot' })
  slot?: SezSlotEntity | null;

  @Column({ type: 'uuid', nullable: true })
  pppProjectId!: string | null;

  @ManyToOne(() => PppProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ppp_project_id', foreignKeyConstraintName: 'fk_investor_request_ppp_project' })
  pppProject?: PppProjectEntity | null;

  @Column({ type: 'varchar', length: 24 })
  status!: InvestorRequestStatus;

  @Column({ type: 'varchar', length: 200 })
  company!: string;

  @Column({ type: 'char', length: 12 })
  bin!: string;

  @Column({ type: 'varchar', length: 300 })
  product!: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  sectorCode!: string | null;

  @Column({ type: 'bigint', transformer: numberColumn })
  plannedInvestmentKzt!: number;

  @Column({ type: 'integer' })
  plannedJobs!: number;

  @Column(amount)
  powerMw!: number;

  @Column(amount)
  waterM3PerDay!: number;

  @Column(amount)
  sewerageM3PerDay!: number;

  @Column(amount)
  heatGcalPerHour!: number;

  @Column(amount)
  gasM3PerHour!: number;

  @Column({ type: 'text', default: '' })
  message!: string;

  /** When a request or a hold gives its capacity back; the expiry job reads it. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One move of a request, in the transaction that made it; never rewritten. */
@Entity('investor_request_event')
@Index('ix_investor_request_event_request', ['requestId', 'createdAt'])
export class InvestorRequestEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => InvestorRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_investor_request_event_request' })
  request?: InvestorRequestEntity;

  /** Null for the expiry job. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_investor_request_event_actor' })
  actor?: UserAccountEntity | null;

  @Column({ type: 'varchar', length: 24 })
  action!: InvestorRequestAction | 'created';

  @Column({ type: 'varchar', length: 24, nullable: true })
  fromStatus!: InvestorRequestStatus | null;

  @Column({ type: 'varchar', length: 24 })
  toStatus!: InvestorRequestStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The thread between the investor and the zone's officers. */
@Entity('investor_request_message')
@Index('ix_investor_request_message_request', ['requestId', 'createdAt'])
export class InvestorRequestMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => InvestorRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_investor_request_message_request' })
  request?: InvestorRequestEntity;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_investor_request_message_author' })
  author?: UserAccountEntity;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
