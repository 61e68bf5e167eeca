import { expect, type Browser, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { E2E_ADMIN } from '../e2e-admin';

const BAD_ROWS = 1500;

const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (rows: string[][]) => Buffer.from('\uFEFF' + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n');

async function adminPage(browser: Browser) {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-email').fill(E2E_ADMIN.email);
  await page.getByTestId('sign-in-password').fill(E2E_ADMIN.password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('account-menu-button')).toBeVisible();
  return page;
}

test('an administrator uploads a spreadsheet, watches it being checked, reads the bad rows and imports the valid one', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  // The file: the exported catalogue's first row under a new code and without its Kazakh name,
  // then many rows naming a sector that does not exist (enough for the progress to be seen).
  const [header, template] = parse(await (await request.get('/api/v1/open-data/opportunities.csv')).text(), {
    bom: true,
  }) as string[][];
  const col = (name: string) => header.indexOf(name);
  const code = `E2E-IMPORT-${testInfo.project.name}-${Date.now()}`.toUpperCase();
  const fresh = [...template];
  fresh[col('code')] = code;
  fresh[col('id')] = '';
  fresh[col('name_kk')] = '';
  const bad = Array.from({ length: BAD_ROWS }, (_, i) => {
    const row = [...template];
    row[col('code')] = `${code}-BAD-${i}`;
    row[col('sector_code')] = 'C99';
    return row;
  });

  const page = await adminPage(browser);
  await page.goto('/admin/imports');
  await page.getByTestId('import-file').setInputFiles({
    name: 'opportunities.csv',
    mimeType: 'text/csv',
    buffer: csv([header, fresh, ...bad]),
  });
  await page.getByTestId('import-submit').click();
  await expect(page).toHaveURL(/\/admin\/imports\/[0-9a-f-]{36}$/);

  // While the file is being checked, a progress bar; then the preview.
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('import-decision')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-progress')).toBeHidden();
  await expect(page.getByTestId('count-add')).toContainText('1');
  await expect(page.getByTestId('count-invalid')).toContainText(/1\s?500/);
  const firstError = page.getByTestId('error-row').first();
  await expect(firstError).toContainText('3');
  await expect(firstError).toContainText('sector_code');
  await expect(firstError).toContainText('C99');

  // A file with bad rows changes nothing unless the administrator takes the valid rows only.
  await expect(page.getByTestId('import-apply-all')).toBeDisabled();
  await expect(page.getByTestId('import-all-blocked')).toBeVisible();
  await page.getByTestId('import-apply-valid').click();
  await expect(page.getByTestId('import-applied')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-applied')).toContainText('1');

  // The imported opportunity, in the administrators' list with its missing translation marked.
  await page.goto(`/admin/catalogue/opportunities?q=${encodeURIComponent(code)}`);
  const row = page.getByTestId('opportunity-row').filter({ hasText: code });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('opportunity-missing-mark')).toBeVisible();
  await row.getByTestId('opportunity-link').click();
  await expect(page.getByTestId('missing-name-kk')).toBeVisible();

  // Give it its Kazakh name, save, and unpublish it; the history says who changed what.
  await page.getByTestId('field-name-kk').fill('Сынақ импорты');
  await page.getByTestId('opportunity-save').click();
  await expect(page.getByTestId('missing-name-kk')).toBeHidden();
  await page.getByTestId('opportunity-publish').click();
  await expect(page.getByTestId('publication-state')).toContainText('Не опубликована');
  const history = page.getByTestId('history-entry');
  await expect(history).toHaveCount(3);
  await expect(history.first()).toContainText(E2E_ADMIN.name);

  const hidden = await request.get(`/api/v1/opportunities?q=${encodeURIComponent(code)}`);
  expect(((await hidden.json()) as { total: number }).total).toBe(0);
});

test('an administrator switches to the PPP projects, changes one project’s figures and sees the change in its history', async ({
  browser,
}, testInfo) => {
  const page = await adminPage(browser);
  await page.goto('/admin/catalogue/opportunities');
  await page.getByTestId('catalogue-tab-ppp-projects').click();
  await expect(page).toHaveURL(/\/admin\/catalogue\/ppp-projects/);
  // Each browser project edits a project of its own: they run side by side on one database.
  const row = page.getByTestId('ppp-row').nth(testInfo.project.name === 'phone' ? 1 : 0);
  await row.getByTestId('ppp-link').click();
  await expect(page.getByTestId('field-capexKzt')).toBeVisible();
  const history = page.getByTestId('history-entry');
  const before = await history.count();
  const capex = Number(await page.getByTestId('field-capexKzt').inputValue());
  await page.getByTestId('field-capexKzt').fill(String(capex + 1_000_000));
  await page.getByTestId('ppp-save').click();
  await expect(history).toHaveCount(before + 1);
  await expect(history.first()).toContainText(E2E_ADMIN.name);
  await page.reload();
  await expect(page.getByTestId('field-capexKzt')).toHaveValue(String(capex + 1_000_000));
});
