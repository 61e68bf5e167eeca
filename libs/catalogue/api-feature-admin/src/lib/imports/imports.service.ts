import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditEventEntity, UserAccountEntity } from '@kbdm/accounts/api-data-access';
import { Clock, validateEnvironment } from '@kbdm/api/core-config';
import { DomainException, InvalidInputException, ItemNotFoundException } from '@kbdm/api/core-errors';
import { csvDocument } from '@kbdm/api/core-http';
import { DocumentStorage, DocumentTooLargeError } from '@kbdm/api/core-storage';
import { ImportJobEntity, ImportJobsRepository } from '@kbdm/catalogue/api-data-access';
import {
  ADMIN_CATALOGUES,
  type AdminCatalogue,
  IMPORT_DEFAULT_LIMITS,
  type ImportFormat,
  type ImportJob,
  type ImportMode,
  type ImportPreviewRow,
  type ImportRowAction,
  type ImportRowError,
} from '@kbdm/catalogue/domain';
import { DEFAULT_PAGE_SIZE, type Page } from '@kbdm/shared/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Readable } from 'node:stream';
import { CATALOGUE_IMPORTERS, type CatalogueImporter } from './catalogue-importer';
import { looksLikeXlsx } from './spreadsheet-rows';

export type Actor = { id: string; ip: string | null };

export type IncomingSpreadsheet = {
  stream: Readable;
  fileName: string;
  truncated: () => boolean;
};

class ImportRefusedException extends DomainException {}

const ONE_MB = 1024 * 1024;

