/** OWASP ASVS: at least 12 characters; a long upper bound so that passphrases fit. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/*
 * The most common passwords of the public breach lists (SecLists' top lists, NCSC's 100k list),
 * with the long ones first: shorter ones are already refused by the length rule, but a user who
 * pads one with digits ("password1234") is still caught by the check on the padded core.
 */
const COMMON_PASSWORDS = [
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123123123123',
  '111111111111',
  '000000000000',
  '123456123456',
  '121212121212',
  '112233445566',
  '098765432109',
  '987654321098',
  'qwertyuiopas',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwerty123456',
  'qwertyqwerty',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'asdfghjkl123',
  'zxcvbnm12345',
  'qazwsxedcrfv',
  'password1234',
  'password12345',
  'password123!',
  'passwordpassword',
  'password1!',
  'p@ssw0rd1234',
  'iloveyou1234',
  'iloveyouiloveyou',
  'welcome12345',
  'welcome123!',
  'letmein12345',
  'administrator',
  'admin1234567',
  'adminadmin12',
  'changeme1234',
  'abc123456789',
  'abcdefghijkl',
  'abcd12345678',
  'aaaaaaaaaaaa',
  'trustno1trustno1',
  'monkey123456',
  'dragon123456',
  'football1234',
  'baseball1234',
  'superman1234',
  'sunshine1234',
  'princess1234',
  'starwars1234',
  'whatever1234',
  'shadow123456',
  'michael12345',
  'master123456',
  'qwerty',
  'password',
  '123456',
  '12345678',
  '123456789',
  '1234567890',
  'qwerty123',
  '1q2w3e4r',
  '111111',
  '123123',
  'abc123',
  'password1',
  'iloveyou',
  '1234567',
  'dragon',
  'monkey',
  'letmein',
  'football',
  'baseball',
  'welcome',
  'sunshine',
  'princess',
  'admin',
  'qwertyuiop',
  'passw0rd',
  'starwars',
  'whatever',
  'trustno1',
  'superman',
  'michael',
  'shadow',
  'master',
  'jennifer',
  'hunter',
  'zxcvbnm',
  'asdfghjkl',
  'qazwsx',
  '1qaz2wsx',
  'photoshop',
  'login',
  'solo',
  'charlie',
  'donald',
  'freedom',
  'ashley',
  'bailey',
  'mustang',
  'access',
  'flower',
  'hello',
  'loveme',
  'batman',
  // The ones people here reach for first.
  'karaganda',
  'qaraghandy',
  'kazakhstan',
  'qazaqstan',
  'astana',
  'almaty',
  'parol',
  'parol123',
  'йцукенгшщз',
  'пароль',
  'пароль123',
  'qwertyйцукен',
];

const COMMON = new Set(COMMON_PASSWORDS);

/** True when the password is, or is a common password padded with digits and symbols, from the list. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  const core = lower.replace(/[\p{N}\p{P}\p{S}\s]+$/u, '').replace(/^[\p{N}\p{P}\p{S}\s]+/u, '');
  if (core !== lower && COMMON.has(core)) return true;
  // One character repeated, or a run of one short word ("abcabcabcabc").
  return /^(.{1,3})\1+$/su.test(lower);
}

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  if (isCommonPassword(password)) return 'is too common: choose one that is not on the lists of leaked passwords';
  return null;
}
