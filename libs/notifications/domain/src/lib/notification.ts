import type { Page } from '@kbdm/shared/domain';

/**
 * In-app notifications (`/api/v1/me/notifications`), one per event a person should hear of.
 * The text is not stored: a notification names its kind and parameters, and each client says it
 * in the reader's language (`notificationText` gives the three).
 */
export const NOTIFICATION_KINDS = [
  'application.status_changed',
  'application.message',
  'investor_request.status_changed',
  'investor_request.message',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationParams = {
  /** The human reference of the application (`KBDM-2026-000123`) or the investor's request (`INV-2026-000012`). */
  reference: string;
  /** The application's id, for the link (`application.*` kinds). */
  applicationId?: string;
  /** The investor's request's id, for the link (`investor_request.*` kinds). */
  requestId?: string;
  /** For a status change: the new status key. */
  status?: string;
  /** The project's title or the target's name, as the applicant wrote or saw it. */
  subject?: string;
};

/** Where a notification leads in the web app. */
export function notificationPath(params: Pick<NotificationParams, 'applicationId' | 'requestId'>): string {
  return params.requestId ? `/investors/requests/${params.requestId}` : `/applications/${params.applicationId ?? ''}`;
}

export type Notification = {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  createdAt: string;
  readAt: string | null;
  /** Where the reader goes from it, a path of the web app. */
  link: string;
};

/** `GET /api/v1/me/notifications`. */
export type NotificationPage = Page<Notification> & { unread: number };
