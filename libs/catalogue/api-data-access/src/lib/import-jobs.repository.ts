import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportCounts, ImportRowAction, ImportStatus } from '@kbdm/catalogue/domain';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ImportJobEntity, ImportRowEntity } from './import-job.entity';

/** How long a claimed job stays an instance's without a sign of life. */
export const IMPORT_LEASE_MS = 60_000;

/** Statuses in which an instance is working on the job. */
const RUNNING: ImportStatus[] = ['validating', 'applying'];

/** Import jobs and their rows; the claiming and the lease are SQL here, nowhere else. */
@Injectable()
export class ImportJobsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  create(job: Partial<ImportJobEntity>): Promise<ImportJobEntity> {
    const manager = this.dataSource.manager;
    return manager.save(manager.create(ImportJobEntity, job));
  }

  findById(id: string, manager = this.dataSource.manager): Promise<ImportJobEntity | null> {
    return manager.findOneBy(ImportJobEntity, { id });
  }

  page(page: number, pageSize: number): Promise<[ImportJobEntity[], number]> {
    return this.dataSource.manager.findAndCount(ImportJobEntity, {
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  /**
   * Takes the oldest job waiting for work, or one whose instance stopped (its lease ran out),
   * for `owner`. `FOR UPDATE SKIP LOCKED`: two instances never take the same job, and a job an
   * instance is applying (its row locked by that transaction) is passed over.
   */
  claimNext(owner: string, now: Date): Promise<ImportJobEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const job = await manager
        .createQueryBuilder(ImportJobEntity, 'j')
        .where(`j.status IN ('queued', 'apply_queued')`)
        .orWhere('(j.status IN (:...running) AND j.lease_until < :now)', { running: RUNNING, now })
        .orderBy('j.created_at', 'ASC')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!job) return null;
      const status: ImportStatus = job.status === 'queued' || job.status === 'validating' ? 'validating' : 'applying';
      await manager.update(
        ImportJobEntity,
        { id: job.id },
        { status, leaseOwner: owner, leaseUntil: new Date(now.getTime() + IMPORT_LEASE_MS) },
      );
      return manager.findOneByOrFail(ImportJobEntity, { id: job.id });
    });
  }

  /**
   * Saves progress and renews the lease, while the job is still `owner`'s and in `status`;
   * false when it is not (cancelled, or taken over after the lease ran out): stop then.
   */
  async heartbeat(
    id: string,
    owner: string,
    status: ImportStatus,
    changes: Partial<ImportJobEntity>,
    now: Date,
    manager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager.update(
      ImportJobEntity,
      { id, leaseOwner: owner, status },
      { ...changes, leaseUntil: new Date(now.getTime() + IMPORT_LEASE_MS) },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Gives the job up at once (the instance stops): the next claim takes it. */
  async releaseLease(id: string, owner: string): Promise<void> {
    await this.dataSource.manager.update(ImportJobEntity, { id, leaseOwner: owner }, { leaseUntil: new Date(0) });
  }

  /** Moves the job from one of `from` to `to`; false when it was in none of them. */
  async move(
    id: string,
    from: ImportStatus[],
    to: ImportStatus,
    changes: Partial<ImportJobEntity> = {},
    manager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager.update(ImportJobEntity, { id, status: In(from) }, { ...changes, status: to });
    return (result.affected ?? 0) > 0;
  }

  /** The job's row, locked for the caller's transaction. */
  lock(manager: EntityManager, id: string): Promise<ImportJobEntity | null> {
    return manager.findOne(ImportJobEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  clearRows(jobId: string): Promise<unknown> {
    return this.dataSource.manager.delete(ImportRowEntity, { jobId });
  }

  insertRows(manager: EntityManager, rows: Partial<ImportRowEntity>[]): Promise<unknown> {
    // jsonb `input` is any JSON; TypeORM's deep-partial type cannot say so.
    return rows.length
      ? manager.insert(ImportRowEntity, rows as QueryDeepPartialEntity<ImportRowEntity>[])
      : Promise.resolve();
  }

  async counts(jobId: string, manager = this.dataSource.manager): Promise<ImportCounts> {
    const rows = await manager
      .createQueryBuilder(ImportRowEntity, 'r')
      .select('r.action', 'action')
      .addSelect('count(*)::int', 'n')
      .where('r.job_id = :jobId', { jobId })
      .groupBy('r.action')
      .getRawMany<{ action: ImportRowAction; n: number }>();
    const counts: ImportCounts = { add: 0, update: 0, unchanged: 0, invalid: 0 };
    for (const row of rows) counts[row.action] = Number(row.n);
    return counts;
  }

  rowsPage(jobId: string, action: ImportRowAction | undefined, page: number, pageSize: number) {
    return this.dataSource.manager.findAndCount(ImportRowEntity, {
      where: { jobId, ...(action ? { action } : {}) },
      order: { rowNumber: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  /** The rows of `actions` after `afterRow`, in row order, a batch at a time. */
  rowsAfter(
    manager: EntityManager,
    jobId: string,
    actions: ImportRowAction[],
    afterRow: number,
    size: number,
  ): Promise<ImportRowEntity[]> {
    return manager
      .createQueryBuilder(ImportRowEntity, 'r')
      .where('r.job_id = :jobId', { jobId })
      .andWhere('r.action IN (:...actions)', { actions })
      .andWhere('r.row_number > :afterRow', { afterRow })
      .orderBy('r.row_number', 'ASC')
      .limit(size)
      .getMany();
  }
}
