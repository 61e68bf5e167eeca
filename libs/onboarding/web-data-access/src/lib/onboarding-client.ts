import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Assessment,
  CreateAssessmentRequest,
  OnboardingAnswers,
  OnboardingDemand,
} from '@kbdm/onboarding/eligibility';
import type { Lang } from '@kbdm/shared/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import type { Observable } from 'rxjs';

/** Path of the onboarding's assessments under the API origin. */
export const ASSESSMENTS_PATH = '/api/v1/onboarding/assessments';

/** Path of the demand figures (officers and administrators). */
export const DEMAND_PATH = '/api/v1/onboarding/demand';

/** The demand figures' filter: inclusive calendar days (`YYYY-MM-DD`) and a district's code; empty parts are left out. */
export type DemandFilter = { from?: string | null; to?: string | null; district?: string | null };

/** `?lang=` when a language is given: it names the referenced sectors and districts; explanations come in all three. */
function langParams(lang: Lang | undefined): { params?: { lang: Lang } } {
  return lang ? { params: { lang } } : {};
}

/**
 * The onboarding endpoints of `/api/v1`: assess a questionnaire's answers (anonymous allowed),
 * read an assessment back by its unguessable id, attach it to the signed-in account, and list
 * the caller's own. Explanations arrive in all three languages, so a page never asks again
 * when the interface language changes.
 */
@Injectable({ providedIn: 'root' })
export class OnboardingClient {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** `POST …/assessments` → 201 with the verdicts and ranked opportunities; 400 names the wrong answer. */
  create(answers: OnboardingAnswers, lang?: Lang): Observable<Assessment> {
    const request: CreateAssessmentRequest = { answers };
    return this.http.post<Assessment>(`${this.baseUrl}${ASSESSMENTS_PATH}`, request, langParams(lang));
  }

  /** Anyone with the id reads an unclaimed assessment; a claimed one only its account (else 404). */
  get(id: string, lang?: Lang): Observable<Assessment> {
    return this.http.get<Assessment>(`${this.baseUrl}${ASSESSMENTS_PATH}/${encodeURIComponent(id)}`, langParams(lang));
  }

  /** Attaches the assessment to the signed-in account (the bearer token says whose). */
  claim(id: string, lang?: Lang): Observable<Assessment | null> {
    return this.http.post<Assessment | null>(
      `${this.baseUrl}${ASSESSMENTS_PATH}/${encodeURIComponent(id)}/claim`,
      null,
      langParams(lang),
    );
  }

  /** The signed-in person's saved assessments, newest first. */
  mine(lang?: Lang): Observable<Assessment[]> {
    return this.http.get<Assessment[]>(`${this.baseUrl}/api/v1/me/assessments`, langParams(lang));
  }

  /** What people asked for in the period and district: counts only, none under `DEMAND_MIN_COUNT` (null). */
  demand(filter: DemandFilter = {}): Observable<OnboardingDemand> {
    const params: Record<string, string> = {};
    for (const key of ['from', 'to', 'district'] as const) {
      const value = filter[key];
      if (value) params[key] = value;
    }
    return this.http.get<OnboardingDemand>(`${this.baseUrl}${DEMAND_PATH}`, { params });
  }
}
