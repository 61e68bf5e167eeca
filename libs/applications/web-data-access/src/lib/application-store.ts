import { DestroyRef, DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  Application,
  ApplicationAction,
  ApplicationDocument,
  ApplicationForm,
  TransitionRequest,
} from '@kbdm/applications/domain';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { toProblem } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { ApplicationsClient } from './applications-client';
import { newIdempotencyKey } from './idempotency-key';
import { OfficerQueueClient } from './officer-queue-client';
import { saveBlob } from './save-blob';

/** How long after the last change the answers are saved. */
export const AUTOSAVE_DELAY_MS = 1500;

/** The problem codes after which the page shows the application as it now is. */
export const VERSION_CONFLICT = 'application_version_conflict';
export const ASSIGNED_ELSEWHERE = 'application_assigned_elsewhere';
export const FILED_ON_EGOV = 'application_filed_on_egov';

/** Where the autosave stands, for the line under the form. */
export type SaveState =
  | { kind: 'idle' }
  /** A change waits for the typing to pause. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; problem: ProblemDetails }
  /** Someone else changed the answers: the form now shows theirs. */
  | { kind: 'conflict' };

/** A file on its way to the API, with its progress (0–100) or the reason it was refused. */
export type Upload = {
  id: string;
  requirement: number | null;
  fileName: string;
  percent: number;
  problem: ProblemDetails | null;
};

/** How a move, an assignment or a deletion ended; `conflict`: the application was read again. */
export type Outcome = { ok: true } | { ok: false; problem: ProblemDetails; conflict: boolean };

const transient = (problem: ProblemDetails) => problem.status === 0 || problem.status >= 500;

