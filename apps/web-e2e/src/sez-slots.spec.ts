import { expect, test } from '@playwright/test';

test.describe('the SEZ slots', () => {
  test('filters the slots by status in the URL, then opens one and shows its power maximum', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Участки СЭЗ' }).click();
    await expect(page).toHaveURL(/\/sez-slots$/);

    const count = page.getByTestId('result-count');
    await expect(count).toHaveText(/^Найдено: \d+/);
    const before = await count.textContent();

    await page.getByTestId('filter-status').getByRole('option', { name: 'Свободен' }).click();

    await expect(page).toHaveURL(/status=available/);
    await expect(count).toHaveText(/^Найдено: \d+/);
    await expect(count).not.toHaveText(before ?? '');

    // The URL alone opens the same view.
    const filtered = await count.textContent();
    await page.reload();
    await expect(count).toHaveText(filtered ?? '');

    const card = page.getByTestId('list-items').locator('mat-card').first();
    await expect(card).toContainText('Свободен');
    await expect(card).toContainText(/\d+([,.]\d+)? МВт/);
    const title = (await card.locator('mat-card-title a').textContent())?.trim() ?? '';
    await card.locator('mat-card-title a').click();

    await expect(page).toHaveURL(/\/sez-slots\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('utility-power')).toContainText(/Электроэнергия\s*\d+([,.]\d+)? МВт/);
    await expect(page.getByTestId('sez-registered')).toHaveText(/^\d+$/);
    await expect(page.getByTestId('sez-operating')).toHaveText(/^\d+$/);

    // The unit follows the interface language.
    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.getByTestId('utility-power')).toContainText(/Power\s*\d+(\.\d+)? MW/);

    // Back to the same filtered list.
    await page.getByTestId('back-link').click();
    await expect(page).toHaveURL(/\/sez-slots\?status=available$/);
  });
});
