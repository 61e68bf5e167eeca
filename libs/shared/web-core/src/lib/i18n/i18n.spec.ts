import { TestBed } from '@angular/core/testing';
import type { Dictionary } from './dictionary';
import { I18n, injectStrings, LANG_STORAGE_KEY } from './i18n';
import { en } from './i18n.en';
import { kk } from './i18n.kk';
import { ru } from './i18n.ru';

/** Every string of a dictionary with its dotted path, to compare languages key by key. */
function entries(dictionary: object, prefix = ''): [string, unknown][] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? entries(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

describe('I18n', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Russian when nothing was chosen before', () => {
    const i18n = TestBed.inject(I18n);

    expect(i18n.lang()).toBe('ru');
    expect(i18n.t().portalName).toBe(ru.portalName);
  });

  it('starts in the language remembered from the last visit', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'kk');

    expect(TestBed.inject(I18n).lang()).toBe('kk');
    expect(document.documentElement.lang).toBe('kk');
  });

  it('ignores a remembered value that is not a portal language', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'de');

    expect(TestBed.inject(I18n).lang()).toBe('ru');
  });

  it('keeps working when storage refuses to save', () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const i18n = TestBed.inject(I18n);

    i18n.use('en');

    expect(i18n.t().portalName).toBe(en.portalName);
    setItem.mockRestore();
  });

  it('gives a lazy feature its own strings in the interface language, following a switch', () => {
    const i18n = TestBed.inject(I18n);
    const strings = TestBed.runInInjectionContext(() =>
      injectStrings({ kk: { hello: 'Сәлем' }, ru: { hello: 'Привет' }, en: { hello: 'Hello' } }),
    );

    expect(strings().hello).toBe('Привет');
    i18n.use('kk');
    expect(strings().hello).toBe('Сәлем');
  });

  it.each<[string, Dictionary]>([
    ['kk', kk],
    ['en', en],
  ])('has every Russian string in %s too, none left empty', (_lang, dictionary) => {
    const keys = entries(ru).map(([key]) => key);

    expect(entries(dictionary).map(([key]) => key)).toEqual(keys);
    for (const [key, value] of entries(dictionary)) {
      expect([key, typeof value === 'string' && value.trim() !== '']).toEqual([key, true]);
    }
  });
});
