import type { Notification } from '@kbdm/notifications/domain';
import { type Dictionary, fill } from '@kbdm/shared/web-core';

type StatusKey = keyof Dictionary['applications']['status'];

const isStatus = (t: Dictionary, status: string | undefined): status is StatusKey =>
  status !== undefined && Object.prototype.hasOwnProperty.call(t.applications.status, status);

/**
 * A notification said in the interface language from its kind and parameters (the API stores no
 * text): «Заявка KBDM-2026-000012: одобрена». A status this build does not know is shown as sent.
 */
export function notificationText(notification: Notification, t: Dictionary): string {
  const { reference, status } = notification.params;
  switch (notification.kind) {
    case 'application.status_changed': {
      const label = isStatus(t, status) ? t.applications.status[status].toLocaleLowerCase() : (status ?? '');
      return fill(t.notifications.statusChanged, { reference, status: label });
    }
    case 'application.message':
      return fill(t.notifications.message, { reference });
    case 'investor_request.status_changed': {
      const labels: Record<string, string> = t.investors.status;
      const label = status && Object.prototype.hasOwnProperty.call(labels, status) ? labels[status] : (status ?? '');
      return fill(t.notifications.requestStatusChanged, { reference, status: label.toLocaleLowerCase() });
    }
    case 'investor_request.message':
      return fill(t.notifications.requestMessage, { reference });
  }
}
