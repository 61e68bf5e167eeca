import { Injectable } from '@nestjs/common';
import { validateEnvironment } from '@kbdm/api/core-config';
import { type NotificationKind, type NotificationParams, notificationPath } from '@kbdm/notifications/domain';
import { NotificationsRepository } from '@kbdm/notifications/api-data-access';
import type { EntityManager } from 'typeorm';
import { notificationMail } from './notification-text';

export type Recipient = { id: string; email: string | null };

/**
 * Tells a person of something: the in-app notification and the e-mail, both written through the
 * caller's transaction, so they exist exactly when the change they tell of committed. The e-mail
 * itself leaves later, from the outbox (`MailDispatcher`).
 */
@Injectable()
export class Notifier {
  constructor(private readonly notifications: NotificationsRepository) {}

  async notify(
    manager: EntityManager,
    recipient: Recipient,
    kind: NotificationKind,
    params: NotificationParams,
  ): Promise<void> {
    const mail = recipient.email ? { to: recipient.email, ...notificationMail(kind, params, this.portalUrl()) } : null;
    await this.notifications.add(manager, {
      userId: recipient.id,
      kind,
      params,
      link: notificationPath(params),
      mail,
    });
  }

  private portalUrl(): string {
    const env = validateEnvironment(process.env);
    return env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`;
  }
}
