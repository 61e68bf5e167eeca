import { formatCountry, formatDate, formatMoney, formatNumber, hasKazakhLocaleData, numberLocale } from './formats';

describe('Kazakh formats', () => {
  it('writes numbers and money the Kazakh way whether or not the browser has Kazakh data', () => {
    expect(formatNumber(12_345.6, 'kk').replace(/\s/g, ' ')).toBe('12 345,6');
    expect(formatMoney(20_000_000, 'KZT', 'kk').replace(/\s/g, ' ')).toBe('20 000 000 ₸');
  });

  it('writes a date year first, with the month named in Kazakh', () => {
    expect(formatDate('2026-11-25', 'kk')).toMatch(/^2026 ж\. 25 қараша$/);
  });

  it('uses Russian-in-Kazakhstan number conventions only where Kazakh data is missing', () => {
    expect(numberLocale('ru')).toBe('ru');
    expect(numberLocale('en')).toBe('en');
    expect(numberLocale('kk')).toBe(hasKazakhLocaleData() ? 'kk' : 'ru-KZ');
  });

  it('names the main import partners in Kazakh', () => {
    expect(formatCountry('RU', 'kk')).toBe('Ресей');
    expect(formatCountry('CN', 'kk')).toBe('Қытай');
  });
});
