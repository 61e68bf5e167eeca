import { expect, test } from '@playwright/test';

test('the footer leads to the open data, whose CSV opens with a byte-order mark, and to the OpenAPI description', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('footer-openapi')).toHaveAttribute('href', /\/api\/docs\/openapi\.json$/);
  await page.getByTestId('footer-open-data').click();
  await expect(page).toHaveURL(/\/open-data$/);
  await expect(page.getByTestId('open-dataset')).toHaveCount(4);
  const link = page.getByTestId('open-dataset').first().getByRole('link', { name: 'CSV' });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\/api\/v1\/open-data\/[a-z-]+\.csv$/);
  const csv = await request.get(href!);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});
