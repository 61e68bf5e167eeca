import { FormBuilder, FormControl } from '@angular/forms';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';
import {
  errorWords,
  isoDateRule,
  localizedTextGroup,
  locationGroup,
  placeFieldErrors,
  sourceInput,
  textInput,
} from './item-form';

const words = CATALOGUE_ADMIN_STRINGS.en.form.errors;

describe('the catalogues’ shared form rules', () => {
  const fb = new FormBuilder();

  it('tells the form’s own error before the API’s, with its values filled in the interface language', () => {
    expect(errorWords({ required: true, server: 'must not be empty' }, words, 'en')).toBe('Fill in this field.');
    expect(errorWords({ range: { min: 1, max: 99 } }, words, 'en')).toBe('From 1 to 99.');
    expect(errorWords({ maxlength: { requiredLength: 300, actualLength: 301 } }, words, 'en')).toBe(
      'At most 300 characters.',
    );
    expect(errorWords({ date: true }, words, 'en')).toBe('A date such as 2026-06-30.');
    expect(errorWords({ server: 'must be a whole number' }, words, 'en')).toBe('must be a whole number');
    expect(errorWords(null, words, 'en')).toBe('');
  });

  it('accepts an empty or a real calendar date only', () => {
    const check = (value: string) => isoDateRule(new FormControl(value));
    expect(check('')).toBeNull();
    expect(check('2026-02-28')).toBeNull();
    expect(check('2026-02-30')).toEqual({ date: true });
    expect(check('30.09.2026')).toEqual({ date: true });
  });

  it('puts the API’s errors on the controls they name and answers the others', () => {
    const form = fb.group({
      publicPartner: localizedTextGroup(fb, 300),
      capexKzt: fb.control<number | null>(1),
      location: locationGroup(fb),
    });
    const unplaced = placeFieldErrors(form, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [
        { field: 'publicPartner.ru', message: 'too long' },
        { field: 'capexKzt', message: 'too big' },
        { field: 'location.lat', message: 'outside the region' },
        { field: 'tags.0', message: 'unknown' },
      ],
    });

    expect(form.get('publicPartner.ru')?.errors).toEqual({ server: 'too long' });
    expect(form.get('capexKzt')?.errors).toEqual({ server: 'too big' });
    expect(form.get('capexKzt')?.touched).toBe(true);
    expect(form.get('location.lat')?.errors).toEqual({ server: 'outside the region' });
    expect(unplaced).toEqual(['tags.0: unknown']);
  });

  it('keeps the drafts of languages that still have a text, and a source only with a title', () => {
    expect(textInput({ kk: ' ', ru: 'Акимат ', en: 'Akimat' }, ['kk', 'en'])).toEqual({
      kk: '',
      ru: 'Акимат',
      en: 'Akimat',
      drafts: ['en'],
    });
    expect(sourceInput({ title: '', url: 'https://ppp.kz' })).toBeNull();
    expect(sourceInput({ title: ' Реестр ', url: '' })).toEqual({ title: 'Реестр' });
  });
});
