import type { CompanySize, LegalForm, Role } from '@kbdm/accounts/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A person who signs in. The e-mail is stored normalised and is unique regardless of case
 * through the migration's index on `lower(email)` (an expression TypeORM cannot describe, hence
 * `synchronize: false` here).
 */
@Entity('user_account')
@Index('uq_user_account_email', { synchronize: false })
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** argon2id, PHC string format (parameters and salt inside). */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash!: string;

  @Index('ix_user_account_role')
  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Index('ix_user_account_district')
  @Column({ type: 'uuid', nullable: true })
  districtId!: string | null;

  // Named by string so that accounts need not import the catalogue's entity.
  @ManyToOne('DistrictEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_user_account_district' })
  district?: { id: string } | null;

  // The registered business: all five set or all null (a CHECK in the migration, as are the value lists).
  @Column({ type: 'varchar', length: 200, nullable: true })
  businessName!: string | null;

  @Column({ type: 'char', length: 12, nullable: true })
  businessBinIin!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  businessLegalForm!: LegalForm | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  businessOkedCode!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  businessSize!: CompanySize | null;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  /** Failed sign-ins since the last successful one; each adds to the delay below. */
  @Column({ type: 'integer', default: 0 })
  failedSignIns!: number;

  /** The earliest moment the next sign-in is tried: the account is slowed, never locked for good. */
  @Column({ type: 'timestamptz', nullable: true })
  signInNotBefore!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @Index('ix_user_account_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
