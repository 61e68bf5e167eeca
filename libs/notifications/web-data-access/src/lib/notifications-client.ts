import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NotificationPage } from '@kbdm/notifications/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import type { Observable } from 'rxjs';

/** Path of the signed-in person's notifications under the API origin. */
export const NOTIFICATIONS_PATH = '/api/v1/me/notifications';

export type NotificationsQuery = { unread?: boolean; page?: number; pageSize?: number };

/** The signed-in person's in-app notifications: newest first with the unread count; mark one or all read. */
@Injectable({ providedIn: 'root' })
export class NotificationsClient {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: NotificationsQuery = {}): Observable<NotificationPage> {
    const params: Record<string, string | number> = {};
    if (query.unread) params['unread'] = 'true';
    if (query.page && query.page > 1) params['page'] = query.page;
    if (query.pageSize) params['pageSize'] = query.pageSize;
    return this.http.get<NotificationPage>(`${this.baseUrl}${NOTIFICATIONS_PATH}`, { params });
  }

  markRead(id: string): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}${NOTIFICATIONS_PATH}/${encodeURIComponent(id)}/read`, null);
  }

  markAllRead(): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}${NOTIFICATIONS_PATH}/read`, null);
  }
}
