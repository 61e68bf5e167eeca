import type { DistrictKind } from '@kbdm/catalogue/domain';
import type { LocalizedText, SourceRef } from '@kbdm/shared/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('district')
export class DistrictEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_district_code', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 12 })
  kato!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: DistrictKind;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  adminCentre!: LocalizedText;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;

  @Column({ type: 'jsonb', nullable: true })
  source!: SourceRef | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
