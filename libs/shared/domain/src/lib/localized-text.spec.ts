import { pickText } from './localized-text';

describe('pickText', () => {
  it('answers in the asked language when it has the text', () => {
    expect(pickText({ kk: 'Кірпіш', ru: 'Кирпич', en: 'Brick' }, 'kk')).toEqual({ text: 'Кірпіш', lang: 'kk' });
  });

  it('falls back visibly: the answer names the language it used', () => {
    expect(pickText({ ru: 'Кирпич', en: 'Brick', kk: ' ' }, 'kk')).toEqual({ text: 'Кирпич', lang: 'ru' });
    expect(pickText({ kk: 'Кірпіш' }, 'en')).toEqual({ text: 'Кірпіш', lang: 'kk' });
    expect(pickText(null, 'ru')).toEqual({ text: '', lang: 'ru' });
  });
});
