import { FORM_FIELDS, type FormField } from '@kbdm/applications/domain';
import type { FieldError, Lang } from '@kbdm/shared/domain';
import { fill, formatMoney, formatNumber } from '@kbdm/shared/web-core';
import type { ApplicationStrings } from './application-strings';

/** Where a field error belongs: a form field (`form.binIin`), a required document (`documents[2]`), or elsewhere. */
export type ErrorPlace = { kind: 'field'; field: FormField } | { kind: 'document'; index: number } | { kind: 'other' };

export function errorPlace(field: string): ErrorPlace {
  const formField = /^form\.(\w+)$/.exec(field)?.[1];
  if (formField && (FORM_FIELDS as readonly string[]).includes(formField)) {
    return { kind: 'field', field: formField as FormField };
  }
  const document = /^documents\[(\d+)\]$/.exec(field)?.[1];
  if (document !== undefined) return { kind: 'document', index: Number(document) };
  return { kind: 'other' };
}

/**
 * A form rule's message in the interface language. The client's checks and the API's answers
 * come from the same rules (`parseForm`, `missingAnswers` of applications/domain), so their
 * English messages are read here; one this page does not know is shown as the API wrote it.
 */
export function fieldErrorText(error: FieldError, s: ApplicationStrings, lang: Lang): string {
  const message = error.message;
  const place = errorPlace(error.field);
  if (/required/.test(message)) return place.kind === 'document' ? s.errors.documentRequired : s.errors.required;
  if (/cannot exceed the project cost/.test(message)) return s.errors.exceedsCost;
  const least = /^must be at least (\d+) KZT$/.exec(message);
  if (least) return fill(s.errors.atLeast, { amount: formatMoney(Number(least[1]), 'KZT', lang) });
  const most = /^must be at most (\d+) KZT$/.exec(message);
  if (most) return fill(s.errors.atMost, { amount: formatMoney(Number(most[1]), 'KZT', lang) });
  const long = /^must be at most (\d+) characters$/.exec(message);
  if (long) return fill(s.errors.tooLong, { max: formatNumber(Number(long[1]), lang) });
  const between = /^must be between (\d+) and (\d+)$/.exec(message);
  if (between) {
    return fill(s.errors.between, {
      min: formatNumber(Number(between[1]), lang),
      max: formatNumber(Number(between[2]), lang),
    });
  }
  if (/whole number/.test(message)) return s.errors.whole;
  // The rules' own wording of a wrong format; any other message is the API's to say.
  if (/12 digits|control digit/.test(message)) return s.errors.binIin;
  if (/Kazakhstan number/.test(message)) return s.errors.phone;
  if (/district/.test(message)) return s.errors.district;
  if (/OKED|sector of the catalogue/.test(message)) return s.errors.sector;
  if (place.kind === 'field' && place.field === 'applicantKind' && /^must be one of/.test(message)) {
    return s.errors.applicantKind;
  }
  return message;
}
