import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditAction } from '@kbdm/accounts/domain';
import { Repository } from 'typeorm';
import { type AuditDetails, AuditEventEntity } from './audit-event.entity';

export type NewAuditEvent = {
  actorId: string | null;
  action: AuditAction;
  targetType?: string | null;
  targetId?: string | null;
  ip: string | null;
  details?: AuditDetails;
};

/** What administrators filter the audit log by. */
export type AuditEventSearch = {
  action?: AuditAction;
  actorId?: string;
  targetId?: string;
  page: number;
  pageSize: number;
};

/** The audit log: append and read, nothing else. */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  async record(event: NewAuditEvent): Promise<void> {
    await this.events.insert({
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      ip: event.ip,
      details: event.details ?? {},
    });
  }

  /** Newest first. */
  search(search: AuditEventSearch): Promise<[AuditEventEntity[], number]> {
    const where = {
      ...(search.action ? { action: search.action } : {}),
      ...(search.actorId ? { actorId: search.actorId } : {}),
      ...(search.targetId ? { targetId: search.targetId } : {}),
    };
    return this.events.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (search.page - 1) * search.pageSize,
      take: search.pageSize,
    });
  }

  /** Newest first. */
  forTarget(targetType: string, targetId: string, limit = 50): Promise<AuditEventEntity[]> {
    return this.events.find({ where: { targetType, targetId }, order: { createdAt: 'DESC' }, take: limit });
  }
}
