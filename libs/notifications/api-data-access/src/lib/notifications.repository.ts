import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { NotificationKind, NotificationParams } from '@kbdm/notifications/domain';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import { MailOutboxEntity, NotificationEntity } from './notification.entity';

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
  /** The e-mail telling the same, queued in the outbox; none when the person has no address. */
  mail: { to: string; subject: string; text: string } | null;
};

/** In-app notifications: written inside the caller's transaction, read and marked by their owner. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  /** Writes the notification and queues its e-mail through `manager`, so both commit with the change. */
  async add(manager: EntityManager, notification: NewNotification): Promise<void> {
    await manager.insert(NotificationEntity, {
      userId: notification.userId,
      kind: notification.kind,
      params: notification.params,
      link: notification.link,
    });
    if (notification.mail) {
      await manager.insert(MailOutboxEntity, {
        toAddress: notification.mail.to,
        subject: notification.mail.subject,
        bodyText: notification.mail.text,
      });
    }
  }

  /** Newest first. */
  page(
    userId: string,
    options: { unreadOnly: boolean; page: number; pageSize: number },
  ): Promise<[NotificationEntity[], number]> {
    return this.notifications.findAndCount({
      where: { userId, ...(options.unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (options.page - 1) * options.pageSize,
      take: options.pageSize,
    });
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.countBy({ userId, readAt: IsNull() });
  }

  /** False when the person has no such notification (someone else's included). */
  async markRead(userId: string, id: string, at: Date): Promise<boolean> {
    const found = await this.notifications.findOneBy({ id, userId });
    if (!found) return false;
    if (found.readAt === null) await this.notifications.update({ id, userId, readAt: IsNull() }, { readAt: at });
    return true;
  }

  async markAllRead(userId: string, at: Date): Promise<number> {
    const result = await this.notifications.update({ userId, readAt: IsNull() }, { readAt: at });
    return result.affected ?? 0;
  }
}
