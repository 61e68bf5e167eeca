import type { Lang } from '@kbdm/shared/domain';

/** The text search configuration that stems each language; Kazakh has none, so it is matched as written. */
export const TS_CONFIG: Record<Lang, string> = { kk: 'simple', ru: 'russian', en: 'english' };

/** Splits a search into lower-case words for the substring fallback (LIKE, trigram-indexed). */
export function searchWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

/** Escapes LIKE's wildcards in a word. */
export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/**
 * SQL that matches `q` against a table's `search_vector` (Russian and English stems, plus Kazakh
 * and every other word as written) or, failing that, finds every word of it as a substring of
 * `search_text` (partial words, Kazakh inflections). Parameters: `:q` and `:w0`, `:w1`, ….
 */
export function searchCondition(alias: string, words: string[]): string {
  const tsQuery = tsQueryExpression();
  const substrings = words.map((_, i) => `${alias}.search_text LIKE :w${i}`).join(' AND ');
  return `(${alias}.search_vector @@ ${tsQuery}${substrings ? ` OR (${substrings})` : ''})`;
}

export function tsQueryExpression(): string {
  return `(websearch_to_tsquery('russian', :q) || websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))`;
}

/** The parameters `searchCondition` refers to. */
export function searchParameters(q: string): Record<string, string> {
  const words = searchWords(q);
  return Object.fromEntries([['q', q], ...words.map((w, i) => [`w${i}`, likePattern(w)])]);
}

/** Ranks a match: stemmed matches weigh most, substring matches keep a small score. */
export function searchRank(alias: string): string {
  return `ts_rank(${alias}.search_vector, ${tsQueryExpression()})`;
}
