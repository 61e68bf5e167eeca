import { CatalogueItemColumns, numberColumn } from '@kbdm/api/core-database';
import { DistrictEntity, SectorEntity } from '@kbdm/catalogue/api-data-access';
import type { LocalizedText, SourceRef } from '@kbdm/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
// A type-only import: the request's entity imports this file, and the relation is resolved lazily.
import type { InvestorRequestEntity } from './investor-request.entity';

/** A Special Economic Zone; `search_vector` / `search_text` are generated in SQL. */
@Entity('sez')
export class SezEntity extends CatalogueItemColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_sez_code', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  profile!: LocalizedText;

  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: numberColumn })
  areaHa!: number;

  @Column({ type: 'date' })
  establishedOn!: string;

  /** Sector codes (OKED) the zone seeks anchor investors in. */
  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  targetIndustryCodes!: string[];

  @Column({ type: 'jsonb' })
  constraints!: LocalizedText[];

  @Column({ type: 'uuid', nullable: true })
  districtId!: string | null;

  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_sez_district' })
  district?: DistrictEntity | null;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon!: number | null;
}

/** A company registered in the zone; `operating` once it produces. */
@Entity('sez_participant')
@Index('uq_sez_participant_code', ['sezId', 'code'], { unique: true })
export class SezParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sezId!: string;

  @ManyToOne(() => SezEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sez_id', foreignKeyConstraintName: 'fk_sez_participant_sez' })
  sez?: SezEntity;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  product!: LocalizedText;

  @Column({ type: 'uuid' })
  sectorId!: string;

  @ManyToOne(() => SectorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_id', foreignKeyConstraintName: 'fk_sez_participant_sector' })
  sector?: SectorEntity;

  @Column({ type: 'boolean' })
  operating!: boolean;

  @Column({ type: 'boolean' })
  demo!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  source!: SourceRef | null;

  /** The contracted reservation that made this participant, for those the portal registered. */
  @Index('uq_sez_participant_reservation', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  reservationId!: string | null;

  @ManyToOne('InvestorRequestEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reservation_id', foreignKeyConstraintName: 'fk_sez_participant_reservation' })
  reservation?: Relation<InvestorRequestEntity> | null;
}
