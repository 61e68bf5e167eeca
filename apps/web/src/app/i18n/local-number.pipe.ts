import { Pipe, PipeTransform } from '@angular/core';
import type { Lang } from '@kbdm/shared/domain';

const FORMATS = new Map<Lang, Intl.NumberFormat>();

/** A number grouped the way `lang` writes it (`12 345` in kk/ru, `12,345` in en). */
@Pipe({ name: 'localNumber' })
export class LocalNumberPipe implements PipeTransform {
  transform(value: number | null | undefined, lang: Lang): string {
    if (value === null || value === undefined) return '';
    let format = FORMATS.get(lang);
    if (!format) {
      format = new Intl.NumberFormat(lang);
      FORMATS.set(lang, format);
    }
    return format.format(value);
  }
}
