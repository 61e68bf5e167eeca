import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AdminUser,
  AuditAction,
  AuditEventView,
  ChangeRoleRequest,
  CreateAccountRequest,
  Role,
} from '@kbdm/accounts/domain';
import type { Page } from '@kbdm/shared/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import type { Observable } from 'rxjs';

/** What `GET /api/v1/admin/users` narrows by: part of the e-mail or name, a role, and the page. */
export type AdminUsersFilter = { q?: string; role?: Role; page?: number; pageSize?: number };

/** What `GET /api/v1/admin/audit-events` narrows by; newest first. */
export type AuditEventsFilter = {
  action?: AuditAction;
  actorId?: string;
  targetId?: string;
  page?: number;
  pageSize?: number;
};

// Blank text and missing or non-finite numbers are left out: the API refuses an empty `q`.
function queryOf(filter: Record<string, string | number | undefined>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value.trim() !== '') params = params.set(key, value.trim());
    if (typeof value === 'number' && Number.isFinite(value)) params = params.set(key, value);
  }
  return params;
}

// An optional reason is sent only when there is one: the API refuses an empty string.
function reasonBody(reason: string | undefined): { reason?: string } {
  const trimmed = reason?.trim();
  return trimmed ? { reason: trimmed } : {};
}

/** The administrators' endpoints of `/api/v1/admin`: accounts, their roles and sessions, and the audit log. */
@Injectable({ providedIn: 'root' })
export class AdminUsersClient {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(filter: AdminUsersFilter): Observable<Page<AdminUser>> {
    return this.http.get<Page<AdminUser>>(this.users(), { params: queryOf(filter) });
  }

  create(request: CreateAccountRequest): Observable<AdminUser> {
    return this.http.post<AdminUser>(this.users(), request);
  }

  changeRole(id: string, request: ChangeRoleRequest): Observable<AdminUser> {
    return this.http.patch<AdminUser>(this.users(id, 'role'), request);
  }

  /** Deactivates the account and ends its sessions; the reason is required. */
  deactivate(id: string, reason: string): Observable<AdminUser> {
    return this.http.post<AdminUser>(this.users(id, 'deactivate'), { reason });
  }

  reactivate(id: string, reason?: string): Observable<AdminUser> {
    return this.http.post<AdminUser>(this.users(id, 'reactivate'), reasonBody(reason));
  }

  /** Ends every session of the account; answers 204. */
  revokeSessions(id: string, reason?: string): Observable<void> {
    return this.http.post<void>(this.users(id, 'sessions/revoke'), reasonBody(reason));
  }

  auditEvents(filter: AuditEventsFilter): Observable<Page<AuditEventView>> {
    return this.http.get<Page<AuditEventView>>(`${this.baseUrl}/api/v1/admin/audit-events`, {
      params: queryOf(filter),
    });
  }

  private users(id?: string, action?: string): string {
    const base = `${this.baseUrl}/api/v1/admin/users`;
    return id === undefined ? base : `${base}/${encodeURIComponent(id)}/${action}`;
  }
}
