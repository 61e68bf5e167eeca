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
  forTarget(targetType: string, targetId: string, limit = 50): Promise<AuditEventEntity[]> {
    return this.events.find({ where: { targetType, targetId }, order: { createdAt: 'DESC' }, take: limit });
  }
}
