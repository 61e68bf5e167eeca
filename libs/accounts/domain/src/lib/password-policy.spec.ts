import { normaliseEmail } from './account';
import { PASSWORD_MAX_LENGTH, isCommonPassword, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long passphrase nobody has leaked', () => {
    expect(passwordProblem('saryarka steppe at dawn 2031')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting letters rather than bytes', () => {
    expect(passwordProblem('Tr0ub4dor&3')).toMatch(/at least 12/);
    expect(passwordProblem('жетпіс екі ж')).toBeNull();
  });

  it('refuses more than the maximum', () => {
    expect(passwordProblem('x7'.repeat(PASSWORD_MAX_LENGTH))).toMatch(/at most/);
  });

  it.each([
    'password1234',
    'Password1234',
    'QWERTY123456',
    '123456789012',
    'qwertyuiop123',
    'Karaganda2024!',
    'пароль123456',
  ])('refuses the common %s', (password) => {
    expect(passwordProblem(password)).toMatch(/too common/);
  });

  it('refuses one character or one short run repeated', () => {
    expect(isCommonPassword('zzzzzzzzzzzz')).toBe(true);
    expect(isCommonPassword('abcabcabcabc')).toBe(true);
    expect(isCommonPassword('steppe-wind-coal-42')).toBe(false);
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases, so that case never makes a second account', () => {
    expect(normaliseEmail('  Aida.Nurlanovna@Mail.KZ ')).toBe('aida.nurlanovna@mail.kz');
  });
});
