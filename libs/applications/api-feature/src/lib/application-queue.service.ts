import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@kbdm/api/core-auth';
import { csvField } from '@kbdm/api/core-http';
import { ApplicationQueueRepository, type QueueFilter } from '@kbdm/applications/api-data-access';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type ApplicationSummary,
  type PersonRef,
  type QueueCounts,
} from '@kbdm/applications/domain';
import { UserAccountsRepository } from '@kbdm/accounts/api-data-access';
import { DEFAULT_PAGE_SIZE, type Lang, type Page, regionDate } from '@kbdm/shared/domain';
import { Readable } from 'node:stream';
import { referenceOf, toSummary } from './application-view';
import type { QueueFilterQuery, QueueQuery } from './applications.dto';
import { Clock } from '@kbdm/api/core-config';

const CSV_BATCH = 500;
const CSV_COLUMNS = [
  'reference',
  'status',
  'target_kind',
  'target_code',
  'target',
  'project_title',
  'district',
  'applicant',
  'assignee',
  'submitted_at',
  'decision_due',
  'overdue',
] as const;

/** The officers' queue: filters, counts per status, and the CSV export of what is filtered. */
@Injectable()
export class ApplicationQueueService {
  constructor(
    private readonly queue: ApplicationQueueRepository,
    private readonly accounts: UserAccountsRepository,
    private readonly clock: Clock,
  ) {}

  private filterOf(user: AuthenticatedUser, query: QueueFilterQuery): QueueFilter {
    return {
      statuses: query.status,
      programmeCodes: query.programme,
      districtCodes: query.district,
      targetKinds: query.targetKind,
      assignee: query.assignee === 'me' ? user.id : query.assignee?.toLowerCase(),
      overdue: query.overdue,
      q: query.q,
      today: regionDate(this.clock.now()),
    };
  }

  async page(user: AuthenticatedUser, query: QueueQuery, lang: Lang): Promise<Page<ApplicationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const filter = this.filterOf(user, query);
    const { ids, total } = await this.queue.page(filter, query.sort, { page, pageSize });
    const rows = await this.queue.rows(ids);
    return { items: rows.map((row) => toSummary(row, lang, filter.today)), total, page, pageSize };
  }

  async counts(user: AuthenticatedUser, query: QueueFilterQuery): Promise<QueueCounts> {
    const { byStatus, overdue } = await this.queue.counts(this.filterOf(user, query));
    const all = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, byStatus.get(status) ?? 0])) as Record<
      ApplicationStatus,
      number
    >;
    return { byStatus: all, overdue, total: [...byStatus.values()].reduce((a, b) => a + b, 0) };
  }

  /**
   * The filtered queue as CSV, UTF-8 with a byte-order mark (spreadsheet programs then read
   * Kazakh and Russian letters right), produced batch by batch as the client reads it.
   */
  exportCsv(user: AuthenticatedUser, query: QueueQuery, lang: Lang): Readable {
    const filter = this.filterOf(user, query);
    const queue = this.queue;
    async function* lines(): AsyncGenerator<string> {
      yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
      for await (const ids of queue.idsInBatches(filter, query.sort, CSV_BATCH)) {
        const rows = await queue.rows(ids);
        let chunk = '';
        for (const row of rows) {
          const summary = toSummary(row, lang, filter.today);
          chunk +=
            [
              referenceOf(row),
              summary.status,
              summary.target.kind,
              summary.target.code,
              summary.target.title,
              summary.projectTitle,
              summary.district?.title ?? null,
              summary.applicant.fullName,
              summary.assignee?.fullName ?? null,
              summary.submittedAt,
              summary.decisionDue,
              summary.overdue,
            ]
              .map(csvField)
              .join(',') + '\r\n';
        }
        yield chunk;
      }
    }
    return Readable.from(lines());
  }

  /** Who applications can be assigned to: active officers and administrators. */
  async assignable(): Promise<PersonRef[]> {
    const staff = await this.accounts.activeStaff();
    return staff.map((account) => ({ id: account.id, fullName: account.fullName, role: account.role }));
  }
}
