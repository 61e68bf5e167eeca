import { AuditEventEntity } from '@kbdm/accounts/api-data-access';
import type { Clock } from '@kbdm/api/core-config';
import type { ImportJobsRepository, ImportRowEntity } from '@kbdm/catalogue/api-data-access';
import type { ImportRowError } from '@kbdm/catalogue/domain';
import { type EntityManager, In } from 'typeorm';
import type { CatalogueImporter, HeaderLayout, RowOutcome } from '../imports/catalogue-importer';
import type { SheetRow } from '../imports/spreadsheet-rows';
import { type Actor, catalogueAuditRow } from './admin-items.service';
import {
  type CatalogueItemKind,
  changedFields,
  columnsOf,
  type ItemInput,
  type ItemRow,
  loadReferences,
  type References,
  validateItemInput,
} from './item-record';
import { columnsOfField, headerLayout, rowErrorOf, rowInput } from './sheet-columns';

/** A catalogue's rows from a spreadsheet: each through the API's own validation, matched by code. */
export class ItemImporter<E extends ItemRow, I extends ItemInput, Extra> implements CatalogueImporter {
  readonly catalogue: CatalogueImporter['catalogue'];

  constructor(
    private readonly kind: CatalogueItemKind<E, I, Extra>,
    private readonly jobs: ImportJobsRepository,
    private readonly clock: Clock,
  ) {
    this.catalogue = kind.catalogue;
  }

  layout(headers: string[]): HeaderLayout {
    return headerLayout(this.kind.columns, headers);
  }

  async validate(
    manager: EntityManager,
    rows: SheetRow[],
    layout: HeaderLayout,
    seen: Map<string, number>,
  ): Promise<RowOutcome[]> {
    const { kind } = this;
    const references = await loadReferences(manager);
    const codeAt = layout.index.get('code') as number;
    const codes = [...new Set(rows.map((r) => (r.cells[codeAt] ?? '').trim()).filter((c) => c !== ''))];
    const stored = codes.length ? await manager.find(kind.entity, { where: { code: In(codes) } as never }) : [];
    const byCode = new Map(stored.map((o) => [o.code, o]));

    const outcomes: RowOutcome[] = [];
    for (const { row, cells } of rows) {
      const code = (cells[codeAt] ?? '').trim() || null;
      const existing = code ? (byCode.get(code) ?? null) : null;
      const before = existing ? kind.inputOf(existing, references) : null;
      const { plain, errors } = rowInput(kind.columns, kind.defaults, row, cells, layout.index, before);
      const duplicateOf = code ? seen.get(code) : undefined;
      if (code && duplicateOf === undefined) seen.set(code, row);
      if (duplicateOf !== undefined) {
        errors.push({
          row,
          column: 'code',
          reason: `is the same as in row ${duplicateOf}`,
          code: 'repeated_code',
          value: String(duplicateOf),
        });
      }
      const checked = errors.length ? null : await validateItemInput(kind, plain, references);
      const rowErrors: ImportRowError[] = checked
        ? checked.errors.map((e) => rowErrorOf(kind.columns, row, e))
        : errors;
      if (!checked?.input) {
        // What was read of it stays, so that the preview names the row; it is never written.
        outcomes.push({
          row,
          code,
          action: 'invalid',
          targetId: existing?.id ?? null,
          input: plain,
          changes: [],
          errors: rowErrors,
        });
        continue;
      }
      const changes = before ? changedFields(kind.fields, before, checked.input) : [];
      outcomes.push({
        row,
        code,
        action: !before ? 'add' : changes.length ? 'update' : 'unchanged',
        targetId: existing?.id ?? null,
        input: checked.input as unknown as Record<string, unknown>,
        changes: changes.map((field) => columnsOfField(kind.columns, field)),
        errors: [],
      });
    }
    return outcomes;
  }

  nameOf(input: Record<string, unknown> | null): string | null {
    const name = input?.['name'] as Partial<Record<'kk' | 'ru' | 'en', string>> | undefined;
    return name && typeof name === 'object' ? name.ru || name.kk || name.en || null : null;
  }

  /**
   * Writes the valid rows against the catalogue as it is now (it may have changed since the
   * preview), in the caller's transaction: every row, or none.
   */
  async apply(manager: EntityManager, jobId: string, actor: Actor | null): Promise<{ added: number; updated: number }> {
    const references = await loadReferences(manager);
    const now = this.clock.now();
    let [added, updated, after] = [0, 0, 0];
    for (;;) {
      const rows = await this.jobs.rowsAfter(manager, jobId, ['add', 'update', 'unchanged'], after, 1000);
      if (rows.length === 0) break;
      after = rows[rows.length - 1]?.rowNumber ?? after;
      const result = await this.applyBatch(manager, rows, references, actor, jobId, now);
      added += result.added;
      updated += result.updated;
    }
    return { added, updated };
  }

  private async applyBatch(
    manager: EntityManager,
    rows: ImportRowEntity[],
    references: References,
    actor: Actor | null,
    jobId: string,
    now: Date,
  ): Promise<{ added: number; updated: number }> {
    const { kind } = this;
    const inputs = rows.map((r) => kind.plain(r.input as unknown as I));
    const stored = await manager.find(kind.entity, { where: { code: In(inputs.map((i) => i.code)) } as never });
    const byCode = new Map(stored.map((o) => [o.code, o]));
    const extras =
      kind.extras && stored.length
        ? await kind.extras(
            manager,
            stored.map((o) => o.id),
          )
        : new Map();

    const inserts: Partial<E>[] = [];
    const updates: Partial<E>[] = [];
    const audit: Partial<AuditEventEntity>[] = [];
    for (const input of inputs) {
      const previous = byCode.get(input.code) ?? null;
      if (!previous) {
        inserts.push({ ...columnsOf(kind, input, references, null, undefined, now), published: true, version: 1 });
        continue;
      }
      const fields = changedFields(kind.fields, kind.inputOf(previous, references), input);
      if (fields.length === 0) continue;
      updates.push({
        ...columnsOf(kind, input, references, previous, extras.get(previous.id), now),
        version: previous.version + 1,
        updatedAt: now,
      });
      audit.push(
        catalogueAuditRow(kind, actor, 'catalogue.imported', previous.id, {
          code: input.code,
          fields,
          importId: jobId,
        }),
      );
    }
    if (inserts.length) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(kind.entity)
        .values(inserts as never)
        .returning(['id', 'code'])
        .execute();
      for (const row of result.raw as { id: string; code: string }[]) {
        audit.push(catalogueAuditRow(kind, actor, 'catalogue.imported', row.id, { code: row.code, importId: jobId }));
      }
    }
    if (updates.length) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(kind.entity)
        .values(updates as never)
        .orUpdate([...kind.updatedColumns], ['code'])
        .execute();
    }
    if (audit.length) await manager.insert(AuditEventEntity, audit);
    return { added: inserts.length, updated: updates.length };
  }
}
