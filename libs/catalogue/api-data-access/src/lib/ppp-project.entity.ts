import type { PppForm, PppNeed, PppStage } from '@kbdm/catalogue/domain';
import { CatalogueItemColumns, numberColumn } from '@kbdm/api/core-database';
import type { LocalizedText } from '@kbdm/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DistrictEntity } from './district.entity';
import { SectorEntity } from './sector.entity';

/** A public-private partnership project; `search_vector` / `search_text` are generated in SQL. */
@Entity('ppp_project')
export class PppProjectEntity extends CatalogueItemColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_ppp_project_code', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  description!: LocalizedText;

  @Index('ix_ppp_project_sector')
  @Column({ type: 'uuid' })
  sectorId!: string;

  @ManyToOne(() => SectorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_id', foreignKeyConstraintName: 'fk_ppp_project_sector' })
  sector?: SectorEntity;

  @Column({ type: 'varchar', length: 32 })
  form!: PppForm;

  @Index('ix_ppp_project_stage')
  @Column({ type: 'varchar', length: 16 })
  stage!: PppStage;

  @Column({ type: 'varchar', length: 32 })
  need!: PppNeed;

  @Column({ type: 'bigint', transformer: numberColumn })
  capexKzt!: number;

  @Column({ type: 'integer' })
  termYears!: number;

  @Column({ type: 'jsonb' })
  publicPartner!: LocalizedText;

  @Column({ type: 'date', nullable: true })
  tenderDeadline!: string | null;

  @Index('ix_ppp_project_district')
  @Column({ type: 'uuid', nullable: true })
  districtId!: string | null;

  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_ppp_project_district' })
  district?: DistrictEntity | null;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon!: number | null;

  /** An unpublished project is the administrators' alone: no list, map or export shows it. */
  @Index('ix_ppp_project_published')
  @Column({ type: 'boolean', default: true })
  published!: boolean;

  /** Raised by every administrator's change; an edit made over an older version is refused. */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
