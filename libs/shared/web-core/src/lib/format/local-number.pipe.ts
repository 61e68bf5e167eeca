import { Pipe, PipeTransform } from '@angular/core';
import type { Lang } from '@kbdm/shared/domain';
import { type Currency, formatCountry, formatDate, formatDateTime, formatMoney, formatNumber } from './formats';

/** A number grouped the way `lang` writes it (`12 345` in kk/ru, `12,345` in en). */
@Pipe({ name: 'localNumber' })
export class LocalNumberPipe implements PipeTransform {
  transform(value: number | null | undefined, lang: Lang, maximumFractionDigits = 2): string {
    return value === null || value === undefined ? '' : formatNumber(value, lang, maximumFractionDigits);
  }
}

/** An amount with ₸ or $, optionally shortened (`180 млрд ₸`). */
@Pipe({ name: 'localMoney' })
export class LocalMoneyPipe implements PipeTransform {
  transform(value: number | null | undefined, lang: Lang, currency: Currency = 'KZT', compact = false): string {
    return value === null || value === undefined ? '' : formatMoney(value, currency, lang, compact);
  }
}

/** An ISO date written out in `lang` (`30 декабря 2025 г.`). */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | null | undefined, lang: Lang): string {
    return value ? formatDate(value, lang) : '';
  }
}

/** An instant's day and time in the reader's zone, written out in `lang` (`10 марта 2026 г. в 10:41`). */
@Pipe({ name: 'localDateTime' })
export class LocalDateTimePipe implements PipeTransform {
  transform(value: string | null | undefined, lang: Lang): string {
    return value ? formatDateTime(value, lang) : '';
  }
}

/** A country named in `lang` from its two-letter code. */
@Pipe({ name: 'countryName' })
export class CountryNamePipe implements PipeTransform {
  transform(code: string, lang: Lang): string {
    return formatCountry(code, lang);
  }
}
