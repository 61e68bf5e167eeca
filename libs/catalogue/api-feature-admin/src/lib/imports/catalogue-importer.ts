import type { AdminCatalogue, ImportRowAction, ImportRowError } from '@kbdm/catalogue/domain';
import type { EntityManager } from 'typeorm';
import type { SheetRow } from './spreadsheet-rows';

/** Where the known columns stand in a file's header, the required ones it lacks, and the others. */
export type HeaderLayout = { index: Map<string, number>; missing: string[]; unknown: string[] };

/** What one row of a file would do. */
export type RowOutcome = {
  row: number;
  code: string | null;
  action: ImportRowAction;
  targetId: string | null;
  input: Record<string, unknown> | null;
  /** The columns an update changes. */
  changes: string[];
  errors: ImportRowError[];
};

/** A catalogue's part of an import: its columns, its validation of a row, and writing the rows. */
export interface CatalogueImporter {
  readonly catalogue: AdminCatalogue;
  layout(headers: string[]): HeaderLayout;
  /** `seen`: codes met in earlier rows of the file, and where. */
  validate(
    manager: EntityManager,
    rows: SheetRow[],
    layout: HeaderLayout,
    seen: Map<string, number>,
  ): Promise<RowOutcome[]>;
  nameOf(input: Record<string, unknown> | null): string | null;
  apply(
    manager: EntityManager,
    jobId: string,
    actor: { id: string; ip: string | null } | null,
  ): Promise<{ added: number; updated: number }>;
}

/** The injection token of the list of importers, one per catalogue. */
export const CATALOGUE_IMPORTERS = Symbol('CATALOGUE_IMPORTERS');
