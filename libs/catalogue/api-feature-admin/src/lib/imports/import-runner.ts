import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AuditEventEntity } from '@kbdm/accounts/api-data-access';
import { Clock, validateEnvironment } from '@kbdm/api/core-config';
import { DocumentStorage } from '@kbdm/api/core-storage';
import { type ImportJobEntity, ImportJobsRepository } from '@kbdm/catalogue/api-data-access';
import { IMPORT_DEFAULT_LIMITS, type ImportRowAction } from '@kbdm/catalogue/domain';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream';
import { hostname } from 'node:os';
import { CATALOGUE_IMPORTERS, type CatalogueImporter, type HeaderLayout } from './catalogue-importer';
import { byteCounter, type SheetRow, sheetRows, UnreadableFileError } from './spreadsheet-rows';

const POLL_MS = 1000;
const BATCH_ROWS = 500;

/** The job no longer belongs to this instance (cancelled, or taken over): stop quietly. */
class LostJob extends Error {}

/** The file breaks a rule of the import as a whole; the job fails with this message. */
class RejectedFile extends Error {}

/**
 * Runs spreadsheet imports in the background, in every API instance. A job's state lives in its
 * row: an instance claims it (`FOR UPDATE SKIP LOCKED`), holds a lease that each batch renews,
 * and another instance takes it up from the start once a lease runs out (the first one stopped).
 *
 * Two phases. **Validating** reads the file as a stream, a batch of rows at a time, and stores
 * what each row would do; each batch commits with the progress (bytes read of the file), so the
 * page shows it moving. Then the job waits, `ready`, for the administrator. **Applying** writes
 * every valid row in ONE transaction that also locks the job's row and marks it done: all of it
 * happens, or (an error, a crash) none of it.
 */
