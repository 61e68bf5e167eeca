import { expect, test } from '@playwright/test';

const PASSWORD = 'saryarka steppe at dawn 2031';
const FULL_NAME = 'Аида Нурланова';

test.describe('accounts', () => {
  test('registers an entrepreneur, signs out, signs in again and edits the phone', async ({ page }, testInfo) => {
    // One new account per run and per project: the e-mail must be unique.
    const email = `e2e-${testInfo.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.kz`;
    const menuButton = page.getByTestId('account-menu-button');

    await page.goto('/');
    await page.getByTestId('register-link').click();
    await expect(page).toHaveURL(/\/register$/);

    await page.getByRole('radio', { name: 'Предприниматель' }).check();
    await page.getByTestId('register-email').fill(email);
    await page.getByTestId('register-password').fill(PASSWORD);
    await expect(page.getByText('Не короче 12 символов')).toBeVisible();
    await page.getByTestId('register-full-name').fill(FULL_NAME);
    await page.getByTestId('register-phone').fill('+7 701 123 45 67');
    await page.getByTestId('register-district').click();
    await page.getByRole('option', { name: 'Абайский' }).click();
    await page.getByTestId('register-submit').click();

    // Registered and signed in, on the account page.
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId('account-email')).toHaveText(email);
    await expect(page.getByTestId('account-role')).toHaveText('Предприниматель');
    await expect(page.getByTestId('account-phone')).toHaveValue('+7 701 123 45 67');
    await expect(menuButton).toHaveText(FULL_NAME);

    await menuButton.click();
    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(menuButton).toHaveCount(0);

    // The account page now asks to sign in, and comes back afterwards.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Faccount$/);
    await page.getByTestId('sign-in-email').fill(email);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();

    await expect(page).toHaveURL(/\/account$/);
    await expect(menuButton).toHaveText(FULL_NAME);

    await page.getByTestId('account-phone').fill('+7 777 000 11 22');
    await page.getByTestId('account-save').click();
    await expect(page.getByTestId('account-status')).toHaveText('Изменения сохранены.');

    // After a reload the refresh cookie brings the session back, and the phone stays saved.
    await page.reload();
    await expect(page.getByTestId('account-phone')).toHaveValue('+7 777 000 11 22');
    await expect(menuButton).toHaveText(FULL_NAME);

    // The browser this test signed in with is listed among the devices (the first sign-in was signed out).
    await expect(page.getByTestId('my-session')).toHaveCount(1);
    await expect(page.getByTestId('my-session')).toContainText('Chrome');
  });

  test('shows a taken e-mail beside the e-mail field', async ({ page }, testInfo) => {
    const email = `e2e-taken-${testInfo.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.kz`;
    const register = async () => {
      await page.goto('/register');
      await page.getByTestId('register-email').fill(email);
      await page.getByTestId('register-password').fill(PASSWORD);
      await page.getByTestId('register-full-name').fill(FULL_NAME);
      await page.getByTestId('register-submit').click();
    };
    await register();
    await expect(page).toHaveURL(/\/account$/);
    await page.getByTestId('account-menu-button').click();
    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/$/);

    await register();

    const emailField = page.locator('mat-form-field', { has: page.getByTestId('register-email') });
    await expect(emailField.locator('mat-error')).toHaveText('Эта электронная почта уже зарегистрирована.');
    await expect(page).toHaveURL(/\/register$/);
  });
});
