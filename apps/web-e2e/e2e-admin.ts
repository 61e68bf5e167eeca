/**
 * The administrator the browser tests' server is started with (`create-admin` before it serves):
 * tests appoint the officers they need through the admin API, as an administrator would.
 */
export const E2E_ADMIN = {
  email: 'e2e-admin@example.kz',
  name: 'Администратор проверки',
  password: 'karkaraly pines in january 1931',
} as const;
