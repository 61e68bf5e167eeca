import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { toQueryParams } from '@kbdm/catalogue/web-data-access';
import type {
  CreateInvestorRequest,
  InvestorMatches,
  InvestorRequest,
  InvestorRequestKind,
  InvestorRequestMessage,
  InvestorRequestStatus,
  InvestorRequestSummary,
  InvestorRequestTransition,
  SlotCapacity,
} from '@kbdm/sez/domain';
import type { Lang, Page } from '@kbdm/shared/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import type { Observable } from 'rxjs';

/** `GET /api/v1/investors/matches`: every need optional. */
export type MatchQuery = {
  sector?: string;
  area?: number;
  power?: number;
  water?: number;
  gas?: number;
  budget?: number;
};

/** A page of requests under filters (the investor's own, or the officers' queue). */
export type RequestListQuery = {
  status?: InvestorRequestStatus[];
  kind?: InvestorRequestKind[];
  slot?: string;
  page?: number;
  pageSize?: number;
};

/**
 * Investors' endpoints of `/api/v1`: the ranking of slots and PPP projects, a slot's capacity
 * ledger, and reservations and expressions of interest with their moves and threads.
 */
@Injectable({ providedIn: 'root' })
export class InvestorRequestsClient {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  private url(...parts: string[]): string {
    return `${this.baseUrl}/api/v1/${parts.join('/')}`;
  }

  matches(query: MatchQuery, lang: Lang): Observable<InvestorMatches> {
    return this.http.get<InvestorMatches>(this.url('investors', 'matches'), { params: toQueryParams(query, lang) });
  }

  capacity(slotId: string): Observable<SlotCapacity> {
    return this.http.get<SlotCapacity>(this.url('sez-slots', encodeURIComponent(slotId), 'capacity'));
  }

  create(request: CreateInvestorRequest, lang: Lang): Observable<InvestorRequest> {
    return this.http.post<InvestorRequest>(this.url('investor-requests'), request, { params: toQueryParams({}, lang) });
  }

  get(id: string, lang: Lang): Observable<InvestorRequest> {
    return this.http.get<InvestorRequest>(this.url('investor-requests', encodeURIComponent(id)), {
      params: toQueryParams({}, lang),
    });
  }

  transition(id: string, move: InvestorRequestTransition, lang: Lang): Observable<InvestorRequest> {
    return this.http.post<InvestorRequest>(this.url('investor-requests', encodeURIComponent(id), 'transitions'), move, {
      params: toQueryParams({}, lang),
    });
  }

  messages(id: string): Observable<InvestorRequestMessage[]> {
    return this.http.get<InvestorRequestMessage[]>(this.url('investor-requests', encodeURIComponent(id), 'messages'));
  }

  postMessage(id: string, body: string): Observable<InvestorRequestMessage> {
    return this.http.post<InvestorRequestMessage>(this.url('investor-requests', encodeURIComponent(id), 'messages'), {
      body,
    });
  }

  /** The signed-in investor's own requests, newest first. */
  mine(query: RequestListQuery, lang: Lang): Observable<Page<InvestorRequestSummary>> {
    return this.http.get<Page<InvestorRequestSummary>>(this.url('me', 'investor-requests'), {
      params: toQueryParams(query, lang),
    });
  }

  /** The officers' queue: every investor's requests. */
  queue(query: RequestListQuery, lang: Lang): Observable<Page<InvestorRequestSummary>> {
    return this.http.get<Page<InvestorRequestSummary>>(this.url('officer', 'investor-requests'), {
      params: toQueryParams(query, lang),
    });
  }
}