@Injectable()
export class ImportRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Imports');
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly importers: Map<string, CatalogueImporter>;
  private readonly maxRows: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** Set when the instance stops: validation ends at its next batch and hands the job on. */
  private stopping = false;

  constructor(
    private readonly jobs: ImportJobsRepository,
    private readonly storage: DocumentStorage,
    private readonly clock: Clock,
    @Inject(CATALOGUE_IMPORTERS) importers: CatalogueImporter[],
  ) {
    this.importers = new Map(importers.map((i) => [i.catalogue, i]));
    this.maxRows = validateEnvironment(process.env).IMPORT_MAX_ROWS ?? IMPORT_DEFAULT_LIMITS.maxRows;
  }

  onApplicationBootstrap(): void {
    if (validateEnvironment(process.env).IMPORT_WORKER === 'off') return;
    this.timer = setInterval(() => void this.runPending().catch((e: unknown) => this.logger.warn(String(e))), POLL_MS);
    this.timer.unref();
  }

  /**
   * Stops between batches: a validation in progress gives up its lease, so another instance (or
   * this one, started again) takes the job up at once; an apply runs to its commit.
   */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Works through every job waiting now; one run at a time per instance. */
  runPending(): Promise<void> {
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<void> {
    while (!this.stopping) {
      const job = await this.jobs.claimNext(this.owner, this.clock.now());
      if (!job) return;
      await this.run(job);
    }
  }

  private async run(job: ImportJobEntity): Promise<void> {
    const importer = this.importers.get(job.catalogue);
    try {
      if (!importer) throw new RejectedFile(`No import is known for the catalogue ${job.catalogue}.`);
      if (job.status === 'validating') await this.validate(job, importer);
      else await this.apply(job, importer);
    } catch (error) {
      if (error instanceof LostJob) return;
      const known = error instanceof RejectedFile || error instanceof UnreadableFileError;
      if (!known) this.logger.error(`Import ${job.id} failed`, error instanceof Error ? error.stack : String(error));
      await this.jobs.move(job.id, ['validating', 'applying'], 'failed', {
        failure: known ? (error as Error).message : 'The import stopped on an unexpected error; nothing was changed.',
        finishedAt: this.clock.now(),
        leaseOwner: null,
        leaseUntil: null,
      });
    }
  }

  private async validate(job: ImportJobEntity, importer: CatalogueImporter): Promise<void> {
    // A job taken over starts again: the rows of the earlier attempt go.
    await this.jobs.clearRows(job.id);
    let bytes = 0;
    let layout: HeaderLayout | null = null;
    const seen = new Map<string, number>();
    const counts: Record<ImportRowAction, number> = { add: 0, update: 0, unchanged: 0, invalid: 0 };
    let rows = 0;
    let batch: SheetRow[] = [];

    const flush = async () => {
      if (this.stopping) {
        await this.jobs.releaseLease(job.id, this.owner);
        throw new LostJob();
      }
      if (!layout || batch.length === 0) return;
      const outcomes = await this.jobs.transaction(async (manager) => {
        const result = await importer.validate(manager, batch, layout as HeaderLayout, seen);
        await this.jobs.insertRows(
          manager,
          result.map((o) => ({
            jobId: job.id,
            rowNumber: o.row,
            code: o.code?.slice(0, 64) ?? null,
            action: o.action,
            targetId: o.targetId,
            input: o.input,
            changes: o.changes,
            errors: o.errors,
          })),
        );
        for (const o of result) counts[o.action] += 1;
        const alive = await this.jobs.heartbeat(
          job.id,
          this.owner,
          'validating',
          {
            progressDone: bytes,
            progressTotal: job.size,
            rows,
            countAdd: counts.add,
            countUpdate: counts.update,
            countUnchanged: counts.unchanged,
            countInvalid: counts.invalid,
          },
          this.clock.now(),
          manager,
        );
        if (!alive) throw new LostJob();
        return result;
      });
      batch = [];
      return outcomes;
    };

    const source = await this.storage.open(job.storageKey);
    const counted = byteCounter((total) => (bytes = total));
    pipeline(source, counted, () => undefined);
    try {
      for await (const sheetRow of sheetRows(counted, job.format)) {
        if (!layout) {
          layout = importer.layout(sheetRow.cells);
          if (layout.missing.length) {
            throw new RejectedFile(`The file lacks the column(s) ${layout.missing.join(', ')} in its first row.`);
          }
          continue;
        }
        rows += 1;
        if (rows > this.maxRows) {
          throw new RejectedFile(
            `The file has more than ${this.maxRows.toLocaleString('en')} rows; split it into smaller files.`,
          );
        }
        batch.push(sheetRow);
        if (batch.length >= BATCH_ROWS) await flush();
      }
      if (!layout) throw new RejectedFile('The file is empty: its first row must name the columns.');
      await flush();
    } finally {
      source.destroy();
      counted.destroy();
    }
    const moved = await this.jobs.move(job.id, ['validating'], 'ready', {
      progressDone: job.size,
      progressTotal: job.size,
      rows,
      countAdd: counts.add,
      countUpdate: counts.update,
      countUnchanged: counts.unchanged,
      countInvalid: counts.invalid,
      leaseOwner: null,
      leaseUntil: null,
    });
    if (moved) this.logger.log(`Import ${job.id}: ${rows} rows read (${counts.invalid} invalid)`);
  }

  private async apply(job: ImportJobEntity, importer: CatalogueImporter): Promise<void> {
    const result = await this.jobs.transaction(async (manager) => {
      // The job's row stays locked to the end: no other instance takes it up meanwhile.
      const locked = await this.jobs.lock(manager, job.id);
      if (!locked || locked.status !== 'applying' || locked.leaseOwner !== this.owner) throw new LostJob();
      if (locked.mode === 'all' && locked.countInvalid > 0) {
        throw new RejectedFile('The file has invalid rows; nothing was imported.');
      }
      // One import of a catalogue at a time: a second waits for the first to commit.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`import:${job.catalogue}`]);
      const actor = locked.appliedBy ? { id: locked.appliedBy, ip: null } : null;
      const applied = await importer.apply(manager, job.id, actor);
      const now = this.clock.now();
      await this.jobs.move(
        job.id,
        ['applying'],
        'done',
        {
          appliedAdded: applied.added,
          appliedUpdated: applied.updated,
          progressDone: locked.countAdd + locked.countUpdate + locked.countUnchanged,
          progressTotal: locked.countAdd + locked.countUpdate + locked.countUnchanged,
          finishedAt: now,
          leaseOwner: null,
          leaseUntil: null,
        },
        manager,
      );
      await manager.insert(AuditEventEntity, {
        actorId: actor?.id ?? null,
        action: 'import.applied',
        targetType: 'import',
        targetId: job.id,
        ip: null,
        details: { catalogue: job.catalogue, mode: locked.mode, added: applied.added, updated: applied.updated },
      });
      return applied;
    });
    this.logger.log(`Import ${job.id}: ${result.added} added, ${result.updated} updated`);
    // The file served its purpose; the rows stay for the report.
    await this.storage.delete(job.storageKey).catch(() => undefined);
  }
}
