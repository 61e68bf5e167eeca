import type { Lang } from '@kbdm/shared/domain';
import { fill, formatNumber } from '@kbdm/shared/web-core';
import type { ApplicationStrings } from './application-strings';

/** A file's size as people read it: kB under a megabyte, MB with one decimal above. */
export function formatFileSize(bytes: number, s: ApplicationStrings, lang: Lang): string {
  if (bytes < 1_000_000)
    return fill(s.documents.kilobytes, { size: formatNumber(Math.max(1, Math.round(bytes / 1000)), lang) });
  return fill(s.documents.megabytes, { size: formatNumber(bytes / 1_000_000, lang, 1) });
}
