import type { SectorLevel } from '@kbdm/catalogue/domain';
import type { LocalizedText } from '@kbdm/shared/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('sector')
export class SectorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_sector_code', { unique: true })
  @Column({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'char', length: 1 })
  section!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: SectorLevel;

  @Column({ type: 'varchar', length: 8, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'boolean', default: false })
  priority!: boolean;
}
