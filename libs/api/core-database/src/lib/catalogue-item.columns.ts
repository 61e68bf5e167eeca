import type { SourceRef } from '@kbdm/shared/domain';
import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** Columns every catalogue item has: whether it is demo data, its source, and when it changed. */
export abstract class CatalogueItemColumns {
  @Column({ type: 'boolean' })
  demo!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  source!: SourceRef | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
