import { type APIRequestContext, type Browser, expect, type Page } from '@playwright/test';
import { E2E_ADMIN } from './e2e-admin';

/** The password of every person a browser test makes. */
export const PASSWORD = 'nura river under the bridge 1934';

/** An e-mail no other run or project has used. */
export const unique = (who: string, project: string) =>
  `e2e-${who}-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.kz`;

export async function accessToken(request: APIRequestContext, email: string, password = PASSWORD): Promise<string> {
  const response = await request.post('/api/v1/auth/sign-in', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** An officer appointed by the administrator the test server was started with, as an administrator would. */
export async function appointOfficer(request: APIRequestContext, email: string, fullName: string): Promise<void> {
  const adminToken = await accessToken(request, E2E_ADMIN.email, E2E_ADMIN.password);
  const appointed = await request.post('/api/v1/admin/users', {
    headers: { Authorization: `Bearer ${adminToken}` },
    data: { email, fullName, role: 'officer', password: PASSWORD },
  });
  expect(appointed.status(), await appointed.text()).toBe(201);
}

/** A person who registers themselves through the API. */
export async function register(
  request: APIRequestContext,
  email: string,
  role: 'entrepreneur' | 'investor',
  fullName: string,
): Promise<void> {
  const registered = await request.post('/api/v1/auth/register', {
    data: { email, password: PASSWORD, role, fullName },
  });
  expect(registered.status(), await registered.text()).toBe(201);
}

/** A signed-in browser of its own (Russian), so two people can work side by side. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('account-menu-button')).toBeVisible();
  return page;
}
