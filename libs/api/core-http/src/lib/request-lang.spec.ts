import { langFromAcceptLanguage } from './request-lang';

describe('langFromAcceptLanguage', () => {
  it('takes the best-ranked language the portal has', () => {
    expect(langFromAcceptLanguage('de-DE,de;q=0.9,kk;q=0.8,ru;q=0.7')).toBe('kk');
    expect(langFromAcceptLanguage('en-GB;q=0.5, ru-RU;q=0.9')).toBe('ru');
  });

  it('answers null when nothing fits or the header is absent', () => {
    expect(langFromAcceptLanguage('fr, de;q=0.5')).toBeNull();
    expect(langFromAcceptLanguage(undefined)).toBeNull();
    expect(langFromAcceptLanguage('en;q=0')).toBeNull();
  });
});
