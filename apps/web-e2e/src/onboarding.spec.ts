import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PASSWORD = 'saryarka steppe at dawn 2031';
const FULL_NAME = 'Дана Серикова';

test.describe('onboarding', () => {
  test('a 23-year-old baker in Temirtau sees a programme she qualifies for and why, then saves it to a new account', async ({
    page,
  }, testInfo) => {
    // One new account per run and per project: the e-mail must be unique.
    const email = `e2e-onboarding-${testInfo.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.kz`;
    // Only the step on screen: the stepper keeps the others in the page, hidden.
    const next = page.getByTestId('onboarding-next').filter({ visible: true });
    // While the vertical stepper (phone) animates, the step closing and the step opening are both visible.
    const clickNext = async () => {
      await expect(next).toHaveCount(1);
      await next.click();
    };

    await page.goto('/');
    await page.getByTestId('home-start').getByRole('link').click();
    await expect(page).toHaveURL(/\/start$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Открыть бизнес');
    await expect(page.getByTestId('onboarding-progress')).toContainText('Шаг 1 из 4');

    // About you: the step is not left with a question unanswered.
    await clickNext();
    await expect(page.getByTestId('onboarding-kind-error')).toHaveText('Ответьте на этот вопрос.');
    await expect(page.getByTestId('onboarding-progress')).toContainText('Шаг 1 из 4');
    await page.getByRole('radio', { name: 'Планирую бизнес, пока не зарегистрирован' }).check();
    await page.getByTestId('onboarding-age').fill('23');
    await page.getByRole('checkbox', { name: 'Молодёжь' }).check();
    await clickNext();
    await expect(page.getByTestId('onboarding-progress')).toContainText('Шаг 2 из 4');

    // Your idea: a bakery is food production, C10, in Temirtau.
    await page.getByTestId('onboarding-sector-search').fill('C10');
    await page.getByRole('option', { name: /^C10 —/ }).click();
    await expect(page.getByTestId('onboarding-sector-chosen')).toContainText('C10');
    await page.getByTestId('onboarding-district').click();
    await page.getByRole('option', { name: 'Темиртау' }).click();
    await expect(page.getByRole('listbox')).toBeHidden();
    await page.getByRole('radio', { name: 'Микро: до 15 человек' }).check();
    await clickNext();
    await expect(page.getByTestId('onboarding-progress')).toContainText('Шаг 3 из 4');

    // Your money: 2 million of her own for a 10-million bakery.
    await page.getByTestId('onboarding-project-cost').fill('10000000');
    await page.getByTestId('onboarding-own-money').fill('2000000');
    await clickNext();
    await expect(page.getByTestId('onboarding-review')).toContainText('Темиртау');
    await page.getByTestId('onboarding-submit').click();

    // The results: at least one programme she qualifies for, with the reasons.
    await expect(page).toHaveURL(/\/start\/results\/[\w-]{16,}$/);
    const resultsUrl = page.url();
    const eligible = page.getByTestId('results-eligible').getByTestId('verdict-card');
    await expect(eligible.first()).toBeVisible();
    expect(await eligible.count()).toBeGreaterThanOrEqual(1);
    await expect(eligible.first()).toContainText('Вы подходите, потому что…');
    await expect(eligible.first().getByTestId('verdict-reason').first()).toContainText('Вы подходите:');
    // The reasons speak of her answers: the small-towns programme works in Temirtau.
    await expect(page.getByTestId('results-eligible')).toContainText('Темиртау');
    await expect(page.getByTestId('results-count-eligible')).not.toHaveText('0');
    await expect(page.getByTestId('opportunity-match').first()).toContainText('Соответствие:');
    await expect(page.getByTestId('checklist-register')).toBeVisible();
    await expect(page.getByTestId('results-link')).toHaveValue(resultsUrl);

    const dir = resolve(__dirname, '../../../dist/screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `onboarding-results-${testInfo.project.name}.png`) });

    // Sign up at the end, without answering again: the results are saved to the new account.
    await page.getByTestId('save-full-name').fill(FULL_NAME);
    await page.getByTestId('save-email').fill(email);
    await page.getByTestId('save-password').fill(PASSWORD);
    await page.getByTestId('save-submit').click();
    await expect(page.getByTestId('save-done')).toContainText('Сохранено в вашем личном кабинете.');
    await expect(page.getByTestId('account-menu-button')).toHaveText(FULL_NAME);

    // Back later: the saved results open for their account, and the questionnaire lists them.
    await page.reload();
    await expect(page.getByTestId('save-done')).toBeVisible();
    await page.goto('/start');
    const saved = page.getByTestId('onboarding-earlier');
    await expect(saved).toHaveCount(1);
    await saved.click();
    await expect(page).toHaveURL(resultsUrl);
    await expect(page.getByTestId('results-eligible').getByTestId('verdict-card').first()).toBeVisible();
  });
});
