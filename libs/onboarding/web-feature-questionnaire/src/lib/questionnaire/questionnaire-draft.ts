import type { QuestionnaireForm, QuestionnaireValue } from './questionnaire-form';

/** sessionStorage, not localStorage: answers about a person stay in this tab and go when it closes. */
export const DRAFT_KEY = 'kbdm.onboarding.draft';

/** The answers so far and the step the person was on, as kept across a reload. */
export type QuestionnaireDraft = { step: number; value: QuestionnaireValue };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The kept draft, or null when there is none or it is not one (an older shape, hand-edited storage). */
export function readDraft(storage: Storage | undefined): QuestionnaireDraft | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null');
    if (!isObject(parsed) || !isObject(parsed['value']) || typeof parsed['step'] !== 'number') return null;
    const value = parsed['value'];
    if (!isObject(value['about']) || !isObject(value['idea']) || !isObject(value['money'])) return null;
    if (!Array.isArray(value['idea']['sectors'])) return null;
    return parsed as QuestionnaireDraft;
  } catch {
    return null;
  }
}

export function writeDraft(storage: Storage | undefined, draft: QuestionnaireDraft): void {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage may be off (private mode, quota): the answers then last as long as the page.
  }
}

/** Fills the form from a draft; what the draft lacks keeps the form's own value. */
export function restoreDraft(form: QuestionnaireForm, draft: QuestionnaireDraft): void {
  form.patchValue(draft.value, { emitEvent: false });
}
