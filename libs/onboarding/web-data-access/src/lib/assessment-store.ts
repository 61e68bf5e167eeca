import { inject, Injectable, signal } from '@angular/core';
import type { Assessment, OnboardingAnswers } from '@kbdm/onboarding/eligibility';
import type { Lang } from '@kbdm/shared/domain';
import { firstValueFrom } from 'rxjs';
import { OnboardingClient } from './onboarding-client';

/**
 * The assessments this tab has seen, by id: the results page opened right after the
 * questionnaire shows the answer of the POST instead of asking the API again, and a claim
 * updates the copy every page reads.
 */
@Injectable({ providedIn: 'root' })
export class AssessmentStore {
  private readonly client = inject(OnboardingClient);
  private readonly known = signal<ReadonlyMap<string, Assessment>>(new Map());

  /** The assessment if this tab has it already. */
  cached(id: string): Assessment | undefined {
    return this.known().get(id);
  }

  /** Assesses the answers and keeps the answer for the results page. */
  async create(answers: OnboardingAnswers, lang?: Lang): Promise<Assessment> {
    return this.remember(await firstValueFrom(this.client.create(answers, lang)));
  }

  /** The cached copy, or the API's. */
  async load(id: string, lang?: Lang): Promise<Assessment> {
    return this.cached(id) ?? this.remember(await firstValueFrom(this.client.get(id, lang)));
  }

  /** Attaches the assessment to the signed-in account; the API may answer with it or with no body. */
  async claim(id: string, lang?: Lang): Promise<Assessment | undefined> {
    const answered = await firstValueFrom(this.client.claim(id, lang));
    const known = answered ?? this.cached(id);
    return known ? this.remember({ ...known, claimed: true }) : undefined;
  }

  private remember(assessment: Assessment): Assessment {
    this.known.update((known) => new Map(known).set(assessment.id, assessment));
    return assessment;
  }
}
