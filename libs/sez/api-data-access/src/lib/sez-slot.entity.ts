import { CatalogueItemColumns, numberColumn } from '@kbdm/api/core-database';
import { DistrictEntity } from '@kbdm/catalogue/api-data-access';
import type { DealForm, SiteType, SlotStatus } from '@kbdm/sez/domain';
import type { LocalizedText } from '@kbdm/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SezEntity } from './sez.entity';

const capacity = { type: 'numeric', precision: 12, scale: 2, transformer: numberColumn } as const;

/** An anchor slot (land plot) of a zone; `search_vector` / `search_text` are generated in SQL. */
@Entity('sez_slot')
export class SezSlotEntity extends CatalogueItemColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_sez_slot_code', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Index('ix_sez_slot_sez')
  @Column({ type: 'uuid' })
  sezId!: string;

  @ManyToOne(() => SezEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sez_id', foreignKeyConstraintName: 'fk_sez_slot_sez' })
  sez?: SezEntity;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  site!: LocalizedText;

  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: numberColumn })
  areaHa!: number;

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  targetIndustryCodes!: string[];

  @Column(capacity)
  powerMaxMw!: number;

  @Column(capacity)
  waterMaxM3PerDay!: number;

  @Column(capacity)
  sewerageMaxM3PerDay!: number;

  @Column(capacity)
  heatMaxGcalPerHour!: number;

  @Column(capacity)
  gasMaxM3PerHour!: number;

  @Column({ type: 'boolean' })
  railSpur!: boolean;

  @Column({ type: 'numeric', precision: 8, scale: 2, transformer: numberColumn })
  distanceToRailKm!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2, transformer: numberColumn })
  distanceToRoadKm!: number;

  @Column({ type: 'varchar', length: 16 })
  siteType!: SiteType;

  @Column({ type: 'varchar', length: 16, array: true })
  dealForms!: DealForm[];

  @Column({ type: 'bigint', nullable: true, transformer: numberColumn })
  leaseRateKztPerHaYear!: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: numberColumn })
  priceKzt!: number | null;

  @Column({ type: 'varchar', length: 32 })
  cadastralNumber!: string;

  @Column({ type: 'jsonb' })
  zoning!: LocalizedText;

  @Index('ix_sez_slot_status')
  @Column({ type: 'varchar', length: 24 })
  status!: SlotStatus;

  @Index('ix_sez_slot_district')
  @Column({ type: 'uuid', nullable: true })
  districtId!: string | null;

  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_sez_slot_district' })
  district?: DistrictEntity | null;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon!: number | null;
}
