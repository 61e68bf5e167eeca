import { computed, DOCUMENT, inject, Injectable, type Signal, signal } from '@angular/core';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '@kbdm/shared/domain';
import type { Dictionary } from './dictionary';
import { en } from './i18n.en';
import { kk } from './i18n.kk';
import { ru } from './i18n.ru';

const DICTIONARIES: Record<Lang, Dictionary> = { kk, ru, en };

/**
 * Each language named in itself (never translated), with the short form shown on the switcher.
 * The short form begins the full name, so the spoken label contains the visible one.
 */
export const LANGUAGE_NAMES: Record<Lang, { short: string; full: string }> = {
  kk: { short: 'Қаз', full: 'Қазақша' },
  ru: { short: 'Рус', full: 'Русский' },
  en: { short: 'Eng', full: 'English' },
};

export const LANG_STORAGE_KEY = 'kbdm.lang';

/**
 * The interface language as a signal and the strings of that language (`t()`). The choice is
 * remembered in localStorage and mirrored on `<html lang>` and the document title.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Lang>(this.restore());

  readonly langs = LANGS;
  readonly lang = this.current.asReadonly();
  readonly t = computed<Dictionary>(() => DICTIONARIES[this.current()]);

  constructor() {
    this.reflect();
  }

  use(lang: Lang): void {
    this.current.set(lang);
    try {
      this.document.defaultView?.localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Storage may be disabled (private mode, quota): the choice then lasts for this page only.
    }
    this.reflect();
  }

  private restore(): Lang {
    try {
      const saved = this.document.defaultView?.localStorage.getItem(LANG_STORAGE_KEY);
      return isLang(saved) ? saved : DEFAULT_LANG;
    } catch {
      return DEFAULT_LANG;
    }
  }

  // Screen readers pick their voice from <html lang>; the title names the tab and bookmarks.
  private reflect(): void {
    this.document.documentElement.lang = this.current();
    this.document.title = this.t().portalName;
  }
}

/**
 * A lazy feature's own strings in the interface language: one typed value per language (a key
 * missing in one is a build error), kept in the feature's chunk rather than in the dictionaries
 * every visitor downloads. Call in an injection context.
 */
export function injectStrings<T>(dictionaries: Readonly<Record<Lang, T>>): Signal<T> {
  const i18n = inject(I18n);
  return computed(() => dictionaries[i18n.lang()]);
}
