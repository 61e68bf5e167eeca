import { expect, type Page, test } from '@playwright/test';
import { appointOfficer, register, signedIn, unique } from '../people';

/** «Сервисная поддержка предпринимателей»: filed on the portal, three documents, no amount asked. */
const PROGRAMME_ID = 'b3a1f7bb-7c4c-5cc6-8e50-1ccb08fad493';
/** Enough of a PDF for the API's content check: it reads the signature, not the extension. */
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Chooses an action on the review screen, and fills the reason box it asks for. */
async function officerActs(page: Page, button: string, reason?: string): Promise<void> {
  await page.getByTestId('review-action').filter({ hasText: button }).click();
  if (reason !== undefined) await page.getByTestId('reason-input').fill(reason);
  await page.getByTestId('reason-confirm').click();
}

test.describe('applications', () => {
  test('an entrepreneur applies with documents, answers the officer and sees the approval', async ({
    browser,
    request,
  }, testInfo) => {
    test.setTimeout(120_000);
    const applicantEmail = unique('applicant', testInfo.project.name);
    const officerEmail = unique('officer', testInfo.project.name);

    // The administrator the test server was started with appoints an officer; the entrepreneur registers.
    await appointOfficer(request, officerEmail, 'Дана Аманжолова');
    await register(request, applicantEmail, 'entrepreneur', 'Ерлан Сапаров');

    // The applicant starts from the programme's page.
    const applicant = await signedIn(browser, applicantEmail);
    await applicant.goto(`/programmes/${PROGRAMME_ID}`);
    await applicant.getByTestId('apply-link').click();
    await expect(applicant).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
    await expect(applicant.getByTestId('status-chip')).toHaveText('Черновик');

    await applicant.getByTestId('field-applicantKind').click();
    await applicant.getByRole('option', { name: 'Индивидуальный предприниматель' }).click();
    await applicant.getByTestId('field-applicantName').fill('ИП «Сапаров»');
    await applicant.getByTestId('field-binIin').fill('900101300017');
    await applicant.getByTestId('field-contactPhone').fill('+7 701 555 44 33');
    await applicant.getByTestId('field-projectTitle').fill('Цех металлоконструкций в Темиртау');
    await applicant
      .getByTestId('field-projectDescription')
      .fill('Производство ограждений и каркасов для строительства.');
    await applicant.getByTestId('field-districtCode').click();
    await applicant.getByRole('option', { name: 'Темиртау' }).click();
    await applicant.getByTestId('field-sectorCode').fill('C25');
    await applicant.getByRole('option', { name: /^C25 — / }).click();
    await applicant.getByTestId('field-plannedJobs').fill('12');
    await applicant.getByTestId('field-projectCostKzt').fill('45000000');
    await applicant.getByTestId('field-ownContributionKzt').fill('9000000');

    // One file for each required document, uploaded with a progress bar.
    const requiredSlots = applicant.locator('[data-testid="document-slot"][data-requirement]');
    const slotCount = await requiredSlots.count();
    expect(slotCount).toBe(3);
    for (let index = 0; index < slotCount; index++) {
      const slot = requiredSlots.nth(index);
      await slot.getByTestId('document-picker').setInputFiles({
        name: `document-${index + 1}.pdf`,
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await expect(slot.getByTestId('document-file')).toHaveCount(1);
    }
    await expect(applicant.getByTestId('save-state')).toHaveText(/^Сохранено в \d/);

    await applicant.getByTestId('application-submit').click();
    await expect(applicant.getByTestId('status-chip')).toHaveText('Подана');
    const reference = (await applicant.getByTestId('application-reference').textContent())?.trim() ?? '';
    expect(reference).not.toBe('');

    // The officer finds it in the queue, takes it and asks for a missing figure.
    const officer = await signedIn(browser, officerEmail);
    await officer.goto('/officer/applications');
    const row = officer.getByTestId('queue-row').filter({ hasText: reference });
    await expect(row).toHaveCount(1);
    await row.getByRole('link').first().click();
    await expect(officer.getByTestId('review-reference')).toHaveText(reference);
    await expect(officer.getByTestId('document')).toHaveCount(3);
    await officer.getByTestId('assignment-take').click();
    await expect(officer.getByTestId('assignee')).toContainText('Дана Аманжолова');
    await officerActs(officer, 'Начать рассмотрение');
    await expect(officer.getByTestId('status-chip')).toHaveText('На рассмотрении');
    await officerActs(officer, 'Запросить сведения', 'Укажите, сколько из 12 рабочих мест будут постоянными.');
    await expect(officer.getByTestId('status-chip')).toHaveText('Запрошены сведения');

    // The applicant is told, reads the question and answers it.
    await applicant.reload();
    await expect(applicant.getByTestId('officer-question')).toContainText('сколько из 12 рабочих мест');
    await applicant.getByTestId('application-resubmit').click();
    await applicant.getByTestId('reason-input').fill('Все 12 мест постоянные, по трудовым договорам.');
    await applicant.getByTestId('reason-confirm').click();
    await expect(applicant.getByTestId('status-chip')).toHaveText('Подана повторно');

    // The officer reads the answer and approves.
    await officer.reload();
    await expect(officer.getByTestId('timeline')).toContainText('Все 12 мест постоянные');
    await officerActs(officer, 'Начать рассмотрение');
    await officerActs(officer, 'Одобрить', '');
    await expect(officer.getByTestId('status-chip')).toHaveText('Одобрена');
    await expect(officer.getByTestId('review-actions')).toHaveCount(0);

    // The applicant sees the decision on the page, in the history and in the bell.
    await applicant.goto('/applications');
    const mine = applicant.getByTestId('my-application').filter({ hasText: reference });
    await expect(mine.getByTestId('status-chip')).toHaveText('Одобрена');
    await mine.getByRole('link').first().click();
    await expect(applicant.getByTestId('status-chip')).toHaveText('Одобрена');
    await expect(applicant.getByTestId('timeline-entry').last()).toContainText('Одобрена');
    await expect(applicant.getByTestId('application-actions')).toHaveCount(0);
    await applicant.getByTestId('notification-bell').click();
    await expect(applicant.getByTestId('notification').first()).toContainText(reference);

    await applicant.context().close();
    await officer.context().close();
  });
});
