import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  MailOutboxEntity,
  MailOutboxRepository,
  NotificationEntity,
  NotificationsRepository,
} from '@kbdm/notifications/api-data-access';
import { MailDispatcher } from './mail-dispatcher';
import { MyNotificationsController } from './my-notifications.controller';
import { Notifier } from './notifier';

/** In-app notifications, and e-mail through the outbox and the configured transport. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, MailOutboxEntity])],
  controllers: [MyNotificationsController],
  providers: [NotificationsRepository, MailOutboxRepository, Notifier, MailDispatcher],
  exports: [Notifier, MailDispatcher],
})
export class NotificationsModule {}
