import { expect, type Page, test } from '@playwright/test';
import { appointOfficer, register, signedIn, unique } from '../people';

/** The free power the page's capacity bar states, e.g. «свободно 7,5 из 10 МВт» → 7.5. */
async function freePower(page: Page): Promise<number> {
  const text = await page.getByTestId('capacity-power').getByTestId('capacity-free').innerText();
  const figure = /свободно ([\d\s\u00a0\u202f,]+) из/.exec(text)?.[1] ?? '';
  return Number(figure.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

test.describe('investors', () => {
  test('an investor compares three plots and reserves one; an officer starts negotiation; the investor sees it and less free power', async ({
    browser,
    request,
  }, testInfo) => {
    test.setTimeout(120_000);
    const investorEmail = unique('investor', testInfo.project.name);
    const officerEmail = unique('sez-officer', testInfo.project.name);
    await appointOfficer(request, officerEmail, 'Айжан Серикова');
    await register(request, investorEmail, 'investor', 'Марат Инвестор');

    // The ranking for a metalworks that needs 1 MW; three plots into the comparison.
    const investor = await signedIn(browser, investorEmail);
    await investor.goto('/investors');
    await investor.getByTestId('need-sector').fill('C25');
    await investor.getByTestId('need-power').fill('1');
    await investor.getByTestId('needs-submit').click();
    await expect(investor).toHaveURL(/sector=C25/);
    const matches = investor.getByTestId('slot-match');
    await expect(matches.first()).toContainText('свободно');
    for (const index of [0, 1, 2]) await matches.nth(index).getByTestId('compare-toggle').click();
    await investor.getByTestId('compare-link').click();
    await expect(investor).toHaveURL(/\/investors\/compare\?slots=/);
    await expect(investor.getByTestId('compare-column')).toHaveCount(3);

    // Reserve 1 MW on the first plot compared.
    await investor.getByTestId('compare-reserve').first().click();
    await expect(investor.getByTestId('request-form-title')).toContainText('Резерв мощности');
    const before = await freePower(investor);
    expect(before).toBeGreaterThanOrEqual(1);
    await investor.getByTestId('field-company').fill('ТОО «Караганда Металл»');
    await investor.getByTestId('field-bin').fill('240140000012');
    await investor.getByTestId('request-submit').click();
    // The BIN's control digit is checked beside the field, before anything is sent.
    await expect(investor.getByText('12 цифр с верной контрольной цифрой')).toBeVisible();
    await investor.getByTestId('field-bin').fill('240140000011');
    await investor.getByTestId('field-product').fill('Металлоконструкции');
    await investor.getByTestId('field-sectorCode').fill('C25');
    await investor.getByTestId('field-plannedInvestmentKzt').fill('2500000000');
    await investor.getByTestId('field-plannedJobs').fill('80');
    await investor.getByTestId('field-power').fill('1');
    await investor.getByTestId('request-submit').click();
    await expect(investor).toHaveURL(/\/investors\/requests\/[0-9a-f-]{36}$/);
    await expect(investor.getByTestId('request-status')).toHaveText('Запрошено');
    const requestUrl = investor.url();
    const requestId = requestUrl.split('/').at(-1)!;

    // The officer finds it in the queue, holds it and starts the negotiation.
    const officer = await signedIn(browser, officerEmail);
    await officer.goto('/officer/investor-requests');
    await officer.locator(`a[href="/officer/investor-requests/${requestId}"]`).click();
    await expect(officer.getByTestId('request-status')).toHaveText('Запрошено');
    await officer.getByTestId('request-action').filter({ hasText: 'Зарезервировать' }).click();
    await expect(officer.getByTestId('request-status')).toHaveText('Зарезервировано');
    await officer.getByTestId('request-action').filter({ hasText: 'Начать переговоры' }).click();
    await expect(officer.getByTestId('request-status')).toHaveText('Идут переговоры');

    // The investor sees the new status, and the plot's free power went down.
    await investor.reload();
    await expect(investor.getByTestId('request-status')).toHaveText('Идут переговоры');
    await expect(investor.getByTestId('request-history')).toContainText('Начаты переговоры');
    await expect(investor.getByTestId('request-slot-capacity')).toBeVisible();
    expect(await freePower(investor)).toBeLessThanOrEqual(before - 1);
  });
});
