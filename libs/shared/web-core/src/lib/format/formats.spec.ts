import {
  formatCountry,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatTime,
  hasKazakhLocaleData,
  numberLocale,
} from './formats';

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

describe('times of day', () => {
  // Built in the reader's zone, as the page shows it.
  const at = new Date(2026, 2, 10, 10, 41).toISOString();

  it('writes the time on a 24-hour clock in Kazakh and Russian', () => {
    expect(formatTime(at, 'ru')).toBe('10:41');
    expect(formatTime(at, 'kk')).toBe('10:41');
    expect(formatTime(at, 'en')).toMatch(/^10:41\sAM$/);
  });

  it('writes the day and the time of an instant', () => {
    expect(formatDateTime(at, 'ru')).toMatch(/^10 марта 2026 г\.,? (в )?10:41$/);
    expect(formatDateTime(at, 'kk')).toMatch(/2026 ж\. 10 наурыз.*10:41$/);
  });

  it('gives back what is not an instant as it came', () => {
    expect(formatTime('soon', 'en')).toBe('soon');
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });
});