/** The answers compared by content: key order and unanswered fields do not count. */
export function sameAnswers(a: ApplicationForm | undefined, b: ApplicationForm | undefined): boolean {
  const canonical = (form: ApplicationForm | undefined) =>
    JSON.stringify(
      Object.entries(form ?? {})
        .filter(([, value]) => value !== undefined && value !== null && value !== '')
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return canonical(a) === canonical(b);
}

/**
 * One application as a page works on it: read it, save the answers a pause after the last
 * change at the version last seen, upload and delete documents with their progress, move it
 * through the workflow and assign it. Provided by each page, so it lives as long as the page.
 *
 * A stale version (409) never loses work silently: when only the version moved (a document was
 * added meanwhile), the save is sent again at the new one; when the answers themselves changed,
 * the page shows the saved ones and says so.
 */
@Injectable()
export class ApplicationStore {
  private readonly client = inject(ApplicationsClient);
  private readonly queueClient = inject(OfficerQueueClient);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  private readonly current = signal<Application | null>(null);
  readonly application = this.current.asReadonly();
  readonly loading = signal(false);
  readonly loadProblem = signal<ProblemDetails | null>(null);
  readonly saveState = signal<SaveState>({ kind: 'idle' });
  readonly uploads = signal<readonly Upload[]>([]);
  /** The move, assignment or deletion on its way: its buttons wait meanwhile. */
  readonly acting = signal<ApplicationAction | 'assign' | 'delete' | null>(null);
  /** Goes up each time the answers come from the API rather than from typing: the form then takes them. */
  readonly formRevision = signal(0);

  private pending: ApplicationForm | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<boolean> | null = null;
  /** One submission attempt: its key is sent again on every retry of the same version. */
  private submitAttempt: { key: string; version: number } | null = null;

  constructor() {
    // Leaving the page within the pause still saves what was typed.
    this.destroyRef.onDestroy(() => {
      if (this.pending) void this.saveNow();
    });
  }

  /** Whether something typed is not saved yet (the page warns before it is closed). */
  hasUnsavedChanges(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  /** Reads the application; false (with `loadProblem`) when it cannot be read. */
  async load(id: string): Promise<boolean> {
    this.loading.set(true);
    this.loadProblem.set(null);
    try {
      this.accept(await firstValueFrom(this.client.get(id)), true);
      return true;
    } catch (error) {
      this.loadProblem.set(toProblem(error));
      return false;
    } finally {
      this.loading.set(false);
    }
  }

  /** Reads the application again, keeping the page as it is until the answer is in. */
  async reload(): Promise<boolean> {
    const id = this.current()?.id;
    return id ? this.load(id) : false;
  }

  /** Saves `form` once the typing has paused for `AUTOSAVE_DELAY_MS`; a change meanwhile starts the pause again. */
  queueSave(form: ApplicationForm): void {
    this.clearTimer();
    if (this.inFlight === null && sameAnswers(form, this.current()?.form)) {
      this.pending = null;
      if (this.saveState().kind === 'pending') this.saveState.set({ kind: 'idle' });
      return;
    }
    this.pending = form;
    if (this.saveState().kind !== 'saving') this.saveState.set({ kind: 'pending' });
    this.timer = setTimeout(() => void this.saveNow(), AUTOSAVE_DELAY_MS);
  }

  /** Saves what waits now (before a submission); true when every answer is saved. */
  async flushSave(): Promise<boolean> {
    while (this.pending !== null || this.inFlight !== null) {
      if (!(await this.saveNow())) return false;
    }
    return this.saveState().kind !== 'failed' && this.saveState().kind !== 'conflict';
  }

  /** Starts uploading `file`; its progress and its end show in `uploads`, the document then in the application. */
  upload(requirement: number | null, file: File): void {
    const application = this.current();
    if (!application) return;
    const id = newIdempotencyKey();
    this.uploads.update((uploads) => [...uploads, { id, requirement, fileName: file.name, percent: 0, problem: null }]);
    const change = (patch: Partial<Upload>) =>
      this.uploads.update((uploads) => uploads.map((upload) => (upload.id === id ? { ...upload, ...patch } : upload)));
    this.client
      .uploadDocument(application.id, requirement, file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (event) => {
          if (event.kind === 'progress') {
            change({ percent: event.percent });
            return;
          }
          this.current.update((app) => app && { ...app, documents: [...app.documents, event.document] });
          this.uploads.update((uploads) => uploads.filter((upload) => upload.id !== id));
        },
        error: (error: unknown) => change({ problem: toProblem(error) }),
      });
  }

  /** Forgets a refused upload once its message has been read. */
  dismissUpload(id: string): void {
    this.uploads.update((uploads) => uploads.filter((upload) => upload.id !== id));
  }

  async deleteDocument(document: ApplicationDocument): Promise<Outcome> {
    const application = this.current();
    if (!application) return this.missing();
    try {
      await firstValueFrom(this.client.deleteDocument(application.id, document.id), { defaultValue: undefined });
      this.current.update(
        (app) => app && { ...app, documents: app.documents.filter((candidate) => candidate.id !== document.id) },
      );
      return { ok: true };
    } catch (error) {
      return this.refuse(toProblem(error));
    }
  }

  /** Fetches a document with the bearer token and hands it to the browser as a download. */
  async downloadDocument(document: ApplicationDocument): Promise<Outcome> {
    const application = this.current();
    if (!application) return this.missing();
    try {
      const blob = await firstValueFrom(this.client.downloadDocument(application.id, document.id));
      saveBlob(this.document, blob, document.fileName);
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: toProblem(error), conflict: false };
    }
  }

  /**
   * Submits the draft: saves what waits first, then sends `submit` with the key of this attempt.
   * Trying again after a failure the API did not answer (the network, a 5xx) reuses the key, so
   * the API answers the first result if it had arrived; a change of the answers starts a new attempt.
   */
  submit(): Promise<Outcome> {
    return this.act('submit');
  }

  /** A move of the workflow at the version seen; `reason` is sent when given. */
  async act(action: ApplicationAction, reason?: string): Promise<Outcome> {
    if (action === 'submit' || action === 'resubmit') {
      if (!(await this.flushSave())) return this.saveFailure();
    }
    const application = this.current();
    if (!application) return this.missing();
    let key: string | undefined;
    if (action === 'submit') {
      if (this.submitAttempt?.version !== application.version) {
        this.submitAttempt = { key: newIdempotencyKey(), version: application.version };
      }
      key = this.submitAttempt.key;
    }
    const request: TransitionRequest = { action, version: application.version };
    if (reason?.trim()) request.reason = reason.trim();
    this.acting.set(action);
    try {
      this.accept(await firstValueFrom(this.client.transition(application.id, request, key)), true);
      this.submitAttempt = null;
      return { ok: true };
    } catch (error) {
      const problem = toProblem(error);
      // An answer from the API means this attempt is over; only a lost one is tried again with its key.
      if (!transient(problem)) this.submitAttempt = null;
      return this.refuse(problem);
    } finally {
      this.acting.set(null);
    }
  }

  /** Takes (your own id), assigns or (null) releases the application at the version seen. */
  async assign(assigneeId: string | null): Promise<Outcome> {
    const application = this.current();
    if (!application) return this.missing();
    this.acting.set('assign');
    try {
      const updated = await firstValueFrom(
        this.queueClient.assign(application.id, { version: application.version, assigneeId }),
      );
      this.accept(updated, true);
      return { ok: true };
    } catch (error) {
      return this.refuse(toProblem(error));
    } finally {
      this.acting.set(null);
    }
  }

  /** Deletes the draft (the answers and documents with it). */
  async deleteDraft(): Promise<Outcome> {
    const application = this.current();
    if (!application) return this.missing();
    this.clearTimer();
    this.pending = null;
    this.acting.set('delete');
    try {
      await firstValueFrom(this.client.delete(application.id, application.version), { defaultValue: undefined });
      return { ok: true };
    } catch (error) {
      return this.refuse(toProblem(error));
    } finally {
      this.acting.set(null);
    }
  }

  private accept(application: Application, answersFromApi: boolean): void {
    this.current.set(application);
    if (answersFromApi) this.formRevision.update((revision) => revision + 1);
  }

  /** Saves what waits, after the save on its way; false when it failed. */
  private async saveNow(): Promise<boolean> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    const form = this.pending;
    if (form === null) return this.saveState().kind !== 'failed';
    this.pending = null;
    const run = this.save(form);
    this.inFlight = run;
    try {
      return await run;
    } finally {
      this.inFlight = null;
    }
  }

  private async save(form: ApplicationForm, retried = false): Promise<boolean> {
    const application = this.current();
    if (!application) return false;
    this.saveState.set({ kind: 'saving' });
    try {
      const updated = await firstValueFrom(this.client.update(application.id, { version: application.version, form }));
      this.accept(updated, false);
      this.saveState.set({ kind: 'saved', at: updated.updatedAt });
      return true;
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code !== VERSION_CONFLICT || retried) {
        this.saveState.set({ kind: 'failed', problem });
        return false;
      }
      let fresh: Application;
      try {
        fresh = await firstValueFrom(this.client.get(application.id));
      } catch (reloadError) {
        this.saveState.set({ kind: 'failed', problem: toProblem(reloadError) });
        return false;
      }
      if (sameAnswers(fresh.form, application.form) && fresh.status === application.status) {
        // Only the version moved (a document, an assignment): the answers typed here are still the news.
        this.accept(fresh, false);
        return this.save(form, true);
      }
      this.pending = null;
      this.accept(fresh, true);
      this.saveState.set({ kind: 'conflict' });
      return false;
    }
  }

  private async refuse(problem: ProblemDetails): Promise<Outcome> {
    const conflict = problem.code === VERSION_CONFLICT || problem.code === ASSIGNED_ELSEWHERE;
    if (conflict) await this.reload();
    return { ok: false, problem, conflict };
  }

  private saveFailure(): Outcome {
    const state = this.saveState();
    if (state.kind === 'failed') return { ok: false, problem: state.problem, conflict: false };
    return {
      ok: false,
      conflict: true,
      problem: { type: 'about:blank', title: 'The answers changed meanwhile', status: 409, code: VERSION_CONFLICT },
    };
  }

  private missing(): Outcome {
    return { ok: false, conflict: false, problem: { type: 'about:blank', title: 'Not loaded', status: 0 } };
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