/** Uploading, following and deciding on spreadsheet imports; the work itself is `ImportRunner`'s. */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger('Imports');
  readonly maxBytes: number;
  readonly maxRows: number;
  private readonly importers: Map<string, CatalogueImporter>;

  constructor(
    private readonly jobs: ImportJobsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: DocumentStorage,
    private readonly clock: Clock,
    @Inject(CATALOGUE_IMPORTERS) importers: CatalogueImporter[],
  ) {
    const env = validateEnvironment(process.env);
    this.maxBytes = env.IMPORT_MAX_BYTES ?? IMPORT_DEFAULT_LIMITS.maxBytes;
    this.maxRows = env.IMPORT_MAX_ROWS ?? IMPORT_DEFAULT_LIMITS.maxRows;
    this.importers = new Map(importers.map((i) => [i.catalogue, i]));
  }

  /** Stores the file and queues its validation; nothing in the catalogue changes yet. */
  async upload(actor: Actor, catalogue: string | null, file: IncomingSpreadsheet): Promise<ImportJob> {
    if (!catalogue || !(ADMIN_CATALOGUES as readonly string[]).includes(catalogue) || !this.importers.has(catalogue)) {
      file.stream.resume();
      throw InvalidInputException.field(
        'catalogue',
        `must be one of ${ADMIN_CATALOGUES.join(', ')} (sent before the file)`,
      );
    }
    const extension = /\.([a-z0-9]+)$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? '';
    if (!['csv', 'xlsx', 'txt'].includes(extension)) {
      file.stream.resume();
      throw new ImportRefusedException('unsupported_file_type', 415, 'The file must be a .csv or an .xlsx.', [
        { field: 'file', message: 'must be a .csv or an .xlsx' },
      ]);
    }
    let stored;
    try {
      stored = await this.storage.put(file.stream, { maxBytes: this.maxBytes });
    } catch (error) {
      if (error instanceof DocumentTooLargeError) {
        file.stream.resume();
        throw this.tooLarge();
      }
      throw error;
    }
    const remove = () =>
      this.storage.delete(stored.key).catch((e: unknown) => this.logger.warn(`Not removed: ${String(e)}`));
    if (file.truncated()) {
      await remove();
      throw this.tooLarge();
    }
    if (stored.size === 0) {
      await remove();
      throw InvalidInputException.field('file', 'is empty');
    }
    const xlsx = looksLikeXlsx(await this.storage.readHead(stored.key, 4));
    if (extension === 'xlsx' && !xlsx) {
      await remove();
      throw new ImportRefusedException('unsupported_file_type', 415, 'The .xlsx file is not an Excel workbook.', [
        { field: 'file', message: 'is not an Excel workbook' },
      ]);
    }
    const format: ImportFormat = xlsx ? 'xlsx' : 'csv';
    const job = await this.jobs.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(ImportJobEntity, {
          catalogue: catalogue as AdminCatalogue,
          fileName: file.fileName.slice(0, 255),
          format,
          storageKey: stored.key,
          size: stored.size,
          status: 'queued',
          createdBy: actor.id,
        }),
      );
      await manager.insert(AuditEventEntity, {
        actorId: actor.id,
        action: 'import.uploaded',
        targetType: 'import',
        targetId: created.id,
        ip: actor.ip,
        details: { catalogue, fileName: created.fileName, size: stored.size, format },
      });
      return created;
    });
    return this.view(job);
  }

  async list(query: { page?: number; pageSize?: number }): Promise<Page<ImportJob>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const [jobs, total] = await this.jobs.page(page, pageSize);
    return { items: await this.views(jobs), total, page, pageSize };
  }

  async get(id: string): Promise<ImportJob> {
    return this.view(await this.found(id));
  }

  async rows(
    id: string,
    query: { action?: ImportRowAction; page?: number; pageSize?: number },
  ): Promise<Page<ImportPreviewRow>> {
    const job = await this.found(id);
    const importer = this.importers.get(job.catalogue);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const [rows, total] = await this.jobs.rowsPage(id, query.action, page, pageSize);
    return {
      items: rows.map((r) => ({
        row: r.rowNumber,
        code: r.code,
        name: importer?.nameOf(r.input) ?? null,
        action: r.action,
        changes: r.changes,
        errors: r.errors,
      })),
      total,
      page,
      pageSize,
    };
  }

  /** The bad-row report: one line per wrong cell, streamed. */
  async errorReport(id: string): Promise<Readable> {
    await this.found(id);
    const jobs = this.jobs;
    async function* batches(): AsyncGenerator<ImportRowError[]> {
      for (let page = 1; ; page += 1) {
        const [rows] = await jobs.rowsPage(id, 'invalid', page, 1000);
        if (rows.length === 0) return;
        yield rows.flatMap((r) => r.errors);
        if (rows.length < 1000) return;
      }
    }
    return csvDocument<ImportRowError>(
      [
        { header: 'row', value: (e) => e.row },
        { header: 'column', value: (e) => e.column },
        { header: 'reason', value: (e) => e.reason },
      ],
      batches(),
    );
  }

  /** Queues the writing of the rows: every row (`all`), or the valid ones (`valid_only`). */
  async apply(actor: Actor, id: string, mode: ImportMode): Promise<ImportJob> {
    const job = await this.found(id);
    if (job.status !== 'ready') {
      throw new ImportRefusedException(
        'import_not_ready',
        409,
        `The import is ${job.status}; only a ready import is applied.`,
      );
    }
    if (mode === 'all' && job.countInvalid > 0) {
      throw new ImportRefusedException(
        'import_has_errors',
        409,
        `${job.countInvalid} row(s) are invalid, so importing all rows would change nothing; correct the file, or import the valid rows only.`,
        [{ field: 'mode', message: 'is all, but some rows are invalid' }],
      );
    }
    const moved = await this.jobs.move(id, ['ready'], 'apply_queued', { mode, appliedBy: actor.id });
    if (!moved)
      throw new ImportRefusedException('import_not_ready', 409, 'The import changed meanwhile; load it again.');
    return this.get(id);
  }

  async cancel(actor: Actor, id: string): Promise<ImportJob> {
    const job = await this.found(id);
    const moved = await this.jobs.transaction(async (manager) => {
      const ok = await this.jobs.move(
        id,
        ['queued', 'validating', 'ready'],
        'cancelled',
        { finishedAt: this.clock.now(), leaseOwner: null, leaseUntil: null },
        manager,
      );
      if (ok) {
        await manager.insert(AuditEventEntity, {
          actorId: actor.id,
          action: 'import.cancelled',
          targetType: 'import',
          targetId: id,
          ip: actor.ip,
          details: { catalogue: job.catalogue },
        });
      }
      return ok;
    });
    if (!moved) {
      throw new ImportRefusedException(
        'import_not_cancellable',
        409,
        `The import is ${job.status}; it can no longer be cancelled.`,
      );
    }
    await this.storage.delete(job.storageKey).catch(() => undefined);
    return this.get(id);
  }

  private tooLarge(): DomainException {
    return new ImportRefusedException(
      'file_too_large',
      413,
      `The file is larger than ${Math.round(this.maxBytes / ONE_MB)} MB; split it into smaller files.`,
      [{ field: 'file', message: `must be at most ${this.maxBytes} bytes` }],
    );
  }

  private async found(id: string): Promise<ImportJobEntity> {
    const job = await this.jobs.findById(id);
    if (!job) throw new ItemNotFoundException('import', id);
    return job;
  }

  private async view(job: ImportJobEntity): Promise<ImportJob> {
    return (await this.views([job]))[0] as ImportJob;
  }

  private async views(jobs: ImportJobEntity[]): Promise<ImportJob[]> {
    const ids = [...new Set(jobs.map((j) => j.createdBy).filter((id): id is string => id !== null))];
    const people = ids.length
      ? await this.dataSource.manager.find(UserAccountEntity, {
          where: { id: In(ids) },
          select: { id: true, fullName: true },
        })
      : [];
    const names = new Map(people.map((p) => [p.id, p.fullName]));
    return jobs.map((job) => {
      const applying = job.status === 'applying' || job.status === 'apply_queued';
      const total = applying ? 0 : job.progressTotal;
      const done = applying ? 0 : job.progressDone;
      return {
        id: job.id,
        catalogue: job.catalogue,
        fileName: job.fileName,
        format: job.format,
        size: job.size,
        status: job.status,
        mode: job.mode,
        progress: {
          done,
          total,
          percent: total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : job.status === 'done' ? 100 : 0,
        },
        rows: job.rows,
        counts: {
          add: job.countAdd,
          update: job.countUpdate,
          unchanged: job.countUnchanged,
          invalid: job.countInvalid,
        },
        applied: job.appliedAdded === null ? null : { added: job.appliedAdded, updated: job.appliedUpdated ?? 0 },
        failure: job.failure,
        createdBy: job.createdBy ? { id: job.createdBy, fullName: names.get(job.createdBy) ?? '' } : null,
        createdAt: job.createdAt.toISOString(),
        updatedAt: job.updatedAt.toISOString(),
        finishedAt: job.finishedAt?.toISOString() ?? null,
      };
    });
  }
}
