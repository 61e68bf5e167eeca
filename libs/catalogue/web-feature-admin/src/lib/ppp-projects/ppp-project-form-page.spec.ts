import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { CatalogueChange, UpdatePppProject } from '@kbdm/catalogue/domain';
import { aPppProject, PPP_PROJECT_ID } from '../../test/fixtures';
import { cleanUp, configureAdminPages, openPage, settle } from '../../test/harness';

const ITEM_URL = `/api/v1/admin/ppp-projects/${PPP_PROJECT_ID}`;

const edited: CatalogueChange = {
  id: 'e1',
  action: 'catalogue.ppp_project_updated',
  actor: { id: 'a1', fullName: 'Асель Беккужина' },
  at: '2026-03-04T08:00:00.000Z',
  fields: ['capexKzt', 'publicPartner.ru'],
  importId: null,
};

async function openItem() {
  const page = await openPage(`/admin/catalogue/ppp-projects/${PPP_PROJECT_ID}`);
  page.http.expectOne({ method: 'GET', url: ITEM_URL }).flush(aPppProject());
  page.answerReferenceData();
  await settle();
  page.http.expectOne(`${ITEM_URL}/history`).flush([edited]);
  await settle();
  return page;
}

jest.setTimeout(20_000);

describe('PppProjectFormPage', () => {
  beforeEach(() => configureAdminPages());
  afterEach(() => cleanUp());

  it('shows the three texts side by side, the public partner’s missing Kazakh and its English draft marked', async () => {
    const { byTestId, text } = await openItem();

    expect(text('ppp-title')).toBe('Проект ГЧП PPP-WATER');
    expect(byTestId<HTMLInputElement>('field-publicPartner-ru')?.value).toBe('Акимат города Темиртау');
    expect(text('missing-publicPartner-kk')).toBe('Нет перевода');
    expect(byTestId('missing-publicPartner-ru')).toBeNull();
    expect(text('draft-publicPartner-en')).toBe('Машинный черновик');
    expect(text('draft-description-en')).toBe('Машинный черновик');
    expect(byTestId('missing-name-kk')).toBeNull();
    expect(byTestId<HTMLInputElement>('field-capexKzt')?.value).toBe('12000000000');
    expect(byTestId<HTMLInputElement>('field-termYears')?.value).toBe('25');
    expect(byTestId<HTMLInputElement>('field-tenderDeadline')?.value).toBe('2026-09-30');
    expect(text('field-form')).toBe('Концессия');
    expect(text('field-stage')).toBe('Конкурс');
    expect(text('field-need')).toBe('Питьевая вода');
    expect(text('publication-state')).toBe('Не опубликован: его видят только администраторы.');
    expect(text('history-entry')).toContain('Изменён');
    expect(text('history-entry')).toContain('capexKzt, publicPartner.ru');
  });

  it('fills the missing translation, confirms the edited draft and saves with the loaded version', async () => {
    const { http, byTestId, type, click, choose } = await openItem();

    type('field-publicPartner-kk', 'Теміртау қаласының әкімдігі');
    type('field-publicPartner-en', 'Akimat of Temirtau');
    type('field-capexKzt', '15000000000');
    type('field-tenderDeadline', '2026-10-15');
    await choose('field-stage', 'Договор');
    await settle();
    expect(byTestId('missing-publicPartner-kk')).toBeNull();
    expect(byTestId('draft-publicPartner-en')).toBeNull();

    await click('ppp-save');
    const save = http.expectOne({ method: 'PUT', url: ITEM_URL });
    const body = save.request.body as UpdatePppProject;
    expect(body.version).toBe(2);
    expect(body.publicPartner).toEqual({
      kk: 'Теміртау қаласының әкімдігі',
      ru: 'Акимат города Темиртау',
      en: 'Akimat of Temirtau',
      drafts: [],
    });
    expect(body.description.drafts).toEqual(['en']);
    expect(body).toMatchObject({
      code: 'PPP-WATER',
      sectorCode: 'E36',
      form: 'concession',
      stage: 'contract',
      need: 'drinking_water',
      capexKzt: 15_000_000_000,
      termYears: 25,
      tenderDeadline: '2026-10-15',
      districtCode: 'temirtau',
      location: null,
      source: { title: 'Реестр проектов ГЧП', url: 'https://ppp.kz' },
    });
    save.flush(aPppProject({ version: 3, publicPartner: body.publicPartner, missingTranslations: [] }));
    await settle();
    http.expectOne(`${ITEM_URL}/history`).flush([edited]);
    await settle();
    expect(byTestId('missing-publicPartner-kk')).toBeNull();
  });

  it('shows the API’s field errors beside the capital cost and the public partner’s Russian text', async () => {
    const { http, click, text } = await openItem();

    await click('ppp-save');
    http.expectOne({ method: 'PUT', url: ITEM_URL }).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'Invalid capexKzt, publicPartner.ru.',
        errors: [
          { field: 'capexKzt', message: 'must not be greater than 9000000000000000' },
          { field: 'publicPartner.ru', message: 'must be shorter than or equal to 300 characters' },
          { field: 'somethingElse', message: 'is odd' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(text('error-capexKzt')).toBe('must not be greater than 9000000000000000');
    expect(text('error-publicPartner-ru')).toBe('must be shorter than or equal to 300 characters');
    expect(text('form-problem')).toContain('somethingElse: is odd');
  });

  it('puts a taken code beside the code field', async () => {
    const { http, click, text } = await openItem();

    await click('ppp-save');
    http.expectOne({ method: 'PUT', url: ITEM_URL }).flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'code_taken',
        detail: 'Another PPP project has the code PPP-WATER.',
        errors: [{ field: 'code', message: 'Another PPP project has the code PPP-WATER.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    expect(text('error-code')).toBe('Another PPP project has the code PPP-WATER.');
    expect(text('form-problem')).toContain('Проверьте отмеченные поля.');
  });

  it('checks the term and the cost before sending: nothing goes out while a field is wrong', async () => {
    const { http, click, text, type } = await openItem();

    type('field-termYears', '120');
    type('field-capexKzt', '1.5');
    await click('ppp-save');

    expect(text('error-termYears')).toBe('От 1 до 99.');
    expect(text('error-capexKzt')).toBe('Введите целое число.');
    expect(text('form-invalid')).toBe('Проверьте отмеченные поля.');
    http.expectNone({ method: 'PUT', url: ITEM_URL });
  });

  it('publishes with the version it holds, and offers to reload when someone saved in between', async () => {
    const { http, click, text, byTestId } = await openItem();

    await click('ppp-publish');
    const publish = http.expectOne({ method: 'POST', url: `${ITEM_URL}/publication` });
    expect(publish.request.body).toEqual({ published: true, version: 2 });
    publish.flush(aPppProject({ published: true, version: 3 }));
    await settle();
    http.expectOne(`${ITEM_URL}/history`).flush([]);
    await settle();
    expect(text('publication-state')).toBe('Опубликован: его видят все.');

    await click('ppp-publish');
    http
      .expectOne({ method: 'POST', url: `${ITEM_URL}/publication` })
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'stale_version' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(text('ppp-stale')).toContain('Кто-то сохранил этот проект');
    expect(byTestId<HTMLButtonElement>('ppp-save')?.disabled).toBe(true);
  });

  it('creates a new PPP project unpublished once its form and need are chosen, and opens it', async () => {
    const { http, click, choose, type, text, answerReferenceData } = await openPage(
      '/admin/catalogue/ppp-projects/new',
    );
    answerReferenceData([{ id: 's1', code: 'E36', level: 'division', title: 'Сбор и очистка воды' }]);
    await settle();
    expect(text('ppp-title')).toBe('Новый проект ГЧП');

    await click('ppp-save');
    expect(text('error-code')).toBe('Заполните это поле.');
    expect(text('error-name')).toBe('Укажите название хотя бы на одном языке.');
    expect(text('error-form')).toBe('Заполните это поле.');
    expect(text('error-need')).toBe('Заполните это поле.');
    http.expectNone({ method: 'POST', url: '/api/v1/admin/ppp-projects' });

    type('field-code', 'PPP-HEAT');
    type('field-name-ru', 'Теплосеть Сарани');
    await choose('field-sectorCode', 'E36 — Сбор и очистка воды');
    await choose('field-form', 'Доверительное управление');
    await choose('field-need', 'Теплоснабжение');
    type('field-capexKzt', '3000000000');
    type('field-termYears', '15');
    await click('ppp-save');

    const create = http.expectOne({ method: 'POST', url: '/api/v1/admin/ppp-projects' });
    expect(create.request.body).toEqual({
      code: 'PPP-HEAT',
      name: { kk: '', ru: 'Теплосеть Сарани', en: '', drafts: [] },
      description: { kk: '', ru: '', en: '', drafts: [] },
      publicPartner: { kk: '', ru: '', en: '', drafts: [] },
      sectorCode: 'E36',
      form: 'trust_management',
      stage: 'idea',
      need: 'heat_supply',
      capexKzt: 3_000_000_000,
      termYears: 15,
      tenderDeadline: null,
      districtCode: null,
      location: null,
      source: null,
      demo: false,
    });
    const NEW_ID = '0b7e3c52-55a4-4b8e-9d4f-3c2a1b0f9e8d';
    create.flush(aPppProject({ id: NEW_ID, code: 'PPP-HEAT' }), { status: 201, statusText: 'Created' });
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/admin/catalogue/ppp-projects/${NEW_ID}`);
    http.expectOne(`/api/v1/admin/ppp-projects/${NEW_ID}`).flush(aPppProject({ id: NEW_ID, code: 'PPP-HEAT' }));
    await settle();
    http.expectOne(`/api/v1/admin/ppp-projects/${NEW_ID}/history`).flush([]);
  });
});
