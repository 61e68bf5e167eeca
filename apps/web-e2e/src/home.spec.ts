import { expect, test, type Page } from '@playwright/test';

const figure = (page: Page, testId: string) => page.getByTestId(testId).getByTestId('figure-value');

test.describe('home page', () => {
  test('names the portal and shows the SEZ participants, registered vs operating', async ({ page }) => {
    await page.goto('/');

    await expect(page.getByTestId('portal-name')).toHaveText('Карта развития бизнеса Карагандинской области');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(figure(page, 'sez-registered')).toHaveText('15');
    await expect(figure(page, 'sez-operating')).toHaveText('6');
    for (const count of ['opportunities', 'ppp-projects', 'active-programmes']) {
      await expect(figure(page, count)).toHaveText(/^[1-9][\d\s]*$/);
    }
  });

  test('switches to English and keeps it after a reload', async ({ page }) => {
    await page.goto('/');
    await expect(figure(page, 'sez-registered')).toHaveText('15');

    await page.getByRole('radio', { name: 'English' }).click();

    await expect(page.getByTestId('portal-name')).toHaveText('Karaganda Business Development Map');
    await expect(page).toHaveTitle('Karaganda Business Development Map');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('sez-registered')).toContainText('SEZ participants registered');
    await expect(figure(page, 'sez-registered')).toHaveText('15');

    await page.reload();
    await expect(page.getByTestId('portal-name')).toHaveText('Karaganda Business Development Map');
  });

  test('opens the app on a deep link the server does not know', async ({ page }) => {
    await page.goto('/no/such/page');

    await expect(page.getByTestId('portal-name')).toBeVisible();
    await expect(page).toHaveURL('/');
  });

  test('links to the API documentation, which shows the Swagger UI', async ({ page }) => {
    await page.goto('/');

    await page.getByRole('main').getByRole('link', { name: 'Документация API' }).click();

    await expect(page).toHaveURL(/\/api\/docs\/?$/);
    await expect(page.locator('.swagger-ui .info .title')).toContainText('Karaganda Business Development Map API');
  });
});
