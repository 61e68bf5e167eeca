import { Injectable } from '@nestjs/common';
import { AuditLogRepository } from '@kbdm/accounts/api-data-access';
import type { AuditAction, AuditEventView } from '@kbdm/accounts/domain';
import { DEFAULT_PAGE_SIZE, type Page } from '@kbdm/shared/domain';
import { toAuditEventView } from './mappers';

/** Reading the audit log, newest first; nothing here writes to it. */
@Injectable()
export class AuditEventsService {
  constructor(private readonly audit: AuditLogRepository) {}

  async list(query: {
    action?: AuditAction;
    actorId?: string;
    targetId?: string;
    page?: number;
    pageSize?: number;
  }): Promise<Page<AuditEventView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const [events, total] = await this.audit.search({
      action: query.action,
      actorId: query.actorId,
      targetId: query.targetId,
      page,
      pageSize,
    });
    return { items: events.map(toAuditEventView), total, page, pageSize };
  }
}
