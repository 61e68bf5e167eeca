import { expect, type Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const located = (page: Page, layer: string) => page.getByTestId(`map-count-${layer}`);

async function countOf(page: Page, layer: string): Promise<number> {
  await expect(located(page, layer)).toHaveAttribute('data-count', /^\d+$/);
  return Number(await located(page, layer).getAttribute('data-count'));
}

test.describe('the map of the region', () => {
  test('draws the three layers, and a sector narrows the markers and the list alike', async ({ page }, testInfo) => {
    // The map's styles, markers and popups must live within the Content-Security-Policy.
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto('/map');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Карта региона');
    const opportunities = await countOf(page, 'opportunities');
    expect(opportunities).toBeGreaterThan(10);
    // Clusters and single markers of every layer are on the map, the districts' names under them.
    await expect(page.locator('.kbdm-cluster--opportunities, .kbdm-marker--opportunities').first()).toBeVisible();
    await expect(
      page.locator('.leaflet-marker-pane .kbdm-marker--sez-slots, .kbdm-cluster--sez-slots').first(),
    ).toBeVisible();
    await expect(page.locator('.kbdm-district-name', { hasText: 'Темиртау' })).toBeVisible();
    await expect(page.locator('.leaflet-control-attribution')).toContainText('geokz');
    const listed = page.getByTestId('map-list-opportunities').getByRole('listitem');
    const listedBefore = await listed.count();

    await page.getByTestId('map-filter-sector').click();
    await page.getByRole('option', { name: /^C23 —/ }).click();
    await page.keyboard.press('Escape');

    await expect(page).toHaveURL(/sector=C23/);
    await expect.poll(() => countOf(page, 'opportunities')).toBeLessThan(opportunities);
    const narrowed = await countOf(page, 'opportunities');
    expect(narrowed).toBeGreaterThan(0);
    await expect(listed).toHaveCount(Math.min(narrowed, 20));
    expect(Math.min(narrowed, 20)).toBeLessThan(listedBefore);

    // The link opens the same view.
    await page.reload();
    await expect.poll(() => countOf(page, 'opportunities')).toBe(narrowed);

    expect(violations).toEqual([]);

    if (testInfo.project.name === 'desktop') {
      const dir = resolve(__dirname, '../../../dist/screenshots');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'map.png') });
    }
  });

  test('opens an item from a marker’s popup', async ({ page }) => {
    // Balkhash stands apart: zoomed in on it, its items are single markers, not clusters.
    await page.goto('/map?layers=ppp&district=balkhash');
    const marker = page.locator('.leaflet-marker-pane .kbdm-marker--ppp').first();
    await expect(marker).toBeVisible();
    await marker.click();
    const open = page.getByTestId('map-popup-open');
    await expect(open).toBeVisible();
    await open.click();
    await expect(page).toHaveURL(/\/ppp-projects\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  });

  test('colours the districts by the figure picked, with a table of the same numbers', async ({ page }) => {
    await page.goto('/map');
    await page.getByTestId('map-figure').click();
    await page.getByRole('option', { name: 'Свободная земля СЭЗ, га' }).click();
    await expect(page).toHaveURL(/figure=freeSezAreaHa/);
    const table = page.getByTestId('map-district-table');
    await expect(table.getByRole('columnheader').nth(1)).toHaveText('Свободная земля СЭЗ, га');
    // Highest first: the SEZ's plots are in and around Karaganda.
    await expect(table.getByRole('rowheader').first()).not.toBeEmpty();
    await expect(table.getByRole('row')).toHaveCount(14);
  });

  test('speaks Kazakh when switched: the panel, the layers and the districts’ names', async ({ page }) => {
    await page.goto('/map');
    await expect.poll(() => countOf(page, 'opportunities')).toBeGreaterThan(0);

    await page.getByRole('radio', { name: 'Қазақша' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Өңір картасы');
    await expect(page.getByTestId('map-layer-ppp')).toContainText('МЖӘ жобалары');
    await expect(located(page, 'opportunities')).toContainText('Картада:');
    // Content comes from the API in the chosen language too.
    await expect(page.locator('.kbdm-district-name', { hasText: 'Теміртау' })).toBeVisible();
    await expect(page.getByTestId('map-district-table').getByRole('rowheader', { name: 'Теміртау' })).toBeVisible();
  });

  test('opens from a filtered list with the same filters', async ({ page }) => {
    await page.goto('/opportunities?sector=C23');
    await page.getByTestId('show-on-map').click();
    await expect(page).toHaveURL(/\/map\?.*layers=opportunities/);
    await expect(page).toHaveURL(/sector=C23/);
    await expect(page.getByTestId('map-layer-ppp').getByRole('checkbox')).not.toBeChecked();
    await expect.poll(() => countOf(page, 'opportunities')).toBeGreaterThan(0);
  });
});
