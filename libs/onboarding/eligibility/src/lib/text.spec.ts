import { formatDate, formatKzt, formatNumber, formatPercent, joinAnd, joinOr, ruGenitive, ruPlural } from './text';

describe('number and date formats', () => {
  it('groups thousands the way each language writes them', () => {
    expect(formatNumber(1_200_000, 'en')).toBe('1,200,000');
    expect(formatNumber(1_200_000, 'ru')).toBe('1\u00a0200\u00a0000');
    expect(formatNumber(1_200_000, 'kk')).toBe('1\u00a0200\u00a0000');
    expect(formatNumber(999, 'en')).toBe('999');
    expect(formatNumber(-1500, 'en')).toBe('-1,500');
  });

  it('writes tenge as whole amounts and percentages with at most one decimal', () => {
    expect(formatKzt(20_000_000.4, 'en')).toBe('20,000,000\u00a0₸');
    expect(formatPercent(13.3, 'en')).toBe('13.3%');
    expect(formatPercent(13.3, 'ru')).toBe('13,3\u00a0%');
    expect(formatPercent(20, 'kk')).toBe('20\u00a0%');
  });

  it('writes dates in words in English and with dots in Russian and Kazakh', () => {
    expect(formatDate('2025-03-05', 'en')).toBe('5 March 2025');
    expect(formatDate('2025-03-05', 'ru')).toBe('05.03.2025');
    expect(formatDate('2025-03-05', 'kk')).toBe('05.03.2025');
  });
});

describe('words', () => {
  it('joins lists with the language’s "or" and "and"', () => {
    expect(joinOr(['A', 'B', 'C'], 'en')).toBe('A, B or C');
    expect(joinOr(['A', 'B'], 'kk')).toBe('A немесе B');
    expect(joinAnd(['A', 'B'], 'ru')).toBe('A и B');
    expect(joinAnd(['A'], 'en')).toBe('A');
  });

  it('picks Russian noun forms after numbers', () => {
    expect([1, 2, 5, 11, 12, 21, 24, 29, 111].map((n) => ruPlural(n, 'год', 'года', 'лет'))).toEqual([
      'год',
      'года',
      'лет',
      'лет',
      'лет',
      'год',
      'года',
      'лет',
      'лет',
    ]);
    expect([18, 21, 35, 11].map((n) => ruGenitive(n, 'года', 'лет'))).toEqual(['лет', 'года', 'лет', 'лет']);
    expect(ruPlural(1.5, 'год', 'года', 'лет')).toBe('года');
  });
});
