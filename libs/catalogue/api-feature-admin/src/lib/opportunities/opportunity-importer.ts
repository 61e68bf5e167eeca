import { Injectable } from '@nestjs/common';
import { AuditEventEntity } from '@kbdm/accounts/api-data-access';
import { Clock } from '@kbdm/api/core-config';
import {
  ImportJobsRepository,
  type ImportRowEntity,
  OpportunityDistrictFitEntity,
  OpportunityEntity,
} from '@kbdm/catalogue/api-data-access';
import type { ImportRowError, OpportunityInput } from '@kbdm/catalogue/domain';
import { type EntityManager, In } from 'typeorm';
import type { CatalogueImporter, HeaderLayout, RowOutcome } from '../imports/catalogue-importer';
import type { SheetRow } from '../imports/spreadsheet-rows';
import { type Actor, catalogueAuditRow } from './admin-opportunities.service';
import { columnsOfField, headerLayout, rowErrorOf, rowInput } from './opportunity-columns';
import {
  changedFields,
  columnsOf,
  inputOf,
  loadReferences,
  type OpportunityReferences,
  plainInput,
  validateOpportunityInput,
} from './opportunity-record';

/** Columns an import overwrites on an existing opportunity (publication and creation stay). */
const UPDATED_COLUMNS = [
  'code',
  'name',
  'description',
  'hs_code',
  'sector_id',
  'import_volume_amount',
  'import_volume_unit',
  'import_value_usd',
  'source_countries',
  'local_production_share',
  'investment_min_kzt',
  'investment_max_kzt',
  'jobs',
  'status',
  'district_id',
  'lat',
  'lon',
  'potential_score',
  'demo',
  'source',
  'version',
  'updated_at',
];

/** Opportunities from a spreadsheet: each row through the API's own validation, matched by code. */
@Injectable()
export class OpportunityImporter implements CatalogueImporter {
  readonly catalogue = 'opportunities' as const;

  constructor(
    private readonly jobs: ImportJobsRepository,
    private readonly clock: Clock,
  ) {}

  layout(headers: string[]): HeaderLayout {
    return headerLayout(headers);
  }

  async validate(
    manager: EntityManager,
    rows: SheetRow[],
    layout: HeaderLayout,
    seen: Map<string, number>,
  ): Promise<RowOutcome[]> {
    const references = await loadReferences(manager);
    const codeAt = layout.index.get('code') as number;
    const codes = [...new Set(rows.map((r) => (r.cells[codeAt] ?? '').trim()).filter((c) => c !== ''))];
    const stored = codes.length ? await manager.find(OpportunityEntity, { where: { code: In(codes) } }) : [];
    const byCode = new Map(stored.map((o) => [o.code, o]));

    const outcomes: RowOutcome[] = [];
    for (const { row, cells } of rows) {
      const code = (cells[codeAt] ?? '').trim() || null;
      const existing = code ? (byCode.get(code) ?? null) : null;
      const before = existing ? inputOf(existing, references) : null;
      const { plain, errors } = rowInput(row, cells, layout.index, before);
      const duplicateOf = code ? seen.get(code) : undefined;
      if (code && duplicateOf === undefined) seen.set(code, row);
      if (duplicateOf !== undefined) {
        errors.push({ row, column: 'code', reason: `is the same as in row ${duplicateOf}` });
      }
      const checked = errors.length ? null : await validateOpportunityInput(plain, references);
      const rowErrors: ImportRowError[] = checked ? checked.errors.map((e) => rowErrorOf(row, e)) : errors;
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
      const changes = before ? changedFields(before, checked.input) : [];
      outcomes.push({
        row,
        code,
        action: !before ? 'add' : changes.length ? 'update' : 'unchanged',
        targetId: existing?.id ?? null,
        input: checked.input as unknown as Record<string, unknown>,
        changes: changes.map(columnsOfField),
        errors: [],
      });
    }
    return outcomes;
  }

  nameOf(input: Record<string, unknown> | null): string | null {
    const name = (input as OpportunityInput | null)?.name;
    return name ? name.ru || name.kk || name.en || null : null;
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
    references: OpportunityReferences,
    actor: Actor | null,
    jobId: string,
    now: Date,
  ): Promise<{ added: number; updated: number }> {
    const inputs = rows.map((r) => plainInput(r.input as unknown as OpportunityInput));
    const stored = await manager.find(OpportunityEntity, { where: { code: In(inputs.map((i) => i.code)) } });
    const byCode = new Map(stored.map((o) => [o.code, o]));
    const fits = stored.length
      ? await manager.find(OpportunityDistrictFitEntity, { where: { opportunityId: In(stored.map((o) => o.id)) } })
      : [];
    const fitCounts = new Map<string, number[]>();
    for (const fit of fits)
      fitCounts.set(fit.opportunityId, [...(fitCounts.get(fit.opportunityId) ?? []), fit.reasons.length]);

    const inserts: ReturnType<typeof columnsOf>[] = [];
    const updates: (ReturnType<typeof columnsOf> & { version: number })[] = [];
    const audit: Partial<AuditEventEntity>[] = [];
    for (const input of inputs) {
      const previous = byCode.get(input.code) ?? null;
      if (!previous) {
        inserts.push(columnsOf(input, references, null, [], now));
        continue;
      }
      const fields = changedFields(inputOf(previous, references), input);
      if (fields.length === 0) continue;
      updates.push({
        ...columnsOf(input, references, previous, fitCounts.get(previous.id) ?? [], now),
        version: previous.version + 1,
      });
      audit.push(
        catalogueAuditRow(actor, 'catalogue.imported', previous.id, { code: input.code, fields, importId: jobId }),
      );
    }
    if (inserts.length) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(OpportunityEntity)
        .values(inserts.map((columns) => ({ ...columns, published: true, version: 1 })))
        .returning(['id', 'code'])
        .execute();
      for (const row of result.raw as { id: string; code: string }[]) {
        audit.push(catalogueAuditRow(actor, 'catalogue.imported', row.id, { code: row.code, importId: jobId }));
      }
    }
    if (updates.length) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(OpportunityEntity)
        .values(updates.map((columns) => ({ ...columns, updatedAt: now })))
        .orUpdate(UPDATED_COLUMNS, ['code'])
        .execute();
    }
    if (audit.length) await manager.insert(AuditEventEntity, audit);
    return { added: inserts.length, updated: updates.length };
  }
}
