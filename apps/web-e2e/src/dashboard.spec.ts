import { expect, test } from '@playwright/test';
import { appointOfficer, signedIn, unique } from '../people';

test('an officer opens the dashboard and sees its charts drawn, with their tables', async ({
  browser,
  request,
}, testInfo) => {
  const email = unique('dashboard', testInfo.project.name);
  await appointOfficer(request, email, 'Гульнара Ахметова');
  const page = await signedIn(browser, email);
  await page.goto('/officer/dashboard');

  await expect(page.getByRole('heading', { name: 'Панель показателей' })).toBeVisible();
  const pipeline = page.getByTestId('figure-pipeline');
  await expect(pipeline.getByTestId('chart-canvas')).toBeVisible();
  // The canvas has been drawn on: some pixel is not blank.
  await expect
    .poll(() =>
      pipeline.getByTestId('chart-canvas').evaluate((canvas: HTMLCanvasElement) => {
        const context = canvas.getContext('2d');
        if (!context || canvas.width === 0) return false;
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        return pixels.some((value, index) => index % 4 === 3 && value > 0);
      }),
    )
    .toBe(true);
  for (const id of ['participants', 'capacity', 'slots', 'sectors', 'districts']) {
    await expect(page.getByTestId(`figure-${id}`).getByTestId('chart-canvas')).toBeVisible();
  }
  await page.getByTestId('pipeline-table').locator('summary').click();
  await expect(page.getByTestId('pipeline-table').locator('tbody tr')).toHaveCount(5);
  await expect(page.getByTestId('pipeline-table')).toContainText('Конкурс');

  // The filter goes into the URL and back into the charts.
  await page.getByTestId('dashboard-district').click();
  await page.getByRole('option', { name: 'Темиртау' }).click();
  await page.getByTestId('dashboard-show').click();
  await expect(page).toHaveURL(/district=temirtau/);
  await expect(page.getByTestId('figure-districts').getByTestId('chart-canvas')).toBeVisible();
});
