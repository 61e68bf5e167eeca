import { expect, test } from '@playwright/test';

const BRICK = 'Производство лицевого керамического кирпича';

test.describe('browsing the catalogues', () => {
  test('finds the brick opportunity from the home search and opens its potential score', async ({ page }) => {
    await page.goto('/');

    await page.getByTestId('home-search').fill('кирпича');
    await page.getByTestId('home-search').press('Enter');

    // One search across the catalogues, then the opportunities' list with the same words.
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByTestId('search-summary')).toHaveText(/Найдено по запросу «кирпича»: [1-9]/);
    await expect(page.getByTestId('search-opportunities').getByRole('link', { name: BRICK })).toBeVisible();
    await page.goto('/opportunities?q=кирпича');
    const card = page.getByRole('link', { name: BRICK });
    await expect(card).toBeVisible();
    await expect(page.getByTestId('result-count')).toHaveText(/^Найдено: [1-9]/);

    await card.click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRICK);
    await expect(page.getByTestId('potential-score')).toContainText(/Потенциал: \d+([,.]\d)? из 100/);
    await expect(page.getByTestId('potential-score').getByRole('meter')).toHaveCount(5);

    // Back to the same search, not to an empty list.
    await page.getByTestId('back-link').click();
    await expect(page).toHaveURL(/\/opportunities\?q=/);
    await expect(page.getByTestId('list-search')).toHaveValue('кирпича');
  });

  test('filters opportunities by a sector, in the URL, and the count changes', async ({ page }) => {
    await page.goto('/opportunities');
    const count = page.getByTestId('result-count');
    await expect(count).toHaveText(/^Найдено: \d+/);
    const before = await count.textContent();

    await page.getByTestId('filter-sector').click();
    await page.getByRole('option', { name: /^C23 —/ }).click();
    await page.keyboard.press('Escape');

    await expect(page).toHaveURL(/sector=C23/);
    await expect(count).toHaveText(/^Найдено: \d+/);
    await expect(count).not.toHaveText(before ?? '');

    // The URL alone opens the same view.
    const filtered = await count.textContent();
    await page.reload();
    await expect(count).toHaveText(filtered ?? '');
  });

  test('writes dates, money and countries the Kazakh way in Kazakh, though the browser has no Kazakh data', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('radio', { name: 'Қазақша' }).click();
    await page.goto('/opportunities?q=кирпич');
    await page.getByRole('link', { name: 'Керамикалық қаптама кірпіш өндірісі' }).click();

    const facts = page.locator('dl.facts');
    await expect(facts).toContainText(
      /\d{4} ж\. \d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/,
    );
    await expect(facts).toContainText(/\d{1,3}(\s\d{3})+\s₸/);
    await expect(facts).toContainText('Ресей');
  });
});
