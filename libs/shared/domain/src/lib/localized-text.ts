/** The portal's content languages, in the order they are shown. */
export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'ru';

/**
 * A text kept once per language. `drafts` lists the languages whose value is a machine-made
 * draft that no person has confirmed yet.
 */
export type LocalizedText = {
  kk?: string;
  ru?: string;
  en?: string;
  drafts?: Lang[];
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Order in which a missing translation falls back. */
const FALLBACK: Record<Lang, Lang[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

/**
 * The text in `lang`, or in the nearest language that has it; `lang` in the answer says
 * which one was used so that a fallback can be shown as such.
 */
export function pickText(text: LocalizedText | null | undefined, lang: Lang): { text: string; lang: Lang } {
  for (const candidate of FALLBACK[lang]) {
    const value = text?.[candidate];
    if (value && value.trim() !== '') {
      return { text: value, lang: candidate };
    }
  }
  return { text: '', lang };
}
