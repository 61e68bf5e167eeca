import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ApplicationStatus, ApplicationTargetKind, QueueSort } from '@kbdm/applications/domain';
import { Brackets, Repository, type SelectQueryBuilder } from 'typeorm';
import { ApplicationEntity } from './application.entity';

/** The officers' queue filters; codes as in the catalogue. */
export type QueueFilter = {
  statuses?: ApplicationStatus[];
  programmeCodes?: string[];
  districtCodes?: string[];
  targetKinds?: ApplicationTargetKind[];
  /** An officer's id, or `none` for unassigned. */
  assignee?: string;
  overdue?: boolean;
  q?: string;
  /** The region's date today: what "overdue" is measured against. */
  today: string;
};

// Waiting for an officer, past its deadline, its clock not stopped for the applicant's answer.
const OVERDUE = `(a.status IN ('submitted', 'in_review', 'resubmitted') AND a.paused_working_days_left IS NULL
  AND a.decision_due < :today)`;

/** The officers' queue over every submitted application: drafts are the applicant's alone. */
@Injectable()
export class ApplicationQueueRepository {
  constructor(@InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>) {}

  private filtered(filter: QueueFilter, options: { withStatus: boolean }): SelectQueryBuilder<ApplicationEntity> {
    const qb = this.applications
      .createQueryBuilder('a')
      .leftJoin('a.programme', 'programme')
      .leftJoin('a.district', 'district')
      .leftJoin('a.applicant', 'applicant')
      .where(`a.status <> 'draft'`)
      .setParameter('today', filter.today);
    if (options.withStatus && filter.statuses?.length) {
      qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.programmeCodes?.length)
      qb.andWhere('programme.code IN (:...programmes)', { programmes: filter.programmeCodes });
    if (filter.districtCodes?.length)
      qb.andWhere('district.code IN (:...districts)', { districts: filter.districtCodes });
    if (filter.targetKinds?.length) qb.andWhere('a.target_kind IN (:...kinds)', { kinds: filter.targetKinds });
    if (filter.assignee === 'none') qb.andWhere('a.assignee_id IS NULL');
    else if (filter.assignee) qb.andWhere('a.assignee_id = :assignee', { assignee: filter.assignee });
    if (filter.overdue === true) qb.andWhere(OVERDUE);
    if (filter.overdue === false) qb.andWhere(`NOT ${OVERDUE}`);
    if (filter.q) {
      const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((any) =>
          any
            .where(
              `lower('kbdm-' || extract(year from a.created_at)::int || '-' || lpad(a.number::text, 6, '0')) LIKE :q`,
            )
            .orWhere(`lower(a.form ->> 'projectTitle') LIKE :q`)
            .orWhere(`lower(a.form ->> 'applicantName') LIKE :q`)
            .orWhere('lower(applicant.full_name) LIKE :q'),
        ),
        { q: pattern },
      );
    }
    return qb;
  }

  private sorted(
    qb: SelectQueryBuilder<ApplicationEntity>,
    sort: QueueSort | undefined,
  ): SelectQueryBuilder<ApplicationEntity> {
    switch (sort) {
      case undefined:
        // Overdue first, then the nearest deadline: what an officer must look at next.
        qb.orderBy(`CASE WHEN ${OVERDUE} THEN 0 ELSE 1 END`, 'ASC').addOrderBy('a.decision_due', 'ASC', 'NULLS LAST');
        break;
      case 'decisionDue':
        qb.orderBy('a.decision_due', 'ASC', 'NULLS LAST');
        break;
      case '-decisionDue':
        qb.orderBy('a.decision_due', 'DESC', 'NULLS LAST');
        break;
      case 'submittedAt':
        qb.orderBy('a.submitted_at', 'ASC');
        break;
      case '-submittedAt':
        qb.orderBy('a.submitted_at', 'DESC');
        break;
    }
    return qb.addOrderBy('a.number', 'ASC');
  }

  /** Ids of one page, in queue order, and the total. */
  async page(
    filter: QueueFilter,
    sort: QueueSort | undefined,
    paging: { page: number; pageSize: number },
  ): Promise<{ ids: string[]; total: number }> {
    const qb = this.sorted(this.filtered(filter, { withStatus: true }), sort);
    const [rows, total] = await Promise.all([
      qb
        .clone()
        .select('a.id', 'id')
        .offset((paging.page - 1) * paging.pageSize)
        .limit(paging.pageSize)
        .getRawMany<{ id: string }>(),
      qb.clone().orderBy().getCount(),
    ]);
    return { ids: rows.map((row) => row.id), total };
  }

  /** Per status and overdue, under every filter but the status. */
  async counts(filter: QueueFilter): Promise<{ byStatus: Map<string, number>; overdue: number }> {
    const rows = await this.filtered(filter, { withStatus: false })
      .select('a.status', 'status')
      .addSelect('count(*)::int', 'count')
      .addSelect(`count(*) FILTER (WHERE ${OVERDUE})::int`, 'overdue')
      .groupBy('a.status')
      .getRawMany<{ status: string; count: number; overdue: number }>();
    return {
      byStatus: new Map(rows.map((row) => [row.status, row.count])),
      overdue: rows.reduce((sum, row) => sum + row.overdue, 0),
    };
  }

  /**
   * Every id under the filters in queue order, `batch` at a time: the CSV export reads the queue
   * in slices so its memory does not grow with the queue.
   */
  async *idsInBatches(filter: QueueFilter, sort: QueueSort | undefined, batch: number): AsyncGenerator<string[]> {
    for (let offset = 0; ; offset += batch) {
      const rows = await this.sorted(this.filtered(filter, { withStatus: true }), sort)
        .select('a.id', 'id')
        .offset(offset)
        .limit(batch)
        .getRawMany<{ id: string }>();
      if (rows.length > 0) yield rows.map((row) => row.id);
      if (rows.length < batch) return;
    }
  }

  /** The applications with what a row shows, in the order of `ids`. */
  async rows(ids: string[]): Promise<ApplicationEntity[]> {
    if (ids.length === 0) return [];
    const found = await this.applications
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.applicant', 'applicant')
      .leftJoinAndSelect('a.assignee', 'assignee')
      .leftJoinAndSelect('a.programme', 'programme')
      .leftJoinAndSelect('a.opportunity', 'opportunity')
      .leftJoinAndSelect('a.pppProject', 'pppProject')
      .leftJoinAndSelect('a.district', 'district')
      .where('a.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(found.map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id)).filter((a): a is ApplicationEntity => a !== undefined);
  }
}
